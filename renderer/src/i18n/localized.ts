// Catalog texts come as { vi, en }: pick the one for the current language.
import type { LocalizedText } from '../../../shared/catalog/schema.js';
import type { Locale } from '../format/locale.js';

export function pickText(text: LocalizedText | undefined, locale: Locale): string {
  if (!text) return '';
  return text[locale] || text.vi;
}
