import { describe, expect, it } from 'vitest';
import { evaluateRule, ruleFor } from '../../../shared/contract/access-matrix.js';
import type { MethodName } from '../../../shared/contract/index.js';
import type { Role } from '../../../shared/contract/roles.js';
import { homePath, visiblePages } from './nav-pages.js';

/** What the engine would grant a session of these roles, straight from the access matrix. */
function canOf(roles: readonly Role[]) {
  return (method: MethodName) => evaluateRule(ruleFor(method), roles) !== 'denied';
}

describe('the landing page of each role', () => {
  it('is the overview for those who may read the domains', () => {
    for (const role of ['ioc-operator', 'ioc-supervisor', 'provincial-leader', 'agency-handler', 'administrator'] as const) {
      expect(homePath(canOf([role]), [role]), role).toBe('/');
    }
  });

  it('is the cameras page for a police camera unit, which may not read the domains', () => {
    const roles = ['police-camera-unit'] as const;
    expect(canOf(roles)('catalog.get')).toBe(false);
    expect(homePath(canOf(roles), roles)).toBe('/cameras');
  });

  it('shows only pages the matrix allows and that are meant for the role', () => {
    const agency = visiblePages(canOf(['agency-handler']), ['agency-handler']).map((p) => p.to);
    expect(agency).toContain('/field-reports/agency');
    expect(agency).not.toContain('/field-reports');
    expect(agency).not.toContain('/accounts');
  });
});
