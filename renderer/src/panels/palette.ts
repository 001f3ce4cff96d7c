// Colours charts use, per theme. Severity colours match the Vuetify themes (app/vuetify.ts); the wall's
// dark theme uses saturated, high-contrast colours on black.
import type { ThresholdSeverity } from './thresholds.js';

export interface ChartPalette {
  series: string;
  area: string;
  /** The previous-period line: muted, dashed. */
  previous: string;
  text: string;
  muted: string;
  grid: string;
  target: string;
  /** A highlighted member (the filtered commune or agency). */
  selected: string;
  severity: Record<ThresholdSeverity, string>;
  /** Parts of a composition, in order. */
  categorical: readonly string[];
  /** Low → high for heat maps without thresholds. */
  heat: readonly string[];
  /** Behind a gauge's progress. */
  track: string;
}

const LIGHT: ChartPalette = {
  series: '#1565c0',
  area: 'rgba(21, 101, 192, 0.15)',
  previous: '#8a97a6',
  text: '#1f2933',
  muted: '#52606d',
  grid: '#e4e7eb',
  target: '#2e7d32',
  selected: '#6a1b9a',
  severity: { ok: '#1565c0', info: '#0277bd', warning: '#ef6c00', critical: '#c62828' },
  categorical: ['#1565c0', '#00897b', '#f9a825', '#8e24aa', '#6d4c41', '#00acc1', '#c0ca33', '#d81b60', '#546e7a', '#43a047'],
  heat: ['#e3f2fd', '#90caf9', '#1e88e5', '#0d47a1'],
  track: '#e4e7eb',
};

const DARK: ChartPalette = {
  series: '#4fc3f7',
  area: 'rgba(79, 195, 247, 0.22)',
  previous: '#b0bec5',
  text: '#ffffff',
  muted: '#cfd8dc',
  grid: '#37474f',
  target: '#69f0ae',
  selected: '#ea80fc',
  severity: { ok: '#4fc3f7', info: '#81d4fa', warning: '#ffd740', critical: '#ff5252' },
  categorical: ['#4fc3f7', '#64ffda', '#ffd740', '#ea80fc', '#ffab91', '#18ffff', '#eeff41', '#ff80ab', '#b0bec5', '#b9f6ca'],
  heat: ['#0d1b2a', '#1b4965', '#3a86c8', '#bde0fe'],
  track: '#263238',
};

export function chartPalette(dark: boolean): ChartPalette {
  return dark ? DARK : LIGHT;
}
