// Shapes of the sync area that cross the contract: source status, quarantine, outbox, connector kinds.
import { z } from 'zod';

export const connectorProtocolSchema = z.enum(['provincial-rest', 'open311', 'cap']);
export const connectorTargetSchema = z.enum(['observations', 'field-reports', 'alerts']);
export const sourceStateSchema = z.enum(['idle', 'syncing', 'ok', 'error', 'offline']);
/** Closed: requests flow. Open: the source failed too often; no request until the pause ends. Half-open: one trial. */
export const circuitStateSchema = z.enum(['closed', 'open', 'half-open']);
/** Where the source's credential stands; the secret itself never crosses the contract. */
export const credentialStateSchema = z.enum(['not-needed', 'present', 'missing', 'given', 'keychain-unavailable']);

/** Something the operator should know about a source's last pull, as a code the UI words (count/detail optional). */
export const sourceNoteSchema = z.object({
  code: z.enum(['no-field-report-sink', 'tolerated-variation', 'not-modified', 'cancelled']),
  count: z.number().int().optional(),
  detail: z.string().optional(),
});

export const sourceStatusSchema = z.object({
  id: z.string(),
  name: z.string(),
  baseUrl: z.string(),
  protocol: connectorProtocolSchema,
  target: connectorTargetSchema,
  state: sourceStateSchema,
  circuit: circuitStateSchema,
  credential: credentialStateSchema,
  lastAttempt: z.string().nullable(),
  lastSuccess: z.string().nullable(),
  lastError: z.string().nullable(),
  nextAttempt: z.string().nullable(),
  consecutiveFailures: z.number().int(),
  received: z.number().int(),
  stored: z.number().int(),
  rejected: z.number().int(),
  /** Records of this source waiting in quarantine. */
  quarantined: z.number().int(),
  progress: z.object({ done: z.number().int(), total: z.number().int(), records: z.number().int() }).nullable(),
  notes: z.array(sourceNoteSchema),
});

export const quarantineStatusSchema = z.enum(['pending', 'reprocessed', 'discarded']);

export const quarantineItemSchema = z.object({
  id: z.number().int(),
  sourceId: z.string(),
  stream: z.string(),
  /** The record as received (JSON text or XML). */
  raw: z.string(),
  reason: z.string(),
  receivedAt: z.string(),
  status: quarantineStatusSchema,
  resolvedAt: z.string().nullable(),
});

export const outboxItemSchema = z.object({
  id: z.number().int(),
  target: z.string(),
  kind: z.string(),
  subject: z.string(),
  idempotencyKey: z.string(),
  createdAt: z.string(),
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  /** Set when the upstream refused the item for good (a 4xx): it waits for an operator's retry. */
  heldReason: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  upstreamAck: z.string().nullable(),
});

export type ConnectorProtocol = z.infer<typeof connectorProtocolSchema>;
export type ConnectorTarget = z.infer<typeof connectorTargetSchema>;
export type SourceState = z.infer<typeof sourceStateSchema>;
export type CircuitState = z.infer<typeof circuitStateSchema>;
export type CredentialState = z.infer<typeof credentialStateSchema>;
export type SourceNote = z.infer<typeof sourceNoteSchema>;
export type SourceStatus = z.infer<typeof sourceStatusSchema>;
export type QuarantineItem = z.infer<typeof quarantineItemSchema>;
export type OutboxItemView = z.infer<typeof outboxItemSchema>;
