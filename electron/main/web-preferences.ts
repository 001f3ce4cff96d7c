// Secure defaults every window gets (DESIGN.md invariant 4): pure, so the tests can hold us to them.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export const WINDOW_TITLE = 'Trung tâm IOC Đắk Lắk';
/** Dark navy of the console theme, painted before the renderer's first frame. */
export const WINDOW_BACKGROUND = '#0b1e3a';

/** workstation; wall: one per wall display, kiosk; briefing: the presenter; audience: the room's screen; print: hidden, for PDF. */
export const WINDOW_ROLES = ['workstation', 'wall', 'briefing', 'audience', 'print'] as const;
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
    case 'audience':
      // The room's screen: full screen without chrome on its display (briefing-windows.ts places it).
      return { ...COMMON, minWidth: 1280, minHeight: 720, frame: false, fullscreen: true };
    case 'print':
      // Never shown: it lays the deck out for printToPDF.
      return { ...COMMON, width: 1280, height: 900, minWidth: 1280, minHeight: 720, paintWhenInitiallyHidden: true };
  }
}

/**
 * What a role adds to the secure webPreferences (which are applied after, so nothing here can weaken them):
 * a wall and the audience play the alarm sound without a click and keep drawing when covered.
 */
export function roleWebPreferences(role: WindowRole): WebPreferences {
  switch (role) {
    case 'wall':
    case 'audience':
      return { autoplayPolicy: 'no-user-gesture-required', backgroundThrottling: false };
    case 'print':
      return { backgroundThrottling: false };
    default:
      return {};
  }
}
