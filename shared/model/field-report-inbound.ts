// A citizen's field report ("phản ánh hiện trường") as any connector hands it to the engine, whatever the
// upstream (Open311 GeoReport v2, the provincial data-sharing API …). Connectors map their records to this
// shape; the field-report workflow takes it from there. Identity fields travel apart from the report.
import { z } from 'zod';

export const reportChannelSchema = z.enum(['app', 'web-portal', 'hotline-1022', 'social-media', 'other']);

export const reporterIdentitySchema = z
  .object({
    name: z.string().max(200).optional(),
    phone: z.string().max(40).optional(),
    email: z.string().max(200).optional(),
    /** The reporter's account at the upstream system, when it has one. */
    accountId: z.string().max(200).optional(),
  })
  .strict();

export const inboundFieldReportSchema = z
  .object({
    /** Id at the upstream (Open311 service_request_id); unique per source. */
    externalId: z.string().min(1).max(200),
    /** Category code at the upstream (Open311 service_code); mapped to the console's categories by the workflow. */
    category: z.string().max(100),
    description: z.string().max(10_000),
    lat: z.number().min(-90).max(90).nullable(),
    lon: z.number().min(-180).max(180).nullable(),
    address: z.string().max(1000).nullable(),
    /** Commune/ward code when the upstream says; the workflow locates it from lat/lon otherwise. */
    communeCode: z.string().max(20).nullable(),
    mediaUrls: z.array(z.string().max(2000)).max(20),
    channel: reportChannelSchema,
    /** ISO 8601 with offset. */
    reportedAt: z.string(),
    updatedAt: z.string(),
    /** The upstream's own coarse status (Open311 knows only open and closed). */
    upstreamStatus: z.enum(['open', 'closed']),
    statusNotes: z.string().max(10_000).nullable(),
    /** Processing agency named by the upstream (Open311 agency_responsible), if any. */
    agencyResponsible: z.string().max(300).nullable(),
    reporter: reporterIdentitySchema.nullable(),
  })
  .strict();

export type ReportChannel = z.infer<typeof reportChannelSchema>;
export type ReporterIdentity = z.infer<typeof reporterIdentitySchema>;
export type InboundFieldReport = z.infer<typeof inboundFieldReportSchema>;

/**
 * Where connectors deliver field reports: inside the transaction that also stores the page's cursor and
 * quarantine, so a batch lands whole or not at all. Returns how many reports were new or changed.
 */
export interface FieldReportSink<Tx> {
  accept(tx: Tx, sourceId: string, reports: readonly InboundFieldReport[], receivedAt: string): Promise<number>;
}
