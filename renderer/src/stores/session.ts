// The seat's session as the engine tells it: who is signed in, what they may call, locked or not. The UI hides
// what `can()` denies; the engine refuses it anyway. A change of person reloads the page, so that nothing the
// previous person saw stays in memory.
import { defineStore } from 'pinia';
import { computed, shallowRef, watch } from 'vue';
import type { MethodName, Result } from '../../../shared/contract/index.js';
import { isCallError, type CallError } from '../client/call-error.js';
import { useClient } from '../client/instance.js';
import { useConnectionStore } from './connection.js';

export type SessionState = Result<'auth.session'>;

/** User activity worth postponing the idle lock for; reported at most every 30 s. */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
const TOUCH_EVERY_MS = 30_000;

export const useSessionStore = defineStore('session', () => {
  const client = useClient();
  const connection = useConnectionStore();
  const state = shallowRef<SessionState | null>(null);
  const error = shallowRef<CallError | null>(null);
  const busy = shallowRef(false);

  function apply(next: SessionState): void {
    const before = state.value;
    state.value = next;
    const wasUser = before?.user?.accountId ?? null;
    const isUser = next.user?.accountId ?? null;
    if (wasUser !== null && wasUser !== isUser) {
      // Signed out, or another person: start from a clean page.
      location.reload();
      return;
    }
    if (before && before.state !== 'signed-in' && next.state === 'signed-in') void connection.greet();
  }

  async function refresh(): Promise<void> {
    try {
      apply(await client.call('auth.session', {}));
    } catch (err) {
      error.value = isCallError(err) ? err : null;
    }
  }

  async function run(work: () => Promise<SessionState>): Promise<boolean> {
    busy.value = true;
    error.value = null;
    try {
      apply(await work());
      return true;
    } catch (err) {
      error.value = isCallError(err) ? err : null;
      return false;
    } finally {
      busy.value = false;
    }
  }

  const login = (username: string, password: string) => run(() => client.call('auth.login', { username, password }));
  const unlock = (password: string) => run(() => client.call('auth.unlock', { password }));
  const lock = () => run(() => client.call('auth.lock', {}));
  const logout = () => run(() => client.call('auth.logout', {}));

  async function startSso(): Promise<void> {
    busy.value = true;
    try {
      const { url, mode } = await client.call('auth.sso.begin', {});
      if (mode === 'navigate') location.assign(url);
      else window.open(url, '_blank', 'noopener');
    } catch (err) {
      error.value = isCallError(err) ? err : null;
    } finally {
      busy.value = false;
    }
  }

  client.on('auth.session', apply);
  watch(
    () => connection.state,
    (s) => {
      if (s === 'open') void refresh();
    },
    { immediate: true },
  );

  let lastTouch = 0;
  const onActivity = () => {
    const now = Date.now();
    if (state.value?.state !== 'signed-in' || state.value.idleLockSeconds === null || now - lastTouch < TOUCH_EVERY_MS) return;
    lastTouch = now;
    void client.call('auth.touch', {}).catch(() => undefined);
  };
  /** Reports activity while mounted; returns the function that stops it. */
  function watchActivity(target: Window = window): () => void {
    for (const name of ACTIVITY_EVENTS) target.addEventListener(name, onActivity, { passive: true });
    return () => {
      for (const name of ACTIVITY_EVENTS) target.removeEventListener(name, onActivity);
    };
  }

  const permissions = computed(() => new Set(state.value?.permissions ?? []));
  const can = (method: MethodName) => permissions.value.has(method);

  return {
    state,
    error,
    busy,
    ready: computed(() => state.value !== null),
    signedIn: computed(() => state.value?.state === 'signed-in'),
    locked: computed(() => state.value?.state === 'locked'),
    user: computed(() => state.value?.user ?? null),
    can,
    login,
    unlock,
    lock,
    logout,
    startSso,
    refresh,
    watchActivity,
  };
});
