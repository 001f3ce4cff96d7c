// A wall window: kiosk and full screen on its display, no frame, no menu, no pointer, never throttled.
import type { BrowserWindow } from 'electron';
import type { Rect } from './displays.js';
import type { WindowPlacement } from './windows.js';

/** Hides the pointer everywhere on the page (a wall is not pointed at); re-applied after every load. */
export const HIDE_CURSOR_CSS = '*, *::before, *::after { cursor: none !important; }';

/** Where and how a wall window opens: on its display's bounds, then full screen in kiosk mode. */
export function wallPlacement(bounds: Rect): WindowPlacement {
  return {
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    frame: false,
    kiosk: true,
    fullscreen: true,
    skipTaskbar: true,
    autoHideMenuBar: true,
    resizable: false,
    movable: false,
    minimizable: false,
  };
}

/** The audience screen of a briefing: full screen without chrome, but not locked like a wall. */
export function audiencePlacement(bounds: Rect): WindowPlacement {
  return { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height, frame: false, fullscreen: true, autoHideMenuBar: true };
}

type KioskWindow = Pick<BrowserWindow, 'removeMenu' | 'setMenuBarVisibility' | 'on' | 'setFullScreen' | 'isFullScreen' | 'isDestroyed'> & {
  webContents: Pick<BrowserWindow['webContents'], 'on' | 'insertCSS' | 'setBackgroundThrottling'>;
};

export function enableKiosk(win: KioskWindow, log: (line: string) => void): void {
  win.removeMenu();
  win.setMenuBarVisibility(false);
  win.webContents.setBackgroundThrottling(false);
  win.webContents.on('did-finish-load', () => {
    win.webContents.insertCSS(HIDE_CURSOR_CSS).catch((error: unknown) => log(`wall cursor not hidden: ${String(error)}`));
  });
  // Something took the window out of full screen (a shortcut, the window manager): put it back.
  win.on('leave-full-screen', () => {
    if (!win.isDestroyed() && !win.isFullScreen()) win.setFullScreen(true);
  });
}

type MovableWindow = Pick<BrowserWindow, 'setKiosk' | 'setFullScreen' | 'setBounds' | 'isDestroyed'>;

/** Moves a wall to another display (or new bounds on its own): out of kiosk, move, back in. */
export function moveWall(win: MovableWindow, bounds: Rect): void {
  if (win.isDestroyed()) return;
  win.setKiosk(false);
  win.setFullScreen(false);
  win.setBounds(bounds);
  win.setFullScreen(true);
  win.setKiosk(true);
}
