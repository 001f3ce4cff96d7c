// The connectors a console starts with when none are configured: the three services of the embedded
// simulator (or of a real upstream that serves the same paths under one base URL).
import type { ConnectorInput } from './declaration.js';

export const PROVINCIAL_ID = 'provincial-api';
export const OPEN311_ID = 'open311';
export const CAP_ID = 'cap-alerts';

/** Keychain accounts of the default connectors. */
export const CREDENTIALS = { provincial: 'upstream:provincial-api', open311: 'upstream:open311' } as const;

function under(base: string, path: string) {
  return new URL(path, base.endsWith('/') ? base : `${base}/`).toString();
}

export function defaultConnectors(upstreamUrl: string, intervalMs = 60_000): ConnectorInput[] {
  return [
    {
      id: PROVINCIAL_ID,
      name: 'Nền tảng chia sẻ dữ liệu tỉnh (LGSP)',
      protocol: 'provincial-rest',
      baseUrl: under(upstreamUrl, 'api/v1/'),
      auth: { kind: 'bearer', credential: CREDENTIALS.provincial },
      schedule: { intervalMs },
      paging: { strategy: 'updated-since', pageSize: 5000, pageTokens: true },
      recordSchema: 'lgsp-observation/1',
      target: 'observations',
    },
    {
      id: OPEN311_ID,
      name: 'Phản ánh hiện trường (Open311 GeoReport v2)',
      protocol: 'open311',
      baseUrl: under(upstreamUrl, 'open311/v2/'),
      auth: { kind: 'api-key', credential: CREDENTIALS.open311, in: 'query', name: 'api_key' },
      schedule: { intervalMs: Math.max(1000, Math.round(intervalMs / 2)) },
      paging: { strategy: 'date-window', windowDays: 30, maxResults: 1000, lookbackDays: 90, idBatch: 50 },
      recordSchema: 'open311-request/2',
      target: 'field-reports',
      outbound: true,
    },
    {
      id: CAP_ID,
      name: 'Cảnh báo thiên tai, môi trường (CAP 1.2)',
      protocol: 'cap',
      baseUrl: under(upstreamUrl, 'cap/v1/'),
      auth: { kind: 'none' },
      schedule: { intervalMs: Math.max(1000, Math.round(intervalMs / 2)) },
      paging: { strategy: 'etag' },
      recordSchema: 'cap-alert/1.2',
      target: 'alerts',
    },
  ];
}
