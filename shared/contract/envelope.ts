// Wire messages between a renderer and the engine, whatever the transport (MessagePort or WebSocket).
import { z } from 'zod';

export const callMessageSchema = z.object({
  type: z.literal('call'),
  id: z.union([z.string().min(1).max(64), z.number().int()]),
  method: z.string().min(1).max(100),
  params: z.unknown().optional(),
});

export const errorCodeSchema = z.enum([
  'malformed-message',
  'unknown-method',
  'invalid-params',
  'not-found',
  /** No signed-in session on this seat, or the session is locked or expired. */
  'unauthenticated',
  'forbidden',
  /** Too many attempts (sign-in); retry later. */
  'rate-limited',
  'unavailable',
  'internal',
]);

export const engineErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  /** For invalid-params: where and what, one line each. */
  issues: z.array(z.string()).optional(),
});

export const resultMessageSchema = z.object({
  type: z.literal('result'),
  id: z.union([z.string(), z.number()]),
  result: z.unknown(),
});

export const errorMessageSchema = z.object({
  type: z.literal('error'),
  id: z.union([z.string(), z.number(), z.null()]),
  error: engineErrorSchema,
});

export const eventMessageSchema = z.object({
  type: z.literal('event'),
  event: z.string(),
  payload: z.unknown(),
});

export const serverMessageSchema = z.discriminatedUnion('type', [
  resultMessageSchema,
  errorMessageSchema,
  eventMessageSchema,
]);

export type CallMessage = z.infer<typeof callMessageSchema>;
export type ErrorCode = z.infer<typeof errorCodeSchema>;
export type EngineErrorPayload = z.infer<typeof engineErrorSchema>;
export type ServerMessage = z.infer<typeof serverMessageSchema>;

/** A typed failure the engine returns instead of crashing. */
export class EngineError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: string[],
  ) {
    super(message);
    this.name = 'EngineError';
  }

  toPayload(): EngineErrorPayload {
    return { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) };
  }
}
