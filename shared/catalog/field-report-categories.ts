// The categories of citizen field reports the workflow knows, with their handling time in working days and
// who handles them by default: the People's Committee of the report's commune/ward, or a named agency.
// Data, validated at load (DESIGN.md invariant 5); the keys are those of the field-reports domain's KPIs.
import { z } from 'zod';
import { localizedTextSchema } from './schema.js';

export const fieldReportCategorySchema = z
  .object({
    key: z.string().regex(/^[a-z0-9-]+$/),
    name: localizedTextSchema,
    /** Working days from forwarding to the agency until the result is due. */
    handlingDays: z.number().int().min(1).max(60),
    /** 'commune': the UBND of the report's commune; an agency key; or null when the IOC must choose. */
    defaultHandler: z.union([z.literal('commune'), z.string().min(1), z.null()]),
    /** Codes the upstreams use for this category (Open311 service_code …), besides the key itself. */
    upstreamCodes: z.array(z.string().min(1)),
  })
  .strict();

export const escalationPolicySchema = z
  .object({
    /** The reminder to the focal person goes at the start of the n-th last working day before the deadline. */
    remindBeforeWorkingDays: z.number().int().min(1).max(10),
    /** Escalation to the IOC supervisors once this many working days have ended past the deadline. */
    escalateAfterWorkingDays: z.number().int().min(1).max(30),
  })
  .strict();

export type FieldReportCategory = z.infer<typeof fieldReportCategorySchema>;
export type EscalationPolicy = z.infer<typeof escalationPolicySchema>;

const categoriesSchema = z.array(fieldReportCategorySchema).superRefine((list, ctx) => {
  const seen = new Map<string, string>();
  for (const c of list) {
    for (const code of [c.key, ...c.upstreamCodes]) {
      const owner = seen.get(code);
      if (owner) ctx.addIssue({ code: 'custom', message: `code "${code}" belongs to both ${owner} and ${c.key}` });
      seen.set(code, c.key);
    }
  }
});

export function loadFieldReportCategories(input: unknown): FieldReportCategory[] {
  return categoriesSchema.parse(input);
}

export const FIELD_REPORT_CATEGORIES: readonly FieldReportCategory[] = loadFieldReportCategories([
  { key: 'lan-chiem-long-le-duong', name: { vi: 'Lấn chiếm lòng, lề đường', en: 'Encroachment on roads and sidewalks' }, handlingDays: 5, defaultHandler: 'commune', upstreamCodes: ['LCLD'] },
  { key: 'xay-dung-khong-phep', name: { vi: 'Xây dựng không phép', en: 'Unlicensed construction' }, handlingDays: 7, defaultHandler: 'commune', upstreamCodes: ['XDKP'] },
  { key: 'quang-cao-sai-quy-dinh', name: { vi: 'Quảng cáo sai quy định', en: 'Illegal advertising' }, handlingDays: 5, defaultHandler: 'commune', upstreamCodes: ['QCSQD'] },
  { key: 'nuoc-thai', name: { vi: 'Nước thải', en: 'Waste water' }, handlingDays: 7, defaultHandler: 'so-nong-nghiep-moi-truong', upstreamCodes: ['NT'] },
  { key: 'rac-thai', name: { vi: 'Rác thải', en: 'Garbage' }, handlingDays: 3, defaultHandler: 'commune', upstreamCodes: ['RT'] },
  { key: 'ha-tang-giao-thong', name: { vi: 'Hư hỏng hạ tầng giao thông', en: 'Road damage' }, handlingDays: 10, defaultHandler: 'so-xay-dung', upstreamCodes: ['HTGT'] },
  { key: 'chieu-sang', name: { vi: 'Chiếu sáng công cộng', en: 'Street lighting' }, handlingDays: 5, defaultHandler: 'commune', upstreamCodes: ['CSCC'] },
  { key: 'trat-tu-do-thi', name: { vi: 'Trật tự đô thị', en: 'Urban order' }, handlingDays: 3, defaultHandler: 'commune', upstreamCodes: ['TTDT'] },
  { key: 'khac', name: { vi: 'Lĩnh vực khác', en: 'Other' }, handlingDays: 10, defaultHandler: null, upstreamCodes: ['KHAC'] },
]);

export const DEFAULT_ESCALATION_POLICY: EscalationPolicy = escalationPolicySchema.parse({ remindBeforeWorkingDays: 1, escalateAfterWorkingDays: 2 });
