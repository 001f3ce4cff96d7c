// The provincial data-sharing API's field-report records (snake_case, as the gateway publishes them) mapped
// to the InboundFieldReport every connector produces. A record that cannot be read is quarantined with the
// reason; one that can is handed to the sink, which flags what is doubtful.
import { z } from 'zod';
import { inboundFieldReportSchema, type InboundFieldReport } from '../../../../shared/model/field-report-inbound.js';

export const provincialFieldReportSchema = z.object({
  id: z.string().min(1, 'the report has no id'),
  category_code: z.string().max(100),
  description: z.string().max(10_000),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  address: z.string().max(1000).nullable(),
  commune_code: z.string().max(20).nullable(),
  media_urls: z.array(z.string().max(2000)).max(20),
  channel: z.string(),
  reported_at: z.string(),
  updated_at: z.string(),
  status: z.enum(['open', 'closed']),
  status_notes: z.string().max(10_000).nullable(),
  agency_responsible: z.string().max(300).nullable(),
  reporter: z.object({ name: z.string().max(200).optional(), phone: z.string().max(40).optional(), email: z.string().max(200).optional() }).nullable(),
});

export const provincialFieldReportPageSchema = z.object({
  items: z.array(z.unknown()),
  next_page_token: z.string().nullable(),
  as_of: z.string(),
});

const CHANNELS = new Set(['app', 'web-portal', 'hotline-1022', 'social-media']);

export type MappedRecord = { ok: true; report: InboundFieldReport } | { ok: false; reason: string };

export function mapProvincialFieldReport(raw: unknown): MappedRecord {
  const parsed = provincialFieldReportSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ') };
  const r = parsed.data;
  const report = inboundFieldReportSchema.parse({
    externalId: r.id,
    category: r.category_code,
    description: r.description,
    lat: r.lat === null || r.lon === null ? null : r.lat,
    lon: r.lat === null || r.lon === null ? null : r.lon,
    address: r.address,
    communeCode: r.commune_code,
    mediaUrls: r.media_urls,
    channel: CHANNELS.has(r.channel) ? r.channel : 'other',
    reportedAt: r.reported_at,
    updatedAt: r.updated_at,
    upstreamStatus: r.status,
    statusNotes: r.status_notes,
    agencyResponsible: r.agency_responsible,
    reporter: r.reporter,
  });
  return { ok: true, report };
}
