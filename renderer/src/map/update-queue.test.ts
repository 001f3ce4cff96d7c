import { describe, expect, it } from 'vitest';
import { UpdateQueue, type Delta } from './update-queue.js';

interface F {
  id: string;
  v: number;
}

function harness() {
  const calls: Array<{ kind: 'full'; ids: string[] } | { kind: 'delta'; delta: Delta<F> }> = [];
  let release: (() => void) | null = null;
  let inFlight = 0;
  let maxInFlight = 0;
  const gate = () =>
    new Promise<void>((resolve) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      release = () => {
        inFlight--;
        resolve();
      };
    });
  const queue = new UpdateQueue<F>(
    {
      full: async (features) => {
        calls.push({ kind: 'full', ids: features.map((f) => `${f.id}:${f.v}`) });
        await gate();
      },
      delta: async (delta) => {
        calls.push({ kind: 'delta', delta });
        await gate();
      },
    },
    (f) => f.id,
  );
  const step = async () => {
    await Promise.resolve();
    release?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { queue, calls, step, maxInFlight: () => maxInFlight };
}

describe('UpdateQueue', () => {
  it('runs one update at a time and drops full updates superseded while waiting', async () => {
    const { queue, calls, step, maxInFlight } = harness();
    void queue.push({ kind: 'full', features: [{ id: 'a', v: 1 }] });
    void queue.push({ kind: 'full', features: [{ id: 'a', v: 2 }] });
    void queue.push({ kind: 'full', features: [{ id: 'a', v: 3 }] });
    await step();
    await step();
    await queue.idle();
    expect(calls).toEqual([{ kind: 'full', ids: ['a:1'] }, { kind: 'full', ids: ['a:3'] }]);
    expect(queue.superseded).toBe(1);
    expect(maxInFlight()).toBe(1);
  });

  it('merges deltas that wait, last change of a feature winning', async () => {
    const { queue, calls, step } = harness();
    void queue.push({ kind: 'full', features: [] });
    void queue.push({ kind: 'delta', delta: { upsert: [{ id: 'a', v: 1 }, { id: 'b', v: 1 }], remove: [] } });
    void queue.push({ kind: 'delta', delta: { upsert: [{ id: 'a', v: 2 }], remove: ['b', 'c'] } });
    await step();
    await step();
    await queue.idle();
    expect(calls[1]).toEqual({ kind: 'delta', delta: { upsert: [{ id: 'a', v: 2 }], remove: ['b', 'c'] } });
    expect(calls).toHaveLength(2);
  });

  it('folds a delta into a pending full update', async () => {
    const { queue, calls, step } = harness();
    void queue.push({ kind: 'delta', delta: { upsert: [], remove: [] } });
    void queue.push({ kind: 'full', features: [{ id: 'a', v: 1 }, { id: 'b', v: 1 }] });
    void queue.push({ kind: 'delta', delta: { upsert: [{ id: 'c', v: 1 }], remove: ['a'] } });
    await step();
    await step();
    await queue.idle();
    expect(calls[1]).toEqual({ kind: 'full', ids: ['b:1', 'c:1'] });
  });

  it('keeps going after a failed update and stops when closed', async () => {
    const errors: unknown[] = [];
    let n = 0;
    const queue = new UpdateQueue<F>(
      {
        full: async () => {
          if (n++ === 0) throw new Error('boom');
        },
        delta: async () => undefined,
      },
      (f) => f.id,
      (e) => errors.push(e),
    );
    await queue.push({ kind: 'full', features: [] });
    await queue.push({ kind: 'full', features: [] });
    expect(errors).toHaveLength(1);
    expect(queue.applied).toBe(1);
    queue.close();
    await queue.push({ kind: 'full', features: [] });
    expect(n).toBe(2);
  });
});
