import { describe, expect, it } from 'vitest';
import { EngineError } from '../../shared/contract/envelope.js';
import { dispatch, type Handlers } from './dispatch.js';

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
const caller = { connectionId: 'test' };

describe('dispatch', () => {
  it('runs a valid call', async () => {
    const reply = await dispatch(handlers, { type: 'call', id: 1, method: 'kpi.latest', params: { kpiIds: ['health.beds'] } }, caller, log);
    expect(reply).toEqual({ type: 'result', id: 1, result: { values: [] } });
    expect(calls).toEqual(['health.beds']);
  });

  it('answers a malformed message with a typed error', async () => {
    expect(await dispatch(handlers, 'hello', caller, log)).toMatchObject({ type: 'error', id: null, error: { code: 'malformed-message' } });
    expect(await dispatch(handlers, { type: 'call', id: 7 }, caller, log)).toMatchObject({ id: 7, error: { code: 'malformed-message' } });
  });

  it('refuses unknown methods and invalid params, naming the field', async () => {
    expect(await dispatch(handlers, { type: 'call', id: 2, method: 'db.dropAll' }, caller, log)).toMatchObject({ error: { code: 'unknown-method' } });
    const reply = await dispatch(handlers, { type: 'call', id: 3, method: 'kpi.latest', params: { kpiIds: ['DROP TABLE'] } }, caller, log);
    expect(reply).toMatchObject({ type: 'error', error: { code: 'invalid-params' } });
    expect(reply.type === 'error' && reply.error.issues?.[0]).toMatch(/^kpiIds\.0:/);
    const extra = await dispatch(handlers, { type: 'call', id: 4, method: 'kpi.latest', params: { kpiIds: [], sql: '1' } }, caller, log);
    expect(extra).toMatchObject({ error: { code: 'invalid-params' } });
  });

  it('passes typed engine errors through and hides internal ones', async () => {
    expect(await dispatch(handlers, { type: 'call', id: 5, method: 'kpi.breakdown', params: { kpiId: 'x.y', dim: 'commune' } }, caller, log)).toMatchObject({
      error: { code: 'not-found', message: 'unknown KPI "x.y"' },
    });
    const reply = await dispatch(handlers, { type: 'call', id: 6, method: 'sync.now', params: {} }, caller, log);
    expect(reply).toMatchObject({ type: 'error', id: 6, error: { code: 'internal' } });
    expect(JSON.stringify(reply)).not.toContain('boom');
  });
});
