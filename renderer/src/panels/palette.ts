// Colours charts use, per theme. Severity colours match the Vuetify themes (app/vuetify.ts).
import type { ThresholdSeverity } from './thresholds.js';

export interface ChartPalette {
  series: string;
  area: string;
  text: string;
  muted: string;
  grid: string;
  target: string;
  severity: Record<ThresholdSeverity, string>;
}

const LIGHT: ChartPalette = {
  series: '#1565c0',
  area: 'rgba(21, 101, 192, 0.15)',
  text: '#1f2933',
  muted: '#52606d',
  grid: '#e4e7eb',
  target: '#2e7d32',
  severity: { ok: '#1565c0', info: '#0277bd', warning: '#ef6c00', critical: '#c62828' },
};

const DARK: ChartPalette = {
  series: '#4fc3f7',
  area: 'rgba(79, 195, 247, 0.22)',
  text: '#ffffff',
  muted: '#cfd8dc',
  grid: '#37474f',
  target: '#69f0ae',
  severity: { ok: '#4fc3f7', info: '#81d4fa', warning: '#ffd740', critical: '#ff5252' },
};

export function chartPalette(dark: boolean): ChartPalette {
  return dark ? DARK : LIGHT;
}
