import { describe, expect, it } from 'vitest';
import { defaultConnectors } from './defaults.js';
import { ConnectorConfigError, loadConnectors } from './load-connectors.js';

const base = () => defaultConnectors('http://127.0.0.1:8787/');

describe('loadConnectors', () => {
  it('accepts the defaults: one connector per protocol, each with its schema and target', () => {
    const list = loadConnectors(base());
    expect(list.map((c) => [c.protocol, c.recordSchema, c.target, c.paging.strategy])).toEqual([
      ['provincial-rest', 'lgsp-observation/1', 'observations', 'updated-since'],
      ['open311', 'open311-request/2', 'field-reports', 'date-window'],
      ['cap', 'cap-alert/1.2', 'alerts', 'etag'],
    ]);
    expect(list[1]!.baseUrl).toBe('http://127.0.0.1:8787/open311/v2/');
    expect(list[0]!.circuit).toEqual({ failureThreshold: 5, openMs: 300_000 });
  });

  it('names the bad connector and the field', () => {
    const bad = base();
    bad[1] = { ...bad[1]!, auth: { kind: 'api-key', credential: 'UPPER CASE', in: 'query', name: 'api_key' } };
    expect(() => loadConnectors(bad)).toThrow(/connector "open311" is not valid: auth.credential: expected a keychain account/);
    const wrongTarget = base();
    wrongTarget[2] = { ...wrongTarget[2]!, target: 'observations' };
    expect(() => loadConnectors(wrongTarget)).toThrow(/connector "cap-alerts" is not valid: target: cap records go to "alerts"/);
    expect(() => loadConnectors([{ name: 'no id' }])).toThrow(/connector #1 is not valid: id:/);
    expect(() => loadConnectors([base()[0], base()[0]])).toThrow(/connector "provincial-api" is declared twice/);
    expect(() => loadConnectors({})).toThrow(ConnectorConfigError);
  });

  it('refuses secrets written into the declaration', () => {
    const withSecret = base();
    withSecret[0] = { ...withSecret[0]!, auth: { kind: 'bearer', credential: 'upstream:x', token: 'abc' } as never };
    expect(() => loadConnectors(withSecret)).toThrow(/auth: Unrecognized key: "token"/);
  });
});
