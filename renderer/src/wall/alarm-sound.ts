// The alarm sound of the wall: a two-tone chime every few seconds while an alarm waits for acknowledgement.
// Made with Web Audio (no audio file to ship); each tone's nodes are disconnected when it ends.
// A browser that does not allow sound before a gesture reports "blocked" (Electron's wall window allows it;
// a kiosk browser needs --autoplay-policy=no-user-gesture-required).

export type SoundState = 'idle' | 'playing' | 'blocked' | 'quiet';

/** The tones of one chime: frequency (Hz), start offset and length (s). */
export const CHIME: readonly { hz: number; at: number; length: number }[] = [
  { hz: 880, at: 0, length: 0.35 },
  { hz: 660, at: 0.45, length: 0.35 },
  { hz: 880, at: 0.9, length: 0.5 },
];
export const CHIME_EVERY_MS = 4000;

type AudioContextClass = typeof AudioContext;

export class AlarmSound {
  private context: AudioContext | null = null;
  private timer: ReturnType<typeof setInterval> | undefined;
  private resuming = false;
  private listeners = new Set<(s: SoundState) => void>();
  state: SoundState = 'idle';

  constructor(
    private readonly isQuiet: () => boolean,
    private readonly Context: AudioContextClass | undefined = globalThis.AudioContext,
  ) {}

  onState(cb: (s: SoundState) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  start(): void {
    if (this.timer !== undefined) return;
    this.chime();
    this.timer = setInterval(() => this.chime(), CHIME_EVERY_MS);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.set('idle');
  }

  /** Releases the audio device (on unmount). */
  dispose(): void {
    this.stop();
    this.listeners.clear();
    void this.context?.close().catch(() => undefined);
    this.context = null;
  }

  private set(state: SoundState): void {
    if (state === this.state) return;
    this.state = state;
    for (const cb of this.listeners) cb(state);
  }

  private chime(): void {
    if (this.isQuiet()) return this.set('quiet');
    if (!this.Context) return this.set('blocked');
    this.context ??= new this.Context();
    const ctx = this.context;
    if (ctx.state === 'running') return this.play(ctx);
    // Not allowed to sound yet (Chromium keeps the promise pending until a gesture): blocked until it resolves.
    this.set('blocked');
    if (this.resuming) return; // one pending attempt at a time: a wall may wait weeks for a gesture
    this.resuming = true;
    ctx
      .resume()
      .then(() => {
        if (ctx.state === 'running' && this.timer !== undefined) this.play(ctx);
      })
      .catch(() => this.set('blocked'))
      .finally(() => (this.resuming = false));
  }

  private play(ctx: AudioContext): void {
    const start = ctx.currentTime + 0.05;
    for (const tone of CHIME) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = tone.hz;
      gain.gain.setValueAtTime(0.0001, start + tone.at);
      gain.gain.exponentialRampToValueAtTime(0.4, start + tone.at + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + tone.at + tone.length);
      osc.connect(gain).connect(ctx.destination);
      osc.onended = () => {
        osc.disconnect();
        gain.disconnect();
      };
      osc.start(start + tone.at);
      osc.stop(start + tone.at + tone.length + 0.05);
    }
    this.set('playing');
  }
}
