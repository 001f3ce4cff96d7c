// vue-i18n with Vietnamese first. Numbers and dates go through src/format (pure), not vue-i18n's formatters.
import { createI18n } from 'vue-i18n';
import { isLocale, type Locale } from '../format/locale.js';
import { en } from './messages/en.js';
import { vi, type MessageSchema } from './messages/vi.js';

const STORAGE_KEY = 'ioc.locale';

export function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // storage unavailable (privacy mode): default language
  }
  return 'vi';
}

export function createAppI18n(locale: Locale = initialLocale()) {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'vi',
    messages: { vi, en },
    missingWarn: false,
    fallbackWarn: false,
  });
}

export type AppI18n = ReturnType<typeof createAppI18n>;

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // not persisted; still applied
  }
  document.documentElement.lang = locale;
}

export { vi, en };
export type { MessageSchema };
