// Validates a catalog and checks what a schema alone cannot: unique ids, known agencies, one headline,
// and that every KPI can be drawn by its chart kind.
import { chartProblems } from './chart-rules.js';
import { catalogSchema, type Catalog } from './schema.js';

export class CatalogError extends Error {
  constructor(readonly problems: string[]) {
    super(`catalog is invalid:\n- ${problems.join('\n- ')}`);
    this.name = 'CatalogError';
  }
}

/** Names the entry a zod issue path points at, e.g. `domains[2] (health) > kpis[1] (health.beds)`. */
function describePath(raw: unknown, path: PropertyKey[]): string {
  const parts: string[] = [];
  let node: unknown = raw;
  for (const key of path) {
    node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const id = node && typeof node === 'object' ? ((node as { id?: unknown; key?: unknown }).id ?? (node as { key?: unknown }).key) : undefined;
      parts[parts.length - 1] += `[${key}]${typeof id === 'string' ? ` (${id})` : ''}`;
    } else {
      parts.push(String(key));
    }
  }
  return parts.join(' > ');
}

export function loadCatalog(raw: unknown): Catalog {
  const parsed = catalogSchema.safeParse(raw);
  if (!parsed.success) {
    throw new CatalogError(parsed.error.issues.map((i) => `${describePath(raw, i.path)}: ${i.message}`));
  }
  const catalog = parsed.data;
  const problems: string[] = [];
  const agencyKeys = new Set(catalog.agencies.map((a) => a.key));
  const seenDomains = new Set<string>();
  const seenKpis = new Set<string>();
  for (const domain of catalog.domains) {
    if (seenDomains.has(domain.key)) problems.push(`domain ${domain.key}: duplicate key`);
    seenDomains.add(domain.key);
    const headlines = domain.kpis.filter((k) => k.headline).length;
    if (headlines !== 1) problems.push(`domain ${domain.key}: needs exactly one headline KPI, has ${headlines}`);
    for (const kpi of domain.kpis) {
      if (seenKpis.has(kpi.id)) problems.push(`KPI ${kpi.id}: duplicate id`);
      seenKpis.add(kpi.id);
      if (!kpi.id.startsWith(`${domain.key}.`)) problems.push(`KPI ${kpi.id}: id must start with "${domain.key}."`);
      if (!agencyKeys.has(kpi.agency)) problems.push(`KPI ${kpi.id}: unknown agency "${kpi.agency}"`);
      for (const problem of chartProblems(kpi)) problems.push(`KPI ${kpi.id} (chart "${kpi.chart}"): ${problem}`);
    }
  }
  if (problems.length > 0) throw new CatalogError(problems);
  return catalog;
}

export function findKpi(catalog: Catalog, kpiId: string) {
  for (const domain of catalog.domains) {
    const kpi = domain.kpis.find((k) => k.id === kpiId);
    if (kpi) return { domain, kpi };
  }
  return undefined;
}

export function allKpis(catalog: Catalog) {
  return catalog.domains.flatMap((d) => d.kpis);
}
