// Every contract method × every role, at the engine: the matrix allows it, or the engine refuses it. A probe
// parameter that no schema accepts shows "admitted past the guard" (invalid-params) without running a handler.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_MATRIX, evaluateRule } from '../../../shared/contract/access-matrix.js';
import { methods, type MethodName } from '../../../shared/contract/methods.js';
import { ROLES, type Role } from '../../../shared/contract/roles.js';
import { CallFailed, connectInProcess } from '../in-process-client.js';
import { startTestEngine, type TestEngine } from './test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await startTestEngine();
});
afterAll(() => t?.close());

const PROBE = { __probe: 'not a parameter of any method' };
const names = Object.keys(methods) as MethodName[];

async function codeOf(client: ReturnType<typeof connectInProcess>, method: MethodName): Promise<string> {
  try {
    await client.call(method, PROBE as never);
    return 'result';
  } catch (error) {
    return (error as CallFailed).code;
  }
}

describe('the access matrix at the engine', () => {
  it('every method refuses the probe parameter (its schema is strict), so the probe never runs a handler', () => {
    for (const m of names) expect(methods[m].params.safeParse(PROBE).success, m).toBe(false);
  });

  it('anonymous callers reach only the public methods', async () => {
    const client = connectInProcess(t.engine);
    for (const m of names) {
      const expected = ACCESS_MATRIX[m].allow === 'public' ? 'invalid-params' : 'unauthenticated';
      expect(await codeOf(client, m), m).toBe(expected);
    }
    client.close();
  });

  it.each(ROLES.map((r) => [r]))('%s: allowed exactly where the matrix says', async (role: Role) => {
    const client = connectInProcess(t.engine, { as: { roles: [role], agencyId: 'so-y-te', unitId: 'pc08' } });
    const allowed: string[] = [];
    const refused: string[] = [];
    for (const m of names) {
      const code = await codeOf(client, m);
      const expected = evaluateRule(ACCESS_MATRIX[m], [role]) === 'denied' ? 'forbidden' : 'invalid-params';
      expect(code, `${role} → ${m}`).toBe(expected);
      (expected === 'forbidden' ? refused : allowed).push(m);
    }
    expect(allowed.length + refused.length).toBe(names.length);
    client.close();
  });
});
