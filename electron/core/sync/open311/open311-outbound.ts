// What the console sends to an Open311 server about a field report: status changes, comments and
// acknowledgements, through the outbox. Open311 knows only open and closed; the console's richer workflow
// state travels in status_notes. The server extension used (POST requests/{id}/updates.json with an
// Idempotency-Key header) is described in electron/simulator/openapi.yaml.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Database } from '../../store/database.js';
import { enqueueOutbox } from '../../outbox/outbox-store.js';
import type { OutboxItem } from '../../outbox/outbox-store.js';
import { PermanentDeliveryError } from '../../outbox/outbox-sender.js';
import { parseJson, UpstreamError, type UpstreamClient } from '../upstream-client.js';

export const OPEN311_UPDATE_KINDS = ['field-report.status', 'field-report.comment', 'field-report.ack'] as const;

export const open311UpdateSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('field-report.status'),
    externalId: z.string().min(1).max(200),
    status: z.enum(['open', 'closed']),
    /** The console's own state, e.g. "forwarded to agency", in words for the citizen. */
    statusNotes: z.string().max(4000),
  }),
  z.object({ kind: z.literal('field-report.comment'), externalId: z.string().min(1).max(200), comment: z.string().min(1).max(4000) }),
  z.object({ kind: z.literal('field-report.ack'), externalId: z.string().min(1).max(200), statusNotes: z.string().max(4000) }),
]);

export type Open311Update = z.infer<typeof open311UpdateSchema>;

/**
 * Queues an update inside the caller's transaction (the one that makes the local change). `actionId` names the
 * operator's action (e.g. the workflow transition id): the same action always gives the same idempotency key.
 */
export async function enqueueOpen311Update(tx: Database, target: string, actionId: string, update: Open311Update, at: string) {
  const parsed = open311UpdateSchema.parse(update);
  const idempotencyKey = createHash('sha256').update(`${target}\n${actionId}`).digest('hex').slice(0, 40);
  return enqueueOutbox(tx, { idempotencyKey, target, kind: parsed.kind, subject: parsed.externalId, payload: parsed }, at);
}

const ackSchema = z.array(z.object({ update_id: z.union([z.string(), z.number()]).transform(String) }).passthrough()).min(1);

/** Statuses that say the request will never be taken as it is; anything else is retried. */
const PERMANENT = new Set([400, 401, 403, 404, 410, 413, 422]);

function formOf(update: Open311Update): Record<string, string | undefined> {
  switch (update.kind) {
    case 'field-report.status':
      return { kind: 'status', status: update.status, status_notes: update.statusNotes };
    case 'field-report.comment':
      return { kind: 'comment', comment: update.comment };
    case 'field-report.ack':
      return { kind: 'acknowledgement', status_notes: update.statusNotes };
  }
}

/** Posts one outbox item; resolves with the server's update id. */
export async function deliverOpen311Update(client: UpstreamClient, item: OutboxItem, signal: AbortSignal): Promise<string> {
  const update = open311UpdateSchema.safeParse({ kind: item.kind, ...(item.payload as object) });
  if (!update.success) throw new PermanentDeliveryError(`the queued update is not one Open311 can take: ${update.error.issues.map((i) => i.message).join('; ')}`);
  try {
    const answer = await client.request(`requests/${encodeURIComponent(update.data.externalId)}/updates.json`, {
      method: 'POST',
      form: formOf(update.data),
      headers: { 'idempotency-key': item.idempotencyKey },
      signal,
    });
    const ack = ackSchema.safeParse(parseJson(answer.text));
    if (!ack.success) throw new UpstreamError('invalid-response', 'the Open311 server acknowledged without an update id');
    return ack.data[0]!.update_id;
  } catch (error) {
    if (error instanceof UpstreamError && error.kind !== 'unauthorized' && PERMANENT.has(error.status ?? 0)) throw new PermanentDeliveryError(error.message);
    throw error;
  }
}
