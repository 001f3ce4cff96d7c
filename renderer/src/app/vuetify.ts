// Vuetify (components are imported where templates use them, by vite-plugin-vuetify), SVG icons, Vietnamese locale, a light theme for
// workstations and a dark high-contrast theme for the video wall.
import { createVuetify, type ThemeDefinition } from 'vuetify';
import { aliases, mdi } from 'vuetify/iconsets/mdi-svg';
import { en, vi } from 'vuetify/locale';
import 'vuetify/styles';
import type { Locale } from '../format/locale.js';

export const LIGHT_THEME = 'iocLight';
export const WALL_THEME = 'iocWall';
export type ThemeName = typeof LIGHT_THEME | typeof WALL_THEME;

const iocLight: ThemeDefinition = {
  dark: false,
  colors: {
    background: '#f4f6f8',
    surface: '#ffffff',
    primary: '#0d47a1',
    secondary: '#00695c',
    info: '#0277bd',
    success: '#2e7d32',
    warning: '#ef6c00',
    error: '#c62828',
  },
};

const iocWall: ThemeDefinition = {
  dark: true,
  colors: {
    background: '#000000',
    surface: '#0d1117',
    'surface-variant': '#e6edf3',
    'on-surface': '#ffffff',
    'on-background': '#ffffff',
    primary: '#4fc3f7',
    secondary: '#64ffda',
    info: '#81d4fa',
    success: '#69f0ae',
    warning: '#ffd740',
    error: '#ff5252',
  },
  variables: {
    'border-opacity': 0.4,
    'high-emphasis-opacity': 1,
    'medium-emphasis-opacity': 0.87,
  },
};

export function createAppVuetify(theme: ThemeName, locale: Locale) {
  return createVuetify({
    icons: { defaultSet: 'mdi', aliases, sets: { mdi } },
    locale: { locale, fallback: 'vi', messages: { vi, en } },
    theme: { defaultTheme: theme, themes: { iocLight, iocWall } },
  });
}

const THEME_KEY = 'ioc.theme';

export function initialTheme(): ThemeName {
  try {
    const stored = localStorage.getItem(THEME_KEY);
    if (stored === LIGHT_THEME || stored === WALL_THEME) return stored;
    if (new URLSearchParams(location.search).get('wall') !== null) return WALL_THEME;
  } catch {
    // storage unavailable
  }
  return LIGHT_THEME;
}

export function rememberTheme(theme: ThemeName): void {
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // not persisted
  }
}
