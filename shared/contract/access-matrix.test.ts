import { describe, expect, it } from 'vitest';
import { ACCESS_MATRIX, EVENT_ACCESS, evaluateRule, permittedMethods } from './access-matrix.js';
import { events, methods } from './methods.js';
import { ROLES } from './roles.js';

describe('the access matrix', () => {
  it('classifies every contract method, and nothing else (add a new method to shared/contract/access-matrix.ts)', () => {
    const missing = Object.keys(methods).filter((m) => !(m in ACCESS_MATRIX));
    const stale = Object.keys(ACCESS_MATRIX).filter((m) => !(m in methods));
    expect(missing, 'methods without an access rule').toEqual([]);
    expect(stale, 'rules for methods that do not exist').toEqual([]);
  });

  it('classifies every event', () => {
    expect(Object.keys(EVENT_ACCESS).sort()).toEqual(Object.keys(events).sort());
  });

  it('names only known roles', () => {
    for (const [method, rule] of Object.entries({ ...ACCESS_MATRIX, ...EVENT_ACCESS })) {
      if (Array.isArray(rule.allow)) for (const role of rule.allow) expect(ROLES, method).toContain(role);
    }
  });

  it('denies by default: no session, no method beyond the public ones', () => {
    expect(permittedMethods(null).sort()).toEqual(['auth.login', 'auth.logout', 'auth.session', 'auth.sso.begin', 'system.hello']);
    expect(permittedMethods([])).toEqual(permittedMethods(null));
  });

  it('keeps the wall display read-only and away from administration and grants', () => {
    const wall = permittedMethods(['wall-display']);
    for (const m of wall) expect(m, m).not.toMatch(/^(access\.|audit\.|cameras\.grants\.|sync\.now)/);
    expect(wall).toContain('kpi.series');
    expect(wall).toContain('cameras.stream');
  });

  it('scopes agency roles and police units, but not an IOC operator who also has an agency role', () => {
    expect(evaluateRule(ACCESS_MATRIX['kpi.series'], ['agency-handler'])).toBe('allowed-scoped');
    expect(evaluateRule(ACCESS_MATRIX['kpi.series'], ['agency-handler', 'ioc-operator'])).toBe('allowed');
    expect(evaluateRule(ACCESS_MATRIX['cameras.list'], ['police-camera-unit'])).toBe('allowed-scoped');
    expect(evaluateRule(ACCESS_MATRIX['kpi.series'], ['police-camera-unit'])).toBe('denied');
    expect(evaluateRule(ACCESS_MATRIX['cameras.grants.create'], ['administrator'])).toBe('denied');
  });
});
