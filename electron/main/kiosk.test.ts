import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { audiencePlacement, enableKiosk, HIDE_CURSOR_CSS, moveWall, wallPlacement } from './kiosk.js';

const bounds = { x: 1920, y: 0, width: 3840, height: 2160 };

describe('wall windows', () => {
  it('open on their display in kiosk and full screen, without frame or menu', () => {
    expect(wallPlacement(bounds)).toMatchObject({ ...bounds, kiosk: true, fullscreen: true, frame: false, autoHideMenuBar: true, skipTaskbar: true });
    expect(audiencePlacement(bounds)).toMatchObject({ ...bounds, fullscreen: true, frame: false });
    expect(audiencePlacement(bounds).kiosk).toBeUndefined();
  });

  // BrowserWindow cannot run here: a stand-in with the methods the shell calls.
  function fakeWindow() {
    const contents = Object.assign(new EventEmitter(), { insertCSS: vi.fn(async () => 'key'), setBackgroundThrottling: vi.fn() });
    return Object.assign(new EventEmitter(), {
      webContents: contents,
      removeMenu: vi.fn(),
      setMenuBarVisibility: vi.fn(),
      setFullScreen: vi.fn(),
      isFullScreen: () => false,
      isDestroyed: () => false,
      setKiosk: vi.fn(),
      setBounds: vi.fn(),
    });
  }

  it('hide the pointer after every load, never throttle, and go back to full screen', () => {
    const win = fakeWindow();
    enableKiosk(win as never, () => undefined);
    expect(win.removeMenu).toHaveBeenCalled();
    expect(win.webContents.setBackgroundThrottling).toHaveBeenCalledWith(false);
    win.webContents.emit('did-finish-load');
    win.webContents.emit('did-finish-load');
    expect(win.webContents.insertCSS).toHaveBeenCalledTimes(2);
    expect(win.webContents.insertCSS).toHaveBeenCalledWith(HIDE_CURSOR_CSS);
    win.emit('leave-full-screen');
    expect(win.setFullScreen).toHaveBeenCalledWith(true);
  });

  it('move to another display out of kiosk and back', () => {
    const win = fakeWindow();
    moveWall(win as never, bounds);
    expect(win.setKiosk.mock.calls).toEqual([[false], [true]]);
    expect(win.setBounds).toHaveBeenCalledWith(bounds);
  });
});
