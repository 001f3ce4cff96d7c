// Secure defaults every window gets (DESIGN.md invariant 4): pure, so the tests can hold us to them.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export const WINDOW_TITLE = 'Trung tâm IOC Đắk Lắk';
/** Dark navy of the console theme, painted before the renderer's first frame. */
export const WINDOW_BACKGROUND = '#0b1e3a';

export const WINDOW_ROLES = ['workstation', 'wall', 'briefing'] as const;
export type WindowRole = (typeof WINDOW_ROLES)[number];

/** The webPreferences of every window: isolated, sandboxed, no Node, no webview, no mixed content. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

const COMMON: BrowserWindowConstructorOptions = {
  title: WINDOW_TITLE,
  show: false,
  backgroundColor: WINDOW_BACKGROUND,
  autoHideMenuBar: true,
};

/** Window options per role, without webPreferences (windows.ts adds the secure ones). */
export function windowDefaults(role: WindowRole): BrowserWindowConstructorOptions {
  switch (role) {
    case 'workstation':
      return { ...COMMON, width: 1600, height: 960, minWidth: 1280, minHeight: 720 };
    case 'wall':
      // A wall screen: one display, no chrome; the display mapping sets bounds.
      return { ...COMMON, minWidth: 1280, minHeight: 720, frame: false, kiosk: true };
    case 'briefing':
      return { ...COMMON, width: 1920, height: 1080, minWidth: 1280, minHeight: 720, fullscreenable: true };
  }
}
