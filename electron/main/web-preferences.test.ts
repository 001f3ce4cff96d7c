import { describe, expect, it } from 'vitest';
import { secureWebPreferences, WINDOW_ROLES, WINDOW_TITLE, windowDefaults } from './web-preferences.js';

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and keeps Node out of the renderer', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('returns a fresh object each time (no shared mutable defaults)', () => {
    expect(secureWebPreferences('a')).not.toBe(secureWebPreferences('a'));
  });
});

describe('windowDefaults', () => {
  it.each(WINDOW_ROLES)('%s: hidden until ready, titled, painted, with a minimum size', (role) => {
    const options = windowDefaults(role);
    expect(options.show).toBe(false);
    expect(options.title).toBe(WINDOW_TITLE);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.minWidth).toBeGreaterThanOrEqual(1280);
    expect(options.minHeight).toBeGreaterThanOrEqual(720);
    expect(options.webPreferences).toBeUndefined();
  });

  it('the title is the Vietnamese product name', () => {
    expect(WINDOW_TITLE).toBe('Trung tâm IOC Đắk Lắk');
  });
});
