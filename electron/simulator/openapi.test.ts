import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { DEFAULT_LIMIT, MAX_LIMIT } from './api.js';
import { NO_SOURCE_FAULTS } from './faults.js';

// No YAML parser is available to the project, so this checks the hand-written description textually
// against the implementation's constants and routes: enough to catch the two drifting apart.
const spec = readFileSync(new URL('./openapi.yaml', import.meta.url), 'utf8');

describe('openapi.yaml', () => {
  it('is OpenAPI 3.1 with bearer security', () => {
    expect(spec).toMatch(/^openapi: 3\.1\.\d/m);
    expect(spec).toMatch(/bearer:\n\s+type: http\n\s+scheme: bearer/);
  });

  it('describes every route the simulator serves', () => {
    for (const path of ['/health', '/kpis', '/kpis/{kpiId}/observations', '/geo/communes', '/geo/communes.geojson', '/geo/province.geojson', '/__sim/faults', '/__sim/breaches']) {
      expect(spec).toContain(`\n  ${path}:\n`);
    }
    expect(spec).toContain('url: http://127.0.0.1:8787/api/v1');
    for (const path of [
      '/open311/v2/services.json',
      '/open311/v2/services/{service_code}.json',
      '/open311/v2/requests.json',
      '/open311/v2/requests/{service_request_id}.json',
      '/open311/v2/requests/{service_request_id}/updates.json',
      '/cap/v1/alerts.atom',
      '/cap/v1/alerts/{identifier}.xml',
      '/__sim/open311/updates',
    ]) {
      expect(spec).toContain(`\n  ${path}:\n`);
    }
  });

  it('documents the update extension and every per-source fault', () => {
    expect(spec).toContain('- { name: Idempotency-Key, in: header, required: true');
    expect(spec).toContain('Idempotent-Replayed: true');
    for (const fault of Object.keys(NO_SOURCE_FAULTS)) expect(spec, fault).toMatch(new RegExp(`\\n        ${fault}: `));
  });

  it('documents the observation parameters and fields as implemented', () => {
    for (const name of ['kpiId', 'dim', 'from', 'since', 'limit', 'page_token']) expect(spec).toContain(`- name: ${name}\n`);
    expect(spec).toContain(`schema: { type: integer, minimum: 1, maximum: ${MAX_LIMIT}, default: ${DEFAULT_LIMIT} }`);
    expect(spec).toContain('required: [member, period_start, value, updated_at, version]');
    expect(spec).toContain('required: [kpiId, agency, dim, items, next_page_token, as_of]');
    expect(spec).toContain('enum: [total, commune, agency, category]');
    expect(spec).toContain('enum: [bad-request, unauthorized, not-found, method-not-allowed, unavailable, internal, cannot-breach]');
  });
});
