// The dashboard texts for pure code (transforms, tables): the same texts the components read through vue-i18n.
import type { Locale } from '../format/locale.js';
import { dashboards, type DashboardTexts } from '../i18n/messages/dashboards.js';

export function labels(locale: Locale): DashboardTexts {
  return dashboards[locale];
}

/** Fills `{name}` placeholders, as vue-i18n would. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{([a-z]+)\}/gi, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
