// The agency directory (Art. 4.3): processing agencies, the categories each handles, one leader and one focal
// person each with their dates, and the warnings when either is missing or a successor is late. Also the
// working calendar's adjustment table (compensatory days off), which the deadlines depend on.
import { z } from 'zod';
import { type MethodSpec } from './common.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
export const contactRoleSchema = z.enum(['leader', 'focal']);
export const agencyKindSchema = z.enum(['department', 'police', 'commune', 'public-service', 'central']);

export const agencyContactSchema = z.object({
  id: z.number().int(),
  role: contactRoleSchema,
  name: z.string(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  fromDate: z.string(),
  toDate: z.string().nullable(),
  decisionRef: z.string().nullable(),
});

export const directoryWarningSchema = z.object({
  code: z.enum(['missing', 'successor-overdue', 'successor-pending']),
  role: contactRoleSchema,
  /** For successor warnings: the day the person left, and the last day to name a successor. */
  since: z.string().nullable(),
  deadline: z.string().nullable(),
});

export const agencySchema = z.object({
  key: z.string(),
  name: z.object({ vi: z.string(), en: z.string() }),
  kind: agencyKindSchema,
  communeCode: z.string().nullable(),
  categories: z.array(z.string()),
  contacts: z.array(agencyContactSchema),
  warnings: z.array(directoryWarningSchema),
});

const text = (max: number) => z.string().trim().min(1).max(max);

export const agencyMethods = {
  'agencies.list': {
    params: z.object({ kind: agencyKindSchema.optional() }).strict(),
    result: z.object({ agencies: z.array(agencySchema), asOf: z.string() }),
  },
  'agencies.saveContact': {
    params: z
      .object({
        agencyKey: text(100),
        role: contactRoleSchema,
        name: text(200),
        title: text(200).optional(),
        phone: z.string().trim().max(40).optional(),
        email: z.string().trim().email().max(200).optional(),
        fromDate: date,
        decisionRef: text(200).optional(),
      })
      .strict(),
    result: agencySchema,
  },
  'agencies.endContact': {
    params: z.object({ contactId: z.number().int().positive(), toDate: date }).strict(),
    result: agencySchema,
  },
  'agencies.setCategories': {
    params: z.object({ agencyKey: text(100), categories: z.array(text(100)).max(50) }).strict(),
    result: agencySchema,
  },
  'calendar.year': {
    params: z.object({ year: z.number().int().min(2000).max(2100) }).strict(),
    result: z.object({
      days: z.array(z.object({ date: z.string(), working: z.boolean(), kind: z.string(), name: z.object({ vi: z.string(), en: z.string() }).nullable(), note: z.string().nullable() })),
      adjustments: z.array(z.object({ date: z.string(), kind: z.enum(['day-off', 'working-day']), note: z.string() })),
    }),
  },
  'calendar.setAdjustment': {
    params: z.object({ date, kind: z.enum(['day-off', 'working-day']), note: text(300) }).strict(),
    /** How many open reports had their deadline moved. */
    result: z.object({ rescheduled: z.number().int() }),
  },
  'calendar.removeAdjustment': {
    params: z.object({ date }).strict(),
    result: z.object({ rescheduled: z.number().int() }),
  },
} as const satisfies Record<string, MethodSpec>;

export type Agency = z.infer<typeof agencySchema>;
export type AgencyContact = z.infer<typeof agencyContactSchema>;
export type DirectoryWarning = z.infer<typeof directoryWarningSchema>;
