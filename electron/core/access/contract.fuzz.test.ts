// Property-based fuzzing of the whole contract at the engine (fast-check): 10,000 generated calls, by anonymous
// callers and by every role, with malformed, oversized and near-valid parameters. Every answer is a result or a
// typed error with a known code, never "internal"; nothing is created by a refused call; the engine keeps serving.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodeSchema } from '../../../shared/contract/envelope.js';
import { methods, type MethodName } from '../../../shared/contract/methods.js';
import { ROLES } from '../../../shared/contract/roles.js';
import { CallFailed, connectInProcess } from '../in-process-client.js';
import { startTestEngine, type TestEngine } from './test-engine.js';

const RUNS = 10_000;
let t: TestEngine;
let clients: ReturnType<typeof connectInProcess>[];

beforeAll(async () => {
  t = await startTestEngine();
  clients = [connectInProcess(t.engine), ...ROLES.map((role) => connectInProcess(t.engine, { as: identity(role) }))];
});
afterAll(async () => {
  for (const c of clients ?? []) c.close();
  await t?.close();
});

const identity = (role: (typeof ROLES)[number]) => ({ roles: [role], agencyId: 'so-y-te', unitId: 'pc08' });
const names = Object.keys(methods) as MethodName[];
const keysOf = (m: MethodName): string[] => Object.keys((methods[m].params as unknown as { shape?: Record<string, unknown> }).shape ?? {});

const value = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ maxLength: 40 }),
  fc.string({ minLength: 5_000, maxLength: 70_000 }),
  fc.constantFrom("'; DROP TABLE accounts; --", '%', '_', '../../etc/passwd', '\u0000', 'health.bed-occupancy', 'cam-22015-1', 'ioc', 'pc08', 'ca-tinh', '2026-03-02T09:00:00+07:00'),
  fc.integer(),
  fc.double(),
  fc.array(fc.string({ maxLength: 20 }), { maxLength: 600 }),
  fc.constant(undefined),
);

/** A method (sometimes a made-up one) and parameters: anything, or the method's own keys with wild values. */
const call = fc.record({
  client: fc.nat({ max: ROLES.length }),
  method: fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: fc.string({ maxLength: 120 }) }),
  shape: fc.nat({ max: 3 }),
  anything: fc.anything({ maxDepth: 3 }),
  pairs: fc.dictionary(fc.string({ maxLength: 12 }), value, { maxKeys: 4 }),
  own: fc.array(value, { minLength: 6, maxLength: 6 }),
});

describe('the contract under fuzzing', () => {
  it(`answers ${RUNS} generated calls with results or typed errors, never a crash`, async () => {
    const codes = new Map<string, number>();
    const admin = () => connectInProcess(t.engine, { as: 'administrator' });
    const accounts = async () => (await admin().call('access.accounts.list', {})).accounts.length;
    const before = await accounts();
    await fc.assert(
      fc.asyncProperty(call, async (c) => {
        const known = (names as string[]).includes(c.method);
        const ownParams = known ? Object.fromEntries(keysOf(c.method as MethodName).map((k, i) => [k, c.own[i % c.own.length]])) : {};
        const params = [c.anything, c.pairs, ownParams, { ...ownParams, ...c.pairs }][c.shape];
        let code = 'result';
        // The fuzzer signs out and locks its own clients (auth.logout is public): each call starts signed in.
        if (c.client > 0) t.engine.access.signInTrusted(clients[c.client]!.binding, identity(ROLES[c.client - 1]!));
        try {
          await clients[c.client]!.call(c.method as MethodName, params as never);
        } catch (error) {
          expect(error).toBeInstanceOf(CallFailed);
          code = (error as CallFailed).code;
          expect(errorCodeSchema.safeParse(code).success, code).toBe(true);
        }
        expect(code, `${c.method} ${JSON.stringify(params)?.slice(0, 200)}`).not.toBe('internal');
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }),
      { numRuns: RUNS, seed: 20250701 },
    );
    // Refused calls created nothing (the fuzzer also signed some of its clients out: auth.logout is public).
    expect(await accounts()).toBe(before);
    expect((await clients[0]!.call('system.hello', {})).version).toMatch(/\d/);
    expect([...codes.values()].reduce((a, b) => a + b, 0)).toBe(RUNS);
    expect(codes.get('invalid-params')).toBeGreaterThan(RUNS / 10);
    expect(codes.get('forbidden')).toBeGreaterThan(0);
    expect(codes.get('unauthenticated')).toBeGreaterThan(0);
    console.log(`fuzz: ${JSON.stringify(Object.fromEntries(codes))}`);
  }, 600_000);
});
