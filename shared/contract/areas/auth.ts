// Sign-in, sessions, accounts and wall devices (issue 8 items 1–2). Credentials never come back in a result.
import { z } from 'zod';
import { roleSchema } from '../roles.js';
import { isoDateTime, noParams, type MethodSpec } from './common.js';

export const username = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'a user name is lower-case letters, digits, ".", "_" or "-"');
export const password = z.string().min(1).max(256);
/** A new password: long enough to resist guessing, short enough to hash cheaply. */
export const newPassword = z.string().min(12, 'a password has at least 12 characters').max(256);
const displayName = z.string().trim().min(1).max(120);
const entityId = z.string().min(1).max(64).regex(/^[A-Za-z0-9._:-]+$/);

export const sessionUserSchema = z.object({
  accountId: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(roleSchema),
  /** Catalog agency key for agency roles. */
  agencyId: z.string().nullable(),
  /** Police unit (or "ioc") for camera grants. */
  unitId: z.string().nullable(),
  kind: z.enum(['local', 'sso', 'device']),
});

export const signInFailureSchema = z.object({
  code: z.enum(['audience', 'expired', 'signature', 'state', 'nonce', 'provider', 'not-registered', 'disabled', 'other']),
  message: z.string(),
});

export const sessionStateSchema = z.object({
  state: z.enum(['signed-out', 'signed-in', 'locked']),
  user: sessionUserSchema.nullable(),
  /** Contract methods this session may call: the UI hides the rest (the engine refuses them anyway). */
  permissions: z.array(z.string()),
  /** Seconds of inactivity before the session locks; null for devices. */
  idleLockSeconds: z.number().int().nullable(),
  expiresAt: z.string().nullable(),
  sso: z.object({ enabled: z.boolean() }),
  /** A wall connection whose device is not (or no longer) provisioned: it shows no sign-in prompt. */
  device: z.object({ unprovisioned: z.boolean() }).nullable(),
  /** The last single sign-on attempt of this seat failed. */
  lastFailure: signInFailureSchema.nullable(),
});

export const accountSchema = z.object({
  accountId: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(roleSchema),
  agencyId: z.string().nullable(),
  unitId: z.string().nullable(),
  ssoSubject: z.string().nullable(),
  hasPassword: z.boolean(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});

export const deviceSchema = z.object({
  deviceId: z.string(),
  name: z.string(),
  enrolled: z.boolean(),
  revoked: z.boolean(),
  createdAt: z.string(),
  lastSeen: z.string().nullable(),
});

const accountFields = {
  displayName,
  roles: z.array(roleSchema).min(1).max(8),
  agencyId: z.string().max(64).nullable().optional(),
  unitId: entityId.nullable().optional(),
  ssoSubject: z.string().min(1).max(255).nullable().optional(),
};

export const authMethods = {
  'auth.session': { params: noParams, result: sessionStateSchema },
  'auth.login': { params: z.object({ username, password }).strict(), result: sessionStateSchema },
  'auth.logout': { params: noParams, result: sessionStateSchema },
  'auth.lock': { params: noParams, result: sessionStateSchema },
  'auth.unlock': { params: z.object({ password }).strict(), result: sessionStateSchema },
  /** The person at the screen did something (key, pointer): postpones the idle lock. */
  'auth.touch': { params: noParams, result: z.object({ locksAt: z.string().nullable() }) },
  'auth.changePassword': { params: z.object({ current: password, next: newPassword }).strict(), result: z.object({ changed: z.literal(true) }) },
  /** Starts single sign-on: the page goes to `url` (navigate) or opens it in the system browser (external). */
  'auth.sso.begin': { params: noParams, result: z.object({ url: z.string(), mode: z.enum(['navigate', 'external']) }) },

  'access.accounts.list': { params: noParams, result: z.object({ accounts: z.array(accountSchema) }) },
  'access.accounts.create': {
    params: z.object({ username, ...accountFields, password: newPassword.optional() }).strict(),
    result: accountSchema,
  },
  'access.accounts.update': {
    params: z
      .object({
        accountId: entityId,
        displayName: displayName.optional(),
        roles: accountFields.roles.optional(),
        agencyId: accountFields.agencyId,
        unitId: accountFields.unitId,
        ssoSubject: accountFields.ssoSubject,
        disabled: z.boolean().optional(),
        password: newPassword.optional(),
        unlock: z.literal(true).optional(),
      })
      .strict(),
    result: accountSchema,
  },
  'access.devices.list': { params: noParams, result: z.object({ devices: z.array(deviceSchema) }) },
  /** A wall display: returns a one-time enrolment code, valid `validMinutes`, to be opened once on the device. */
  'access.devices.enrol': {
    params: z.object({ name: displayName, validMinutes: z.number().int().min(1).max(1440).default(30) }).strict(),
    result: z.object({ device: deviceSchema, enrolmentCode: z.string(), expiresAt: isoDateTime }),
  },
  'access.devices.revoke': { params: z.object({ deviceId: entityId }).strict(), result: deviceSchema },
} as const satisfies Record<string, MethodSpec>;

export const authEvents = {
  /** This seat's session changed (signed in, locked, signed out, expired). */
  'auth.session': sessionStateSchema,
} as const;
