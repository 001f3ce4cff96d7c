// Electron transport: the preload hands the engine's MessagePort to the page with
// window.postMessage('ioc:engine-port', '*', [port]). A later port (engine restarted) replaces the old one.
import { BaseTransport, decodeFrame, SendQueue } from './transport.js';

export const ENGINE_PORT_MESSAGE = 'ioc:engine-port';

export class MessagePortTransport extends BaseTransport {
  private port: MessagePort | undefined;
  private readonly queue = new SendQueue();
  private readonly onWindowMessage = (ev: MessageEvent) => {
    // From this very window (the preload) and this origin only: an iframe or another origin cannot hand a port.
    if (ev.data !== ENGINE_PORT_MESSAGE || ev.source !== this.target || (ev.origin !== '' && ev.origin !== this.target.location?.origin)) return;
    const port = ev.ports[0];
    if (port) this.attach(port);
  };

  constructor(private readonly target: Window = window) {
    super('connecting');
    target.addEventListener('message', this.onWindowMessage);
  }

  send(msg: unknown): void {
    if (this.current === 'open' && this.port) this.port.postMessage(msg);
    else this.queue.push(msg);
  }

  close(): void {
    this.target.removeEventListener('message', this.onWindowMessage);
    this.port?.close();
    this.port = undefined;
    this.setState('closed');
  }

  private attach(port: MessagePort): void {
    if (this.port) {
      this.port.onmessage = null;
      this.port.close();
      this.setState('closed');
    }
    this.port = port;
    port.onmessage = (ev: MessageEvent) => {
      const msg = decodeFrame(ev.data);
      if (msg !== undefined) this.messages.emit(msg);
    };
    port.onmessageerror = () => console.warn('[transport] a message from the engine could not be read');
    port.start();
    this.setState('open');
    for (const msg of this.queue.drain()) port.postMessage(msg);
  }
}
