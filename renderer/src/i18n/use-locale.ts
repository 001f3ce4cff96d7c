// The current language in components: typed t(), catalog text picking, switching.
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { LocalizedText } from '../../../shared/catalog/schema.js';
import { isLocale, type Locale } from '../format/locale.js';
import type { CallError } from '../client/call-error.js';
import { pickText } from './localized.js';
import type { MessageSchema } from './messages/vi.js';

export function useLocale() {
  const { t, te, locale } = useI18n<{ message: MessageSchema }, Locale>({ useScope: 'global' });
  const current = computed<Locale>(() => (isLocale(locale.value) ? locale.value : 'vi'));

  function setLocale(next: Locale): void {
    locale.value = next;
  }

  /** A catalog text ({ vi, en }) in the current language. */
  function text(value: LocalizedText | undefined): string {
    return pickText(value, current.value);
  }

  /** A failed call in words the operator understands. */
  function errorText(err: CallError | null | undefined): string {
    if (!err) return t('errors.unknown');
    const key = `errors.${err.code}`;
    return t(key as 'errors.unknown');
  }

  return { t, te, locale: current, setLocale, text, errorText };
}
