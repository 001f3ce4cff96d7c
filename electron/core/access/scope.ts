// Scoping that the matrix declares and dispatch applies for areas that do not know about access: an agency
// role reaches only its agency's KPIs; anonymous callers get a reduced hello. (Camera scoping, by police unit,
// is applied by the cameras module itself.)
import type { Catalog } from '../../../shared/catalog/schema.js';
import { ACCESS_MATRIX, type AccessRule, type Grant } from '../../../shared/contract/access-matrix.js';
import { EngineError } from '../../../shared/contract/envelope.js';
import type { MethodName, Params, Result } from '../../../shared/contract/methods.js';
import type { Session } from './sessions.js';

type Narrow = {
  [M in MethodName]?: {
    params?: (params: Params<M>, session: Session | null, catalog: Catalog) => Params<M>;
    result?: (result: Result<M>, session: Session | null, catalog: Catalog) => Result<M>;
  };
};

function kpiAgency(catalog: Catalog, kpiId: string): string | undefined {
  for (const domain of catalog.domains) for (const kpi of domain.kpis) if (kpi.id === kpiId) return kpi.agency;
  return undefined;
}

function requireOwnKpi(catalog: Catalog, session: Session | null, kpiId: string): void {
  const agency = kpiAgency(catalog, kpiId);
  // Unknown KPIs fall through to the handler, which answers not-found.
  if (agency !== undefined && agency !== session?.user.agencyId) throw new EngineError('forbidden', `${kpiId} belongs to another agency`);
}

/** Applied when the grant is "allowed-scoped" (agency scope) or the caller is anonymous (redact). */
export const SCOPE_NARROWING: Narrow = {
  'kpi.series': {
    params: (p, s, c) => {
      requireOwnKpi(c, s, p.kpiId);
      return p;
    },
  },
  'kpi.breakdown': {
    params: (p, s, c) => {
      requireOwnKpi(c, s, p.kpiId);
      return p;
    },
  },
  'kpi.matrix': {
    params: (p, s, c) => {
      requireOwnKpi(c, s, p.kpiId);
      return p;
    },
  },
  'kpi.breaches': {
    result: (r, s, c) => ({ ...r, breaches: r.breaches.filter((b) => kpiAgency(c, b.kpiId) === s?.user.agencyId) }),
  },
  'kpi.latest': {
    params: (p, s, c) => ({ ...p, kpiIds: p.kpiIds.filter((id) => kpiAgency(c, id) === s?.user.agencyId) }),
  },
  'catalog.get': {
    result: (catalog, s) => {
      const domains = catalog.domains
        .map((d) => ({ ...d, kpis: d.kpis.filter((k) => k.agency === s?.user.agencyId) }))
        .filter((d) => d.kpis.length > 0);
      if (domains.length === 0) throw new EngineError('forbidden', 'your agency has no indicators in the catalog');
      return { ...catalog, domains };
    },
  },
  'system.hello': {
    result: (hello, s) => (s ? hello : { ...hello, dataDir: '', notices: [] }),
  },
};

function applies(method: MethodName, grant: Grant, session: Session | null): boolean {
  const rule = (ACCESS_MATRIX as Record<string, AccessRule>)[method];
  if (rule?.scope === 'redact') return session === null;
  return rule?.scope === 'agency' && grant === 'allowed-scoped';
}

export function narrowParams<M extends MethodName>(method: M, params: Params<M>, grant: Grant, session: Session | null, catalog: Catalog): Params<M> {
  const narrow = SCOPE_NARROWING[method]?.params as ((p: Params<M>, s: Session | null, c: Catalog) => Params<M>) | undefined;
  return narrow && applies(method, grant, session) ? narrow(params, session, catalog) : params;
}

export function narrowResult<M extends MethodName>(method: M, result: Result<M>, grant: Grant, session: Session | null, catalog: Catalog): Result<M> {
  const narrow = SCOPE_NARROWING[method]?.result as ((r: Result<M>, s: Session | null, c: Catalog) => Result<M>) | undefined;
  return narrow && applies(method, grant, session) ? narrow(result, session, catalog) : result;
}
