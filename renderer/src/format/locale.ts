// The two UI languages.
export type Locale = 'vi' | 'en';

export function isLocale(value: unknown): value is Locale {
  return value === 'vi' || value === 'en';
}
