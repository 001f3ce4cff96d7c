// One engine call behind a button of the disclosure dialogs and lists: busy while it runs, its failure as one
// readable line (the error's kind in the UI language, then the engine's reason).
import { ref } from 'vue';
import { isCallError } from '../../client/call-error.js';
import { useLocale } from '../../i18n/use-locale.js';

export function useAction() {
  const { errorText } = useLocale();
  const busy = ref(false);
  const error = ref<string | null>(null);
  const describe = (err: unknown) => (isCallError(err) ? `${errorText(err)}: ${err.message}` : String(err));

  /** Runs `work`; true when it succeeded, otherwise `error` says why. */
  async function run(work: () => Promise<unknown>): Promise<boolean> {
    busy.value = true;
    try {
      await work();
      error.value = null;
      return true;
    } catch (err) {
      error.value = describe(err);
      return false;
    } finally {
      busy.value = false;
    }
  }

  return { busy, error, run };
}
