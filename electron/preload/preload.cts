// Sandboxed preload: hands the engine's MessagePort to the page, nothing else (DESIGN.md invariant 4).
// The page picks it up with: window.addEventListener('message', (ev) => ev.data === 'ioc:engine-port' && ev.ports[0]).
import { ipcRenderer } from 'electron';

const ENGINE_PORT_CHANNEL = 'ioc:engine-port';

// Only the main process sends on this channel; the port goes to this page's own origin, never '*'.
ipcRenderer.on(ENGINE_PORT_CHANNEL, (event) => {
  window.postMessage(ENGINE_PORT_CHANNEL, window.location.origin, event.ports);
});
