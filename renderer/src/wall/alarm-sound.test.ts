import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AlarmSound, CHIME, CHIME_EVERY_MS } from './alarm-sound.js';

// Web Audio does not exist in Node: a stand-in AudioContext that records the nodes it makes.
class FakeAudioContext {
  static made: FakeAudioContext[] = [];
  static initial: 'running' | 'suspended' = 'running';
  state: 'running' | 'suspended' | 'closed' = FakeAudioContext.initial;
  currentTime = 0;
  destination = {};
  oscillators: { onended: (() => void) | null; disconnect: ReturnType<typeof vi.fn> }[] = [];
  resumes = 0;
  constructor() {
    FakeAudioContext.made.push(this);
  }
  createOscillator() {
    const osc = { type: '', frequency: { value: 0 }, connect: (g: unknown) => g, start: vi.fn(), stop: vi.fn(), onended: null as (() => void) | null, disconnect: vi.fn() };
    this.oscillators.push(osc);
    return osc;
  }
  createGain() {
    return { gain: { setValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() }, connect: (d: unknown) => d, disconnect: vi.fn() };
  }
  resume() {
    this.resumes += 1;
    return new Promise<void>(() => undefined); // like Chromium without a gesture: never settles
  }
  async close() {
    this.state = 'closed';
  }
}

describe('AlarmSound', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeAudioContext.made = [];
    FakeAudioContext.initial = 'running';
  });
  afterEach(() => vi.useRealTimers());

  it('chimes every few seconds until stopped, and lets go of each tone when it ends', () => {
    const sound = new AlarmSound(() => false, FakeAudioContext as never);
    sound.start();
    expect(sound.state).toBe('playing');
    vi.advanceTimersByTime(CHIME_EVERY_MS * 2);
    const ctx = FakeAudioContext.made[0]!;
    expect(ctx.oscillators).toHaveLength(CHIME.length * 3);
    ctx.oscillators[0]!.onended!();
    expect(ctx.oscillators[0]!.disconnect).toHaveBeenCalled();
    sound.stop();
    vi.advanceTimersByTime(CHIME_EVERY_MS * 3);
    expect(ctx.oscillators).toHaveLength(CHIME.length * 3);
    expect(sound.state).toBe('idle');
    sound.dispose();
    expect(ctx.state).toBe('closed');
  });

  it('stays silent in quiet hours', () => {
    const sound = new AlarmSound(() => true, FakeAudioContext as never);
    sound.start();
    expect(sound.state).toBe('quiet');
    expect(FakeAudioContext.made).toHaveLength(0);
    sound.dispose();
  });

  it('says when the browser blocks sound, asking to resume only once at a time', () => {
    FakeAudioContext.initial = 'suspended';
    const sound = new AlarmSound(() => false, FakeAudioContext as never);
    const states: string[] = [];
    sound.onState((s) => states.push(s));
    sound.start();
    vi.advanceTimersByTime(CHIME_EVERY_MS * 5);
    expect(states).toEqual(['blocked']);
    expect(FakeAudioContext.made[0]!.resumes).toBe(1);
    sound.dispose();
  });
});
