import { describe, expect, it } from 'vitest';
import { defaultDataDir } from './data-dir.js';

describe('defaultDataDir', () => {
  it('follows XDG on Linux', () => {
    expect(defaultDataDir('linux', {}, '/home/op')).toBe('/home/op/.config/IOC Đắk Lắk');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/op')).toBe('/cfg/IOC Đắk Lắk');
  });

  it('uses APPDATA on Windows', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:/Users/op/AppData/Roaming' }, 'C:/Users/op')).toBe('C:/Users/op/AppData/Roaming/IOC Đắk Lắk');
  });
});
