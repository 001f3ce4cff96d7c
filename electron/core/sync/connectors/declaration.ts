// A connector declared as data: which protocol, where, how it authenticates (a keychain reference, never the
// secret), when it runs, how it pages and resumes, which exchange structure its records follow, where they go.
import { z } from 'zod';

/** A keychain account name, e.g. "upstream:open311". The secret lives in the OS keychain only. */
export const credentialRefSchema = z.string().regex(/^[a-z0-9][a-z0-9:._-]{0,99}$/, 'expected a keychain account such as "upstream:open311"');

export const authSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }).strict(),
  z.object({ kind: z.literal('bearer'), credential: credentialRefSchema }).strict(),
  z
    .object({
      kind: z.literal('api-key'),
      credential: credentialRefSchema,
      /** Where the key travels: a header (e.g. "X-API-Key") or a query/form parameter (Open311: "api_key"). */
      in: z.enum(['header', 'query']),
      name: z.string().min(1).max(100),
    })
    .strict(),
  z.object({ kind: z.literal('basic'), credential: credentialRefSchema, username: z.string().min(1).max(200) }).strict(),
]);

export const scheduleSchema = z
  .object({
    intervalMs: z.number().int().min(1000).max(7 * 86_400_000),
    /** Fraction of each delay spread at random, so consoles do not hit the upstream in step. */
    jitter: z.number().min(0).max(0.5).default(0.2),
    firstRetryMs: z.number().int().min(100).default(2000),
    maxRetryMs: z.number().int().min(100).default(300_000),
    timeoutMs: z.number().int().min(100).max(600_000).default(30_000),
  })
  .strict();

export const circuitSchema = z
  .object({
    /** Consecutive failed pulls that open the circuit. */
    failureThreshold: z.number().int().min(1).max(100).default(5),
    /** How long an open circuit sends nothing before one trial pull. */
    openMs: z.number().int().min(1000).default(300_000),
  })
  .strict();

/** How a pull resumes (cursor) and walks a large answer (paging). */
export const pagingSchema = z.discriminatedUnion('strategy', [
  /** `since` = the newest updated_at stored, pages followed by `next_page_token`. */
  z.object({ strategy: z.literal('updated-since'), pageSize: z.number().int().min(1).max(10_000), pageTokens: z.literal(true) }).strict(),
  /** Open311: new requests by start_date/end_date windows (split when the server's result cap is hit), known open ones re-read by id. */
  z
    .object({
      strategy: z.literal('date-window'),
      windowDays: z.number().int().min(1).max(90),
      maxResults: z.number().int().min(10).max(10_000),
      lookbackDays: z.number().int().min(1).max(3650),
      idBatch: z.number().int().min(1).max(200),
    })
    .strict(),
  /** CAP: the feed is fetched with If-None-Match; only entries not seen yet are read. */
  z.object({ strategy: z.literal('etag') }).strict(),
]);

const PROTOCOL_RULES = {
  'provincial-rest': { recordSchema: 'lgsp-observation/1', target: 'observations', paging: 'updated-since' },
  open311: { recordSchema: 'open311-request/2', target: 'field-reports', paging: 'date-window' },
  cap: { recordSchema: 'cap-alert/1.2', target: 'alerts', paging: 'etag' },
} as const;

export const connectorSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'expected a lower-case id such as "open311-daklak"'),
    name: z.string().min(1).max(200),
    protocol: z.enum(['provincial-rest', 'open311', 'cap']),
    baseUrl: z.url({ protocol: /^https?$/ }),
    auth: authSchema,
    schedule: scheduleSchema,
    circuit: circuitSchema.default({ failureThreshold: 5, openMs: 300_000 }),
    paging: pagingSchema,
    /** The exchange data structure its records are validated against. */
    recordSchema: z.enum(['lgsp-observation/1', 'open311-request/2', 'cap-alert/1.2']),
    target: z.enum(['observations', 'field-reports', 'alerts']),
    /** Largest answer read into memory; a bigger one is refused with a clear error. */
    maxResponseBytes: z.number().int().min(1024).max(512 * 1024 * 1024).default(32 * 1024 * 1024),
    /** Open311 only: post status changes, comments and acknowledgements from the outbox. */
    outbound: z.boolean().default(false),
    enabled: z.boolean().default(true),
  })
  .strict()
  .superRefine((c, ctx) => {
    const rules = PROTOCOL_RULES[c.protocol];
    if (c.recordSchema !== rules.recordSchema) ctx.addIssue({ code: 'custom', path: ['recordSchema'], message: `${c.protocol} records follow "${rules.recordSchema}"` });
    if (c.target !== rules.target) ctx.addIssue({ code: 'custom', path: ['target'], message: `${c.protocol} records go to "${rules.target}"` });
    if (c.paging.strategy !== rules.paging) ctx.addIssue({ code: 'custom', path: ['paging', 'strategy'], message: `${c.protocol} pages by "${rules.paging}"` });
    if (c.outbound && c.protocol !== 'open311') ctx.addIssue({ code: 'custom', path: ['outbound'], message: 'only Open311 connectors send updates upstream' });
    if (c.schedule.maxRetryMs < c.schedule.firstRetryMs) ctx.addIssue({ code: 'custom', path: ['schedule', 'maxRetryMs'], message: 'must not be below firstRetryMs' });
  });

export type ConnectorInput = z.input<typeof connectorSchema>;
export type ConnectorDeclaration = z.output<typeof connectorSchema>;
export type AuthDeclaration = z.output<typeof authSchema>;
export type PagingOf<S extends ConnectorDeclaration['paging']['strategy']> = Extract<ConnectorDeclaration['paging'], { strategy: S }>;
