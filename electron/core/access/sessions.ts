// Sessions by seat. A seat ("binding") is what stays the same across reconnects: a browser's HttpOnly cookie, an
// Electron window, an in-process client. Sessions live in memory only: an engine restart signs people out.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { sessionUserSchema } from '../../../shared/contract/areas/auth.js';

export type SessionUser = z.infer<typeof sessionUserSchema>;

export interface Session {
  id: string;
  user: SessionUser;
  createdAt: number;
  lastActivity: number;
  expiresAt: number;
  /** null: never locks (wall devices). */
  idleLockMs: number | null;
  locked: boolean;
}

export interface SessionPolicy {
  idleLockMs: number;
  /** Absolute lifetime of a person's session (a shift). */
  maxSessionMs: number;
  /** Lifetime of a device session before it is re-established from the device credential. */
  deviceSessionMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleLockMs: 15 * 60_000,
  maxSessionMs: 12 * 3_600_000,
  deviceSessionMs: 24 * 3_600_000,
};

type Listener = () => void;

export class SessionManager {
  private readonly seats = new Map<string, Session>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly now: () => Date,
    readonly policy: SessionPolicy = DEFAULT_SESSION_POLICY,
    sweepMs = 15_000,
  ) {
    // Locks idle sessions even when nobody calls: the lock screen appears by itself.
    this.sweeper = setInterval(() => this.sweep(), sweepMs);
    this.sweeper.unref();
  }

  /** The seat's session after applying idle lock and expiry; null when signed out or expired. */
  current(binding: string): Session | null {
    const session = this.seats.get(binding);
    if (!session) return null;
    const t = this.now().getTime();
    if (t >= session.expiresAt) {
      this.seats.delete(binding);
      this.changed(binding);
      return null;
    }
    if (!session.locked && session.idleLockMs !== null && t - session.lastActivity >= session.idleLockMs) {
      session.locked = true;
      this.changed(binding);
    }
    return session;
  }

  /** `trusted`: the engine's own in-process callers (the shell, tests): no person at a keyboard, so no idle lock. */
  signIn(binding: string, user: SessionUser, options: { trusted?: boolean } = {}): Session {
    const t = this.now().getTime();
    const device = user.kind === 'device' || options.trusted === true;
    const session: Session = {
      id: randomUUID(),
      user,
      createdAt: t,
      lastActivity: t,
      expiresAt: t + (device ? this.policy.deviceSessionMs : this.policy.maxSessionMs),
      idleLockMs: device ? null : this.policy.idleLockMs,
      locked: false,
    };
    this.seats.set(binding, session);
    this.changed(binding);
    return session;
  }

  signOut(binding: string): boolean {
    const had = this.seats.delete(binding);
    if (had) this.changed(binding);
    return had;
  }

  lock(binding: string): void {
    const session = this.current(binding);
    if (session && !session.locked && session.idleLockMs !== null) {
      session.locked = true;
      this.changed(binding);
    }
  }

  unlock(binding: string): void {
    const session = this.current(binding);
    if (session?.locked) {
      session.locked = false;
      session.lastActivity = this.now().getTime();
      this.changed(binding);
    }
  }

  /** User activity: postpones the idle lock. Returns when the session will lock, or null. */
  touch(binding: string): number | null {
    const session = this.current(binding);
    if (!session || session.locked) return null;
    session.lastActivity = this.now().getTime();
    return session.idleLockMs === null ? null : session.lastActivity + session.idleLockMs;
  }

  /** Ends every session of an account (disabled, roles changed). */
  endSessionsOf(accountId: string): void {
    for (const [binding, session] of [...this.seats]) if (session.user.accountId === accountId) this.signOut(binding);
  }

  /** Is this session still the live one of its seat? (Stream tickets check it on every request.) */
  isLive(binding: string, sessionId: string): boolean {
    const session = this.current(binding);
    return session !== null && session.id === sessionId && !session.locked;
  }

  watch(binding: string, listener: Listener): () => void {
    let set = this.listeners.get(binding);
    if (!set) this.listeners.set(binding, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(binding);
    };
  }

  /** Tells the seat's connections that its state changed (also used for SSO failures). */
  changed(binding: string): void {
    for (const listener of [...(this.listeners.get(binding) ?? [])]) listener();
  }

  sweep(): void {
    for (const binding of [...this.seats.keys()]) this.current(binding);
  }

  close(): void {
    clearInterval(this.sweeper);
    this.listeners.clear();
    this.seats.clear();
  }
}
