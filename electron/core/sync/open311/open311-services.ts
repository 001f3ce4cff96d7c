// Open311 service list and service definitions (attributes), validated and kept for the workflow's category
// mapping; an unreadable entry is quarantined, the rest kept.
import { z } from 'zod';
import { toVnIso } from '../../../../shared/model/periods.js';
import { writeGeoDocument } from '../../store/sync-state.js';
import type { PullRun } from '../connector.js';
import { quarantine, rawJson, type QuarantineInput } from '../quarantine-store.js';
import { parseJson, UpstreamError } from '../upstream-client.js';

const code = z.union([z.string().min(1), z.number()]).transform(String);
const flag = z.union([z.boolean(), z.enum(['true', 'false'])]).transform((v) => v === true || v === 'true');

export const serviceSchema = z.object({
  service_code: code,
  service_name: z.string(),
  description: z.string().nullish(),
  metadata: flag.default(false),
  type: z.enum(['realtime', 'batch', 'blackbox']).catch('realtime'),
  keywords: z.union([z.string(), z.array(z.string())]).nullish(),
  group: z.string().nullish(),
});

export const attributeSchema = z.object({
  variable: flag.default(true),
  code: code,
  datatype: z.enum(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist']),
  required: flag.default(false),
  datatype_description: z.string().nullish(),
  order: z.union([z.number(), z.string()]).transform(Number).nullish(),
  description: z.string().nullish(),
  values: z.array(z.object({ key: code, name: z.string() })).nullish(),
});

export const definitionSchema = z.object({ service_code: code, attributes: z.array(z.unknown()) });

/** Name of the cached document holding a connector's services and their definitions. */
export const servicesDocument = (sourceId: string) => `open311:${sourceId}:services`;

function issues(error: z.ZodError) {
  return error.issues.map((i) => `${i.path.join('.') || 'service'}: ${i.message}`).join('; ');
}

export async function pullServices(run: PullRun) {
  const body = parseJson((await run.client.request('services.json', { signal: run.signal })).text);
  if (!Array.isArray(body)) throw new UpstreamError('invalid-response', 'the Open311 service list is not a list');
  const bad: QuarantineInput[] = [];
  const services: Array<z.output<typeof serviceSchema> & { attributes?: z.output<typeof attributeSchema>[] }> = [];
  for (const raw of body) {
    const parsed = serviceSchema.safeParse(raw);
    if (parsed.success) services.push(parsed.data);
    else bad.push({ raw: rawJson(raw), reason: issues(parsed.error) });
  }
  for (const service of services.filter((s) => s.metadata)) {
    const answer = await run.client.request(`services/${encodeURIComponent(service.service_code)}.json`, { signal: run.signal });
    const definition = definitionSchema.safeParse(parseJson(answer.text));
    if (!definition.success) {
      bad.push({ raw: answer.text.slice(0, 100_000), reason: `definition of ${service.service_code}: ${issues(definition.error)}` });
      continue;
    }
    service.attributes = [];
    for (const raw of definition.data.attributes) {
      const attribute = attributeSchema.safeParse(raw);
      if (attribute.success) service.attributes.push(attribute.data);
      else bad.push({ raw: rawJson(raw), reason: `attribute of ${service.service_code}: ${issues(attribute.error)}` });
    }
  }
  const at = toVnIso(run.now());
  await run.db.transaction(async (tx) => {
    await quarantine(tx, run.sourceId, 'services', bad, at);
    await writeGeoDocument(tx, servicesDocument(run.sourceId), JSON.stringify(services), run.sourceId, at);
  });
  run.stats.rejected += bad.length;
  return services;
}
