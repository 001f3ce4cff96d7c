import { mdiHelpCircleOutline, mdiHospitalBuilding, mdiViewDashboard } from '@mdi/js';
import { describe, expect, it } from 'vitest';
import { mdiExportName, mdiPath } from './icons.js';

describe('catalog icons', () => {
  it('maps catalog names to @mdi/js export names', () => {
    expect(mdiExportName('mdi-hospital-building')).toBe('mdiHospitalBuilding');
    expect(mdiExportName('mdi-numeric-1-box')).toBe('mdiNumeric1Box');
  });

  it('resolves bundled icons at once and others after the full set loads', async () => {
    expect(mdiPath('mdi-hospital-building')).toBe(mdiHospitalBuilding);
    expect(mdiPath(undefined)).toBe(mdiViewDashboard);
    expect(mdiPath('mdi-rocket-launch')).toBe(mdiViewDashboard);
    await expect.poll(() => mdiPath('mdi-rocket-launch'), { timeout: 5000 }).not.toBe(mdiViewDashboard);
    expect(mdiPath('mdi-no-such-icon')).toBe(mdiHelpCircleOutline);
  });
});
