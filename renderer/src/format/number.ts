// Numbers in the reader's convention: Vietnamese "1.234,5", English "1,234.5".
import type { Locale } from './locale.js';

export interface NumberOptions {
  maximumFractionDigits?: number;
  minimumFractionDigits?: number;
}

const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, options: NumberOptions): Intl.NumberFormat {
  const max = options.maximumFractionDigits ?? 1;
  const min = Math.min(options.minimumFractionDigits ?? 0, max);
  const key = `${locale}|${min}|${max}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', {
      maximumFractionDigits: max,
      minimumFractionDigits: min,
    });
    cache.set(key, f);
  }
  return f;
}

export const MISSING = '—';

export function formatNumber(value: number | null | undefined, locale: Locale, options: NumberOptions = {}): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  const text = formatter(locale, options).format(value);
  // Values that round to zero must not read "-0".
  return /^-0([.,]0*)?$/.test(text) ? text.slice(1) : text;
}
