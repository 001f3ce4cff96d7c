import { describe, expect, it } from 'vitest';
import { EngineError } from '../../shared/contract/envelope.js';
import { dispatch, type CallGuard, type Handlers } from './dispatch.js';

const calls: string[] = [];
const handlers = {
  'kpi.latest': async (p: { kpiIds: string[] }) => {
    calls.push(...p.kpiIds);
    return { values: [] };
  },
  'sync.now': async () => {
    throw new Error('boom');
  },
  'kpi.breakdown': async () => {
    throw new EngineError('not-found', 'unknown KPI "x.y"');
  },
} as unknown as Handlers;

const log = () => undefined;
const caller = { connectionId: 'test', binding: 'test', session: null, origin: 'in-process' };
const admitAll: CallGuard = { admit: () => ({ params: (p) => p, result: (r) => r }) };

describe('dispatch', () => {
  it('runs a valid call', async () => {
    const reply = await dispatch(handlers, { type: 'call', id: 1, method: 'kpi.latest', params: { kpiIds: ['health.beds'] } }, caller, log, admitAll);
    expect(reply).toEqual({ type: 'result', id: 1, result: { values: [] } });
    expect(calls).toEqual(['health.beds']);
  });

  it('answers a malformed message with a typed error', async () => {
    expect(await dispatch(handlers, 'hello', caller, log, admitAll)).toMatchObject({ type: 'error', id: null, error: { code: 'malformed-message' } });
    expect(await dispatch(handlers, { type: 'call', id: 7 }, caller, log, admitAll)).toMatchObject({ id: 7, error: { code: 'malformed-message' } });
  });

  it('refuses unknown methods and invalid params, naming the field', async () => {
    expect(await dispatch(handlers, { type: 'call', id: 2, method: 'db.dropAll' }, caller, log, admitAll)).toMatchObject({ error: { code: 'unknown-method' } });
    const reply = await dispatch(handlers, { type: 'call', id: 3, method: 'kpi.latest', params: { kpiIds: ['DROP TABLE'] } }, caller, log, admitAll);
    expect(reply).toMatchObject({ type: 'error', error: { code: 'invalid-params' } });
    expect(reply.type === 'error' && reply.error.issues?.[0]).toMatch(/^kpiIds\.0:/);
    const extra = await dispatch(handlers, { type: 'call', id: 4, method: 'kpi.latest', params: { kpiIds: [], sql: '1' } }, caller, log, admitAll);
    expect(extra).toMatchObject({ error: { code: 'invalid-params' } });
  });

  it('asks the guard before reading the parameters, and runs nothing it refuses', async () => {
    const refuse: CallGuard = {
      admit: () => {
        throw new EngineError('forbidden', 'no');
      },
    };
    const before = calls.length;
    const reply = await dispatch(handlers, { type: 'call', id: 8, method: 'kpi.latest', params: { kpiIds: 'not even valid' } }, caller, log, refuse);
    expect(reply).toMatchObject({ type: 'error', id: 8, error: { code: 'forbidden' } });
    expect(calls.length).toBe(before);
  });

  it('passes typed engine errors through and hides internal ones', async () => {
    expect(await dispatch(handlers, { type: 'call', id: 5, method: 'kpi.breakdown', params: { kpiId: 'x.y', dim: 'commune' } }, caller, log, admitAll)).toMatchObject({
      error: { code: 'not-found', message: 'unknown KPI "x.y"' },
    });
    const reply = await dispatch(handlers, { type: 'call', id: 6, method: 'sync.now', params: {} }, caller, log, admitAll);
    expect(reply).toMatchObject({ type: 'error', id: 6, error: { code: 'internal' } });
    expect(JSON.stringify(reply)).not.toContain('boom');
  });
});
