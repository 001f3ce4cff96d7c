// CAP 1.2 warnings as a ResourceGroup under /cap/v1: an Atom index of the last two weeks' documents
// (alerts.atom, with an ETag) and each CAP document (alerts/{identifier}.xml). No authentication: public warnings.
import { formatLocal } from '../../shared/model/period-math.js';
import { conditional, type ApiContext, type ApiResponse, type ResourceGroup } from './api.js';
import { CAP_EPOCH_MS, EVENT_STEP_MS, eventDocuments, renderCap, type CapDocument } from './cap-data.js';

export const CAP_PREFIX = '/cap/v1';
const WINDOW_MS = 14 * 86_400_000;
const XML = 'application/cap+xml; charset=utf-8';
const ATOM = 'application/atom+xml; charset=utf-8';
const BROKEN = 'VN-DL-BROKEN-';

function documents(ctx: ApiContext): CapDocument[] {
  const nowMs = ctx.now();
  const first = Math.max(0, Math.floor((nowMs - WINDOW_MS - CAP_EPOCH_MS) / EVENT_STEP_MS));
  const last = Math.floor((nowMs - CAP_EPOCH_MS) / EVENT_STEP_MS);
  const docs: CapDocument[] = [];
  for (let n = first; n <= last; n++) docs.push(...eventDocuments(ctx.seed, ctx.geography.communes, n, nowMs));
  return docs;
}

const stamp = (ms: number) => formatLocal(ms - (ms % 1000));

/** Links are relative to the feed's own address (alerts/{identifier}.xml). */
function feed(ctx: ApiContext): string {
  const f = ctx.faults().sources.cap;
  const docs = documents(ctx);
  let entries = docs.map((d) => ({ id: d.identifier, updated: d.sentMs, title: `${d.msgType} ${d.identifier}` }));
  if (f.outOfOrder) {
    // Updates and cancels listed (and dated) before the alerts they replace.
    const byId = new Map(docs.map((d) => [d.identifier, d]));
    entries = entries.map((e) => {
      const ref = byId.get(e.id)?.references;
      return ref ? { ...e, updated: ref.sentMs - 60_000 } : e;
    });
  }
  // One broken document, dated with the newest real one so that the feed stays the same between pulls.
  if (f.invalidRecords && docs.length) entries.push({ id: `${BROKEN}${docs.length}`, updated: Math.max(...docs.map((d) => d.sentMs)), title: 'broken' });
  if (f.duplicates) entries = entries.flatMap((e, i) => (i % 3 === 0 ? [e, e] : [e]));
  const body = entries
    .map(
      (e) => `  <entry>
    <id>urn:oid:${e.id}</id>
    <title>${e.title}</title>
    <updated>${stamp(e.updated)}</updated>
    <link rel="alternate" type="application/cap+xml" href="alerts/${e.id}.xml"/>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>urn:daklak:ioc:cap</id>
  <title>Cảnh báo thiên tai, môi trường tỉnh Đắk Lắk</title>
  <updated>${stamp(entries.reduce((m, e) => Math.max(m, e.updated), CAP_EPOCH_MS))}</updated>
${body}
</feed>
`;
}

/** A CAP document that breaks the standard in several ways at once (no identifier, an open polygon). */
function broken(id: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <sender>kttv-taynguyen@daklak.gov.vn</sender><sent>hôm nay</sent><status>Actual</status><msgType>Alert</msgType><scope>Public</scope>
  <info><category>Met</category><event>Cảnh báo lũ (${id})</event><urgency>Expected</urgency><severity>Rất nặng</severity><certainty>Likely</certainty>
    <area><areaDesc>Không rõ</areaDesc><polygon>12.6,108.0 12.7,108.1</polygon></area></info>
</alert>
`;
}

const notFound = (what: string): ApiResponse => ({ status: 404, json: `<?xml version="1.0"?><error>${what}</error>`, contentType: 'application/xml; charset=utf-8' });

export const capApi: ResourceGroup = (ctx, req) => {
  const path = req.url.pathname.replace(/\/+$/, '');
  if (!path.startsWith(`${CAP_PREFIX}/`)) return undefined;
  if (req.method !== 'GET' && req.method !== 'HEAD') return { ...notFound('read-only'), status: 405 };
  const rest = path.slice(CAP_PREFIX.length);
  if (rest === '/alerts.atom') return conditional(req, { status: 200, json: feed(ctx), contentType: ATOM });
  const doc = /^\/alerts\/([^/]+)\.xml$/.exec(rest);
  if (doc) {
    const id = decodeURIComponent(doc[1]!);
    if (id.startsWith(BROKEN)) return { status: 200, json: broken(id), contentType: XML };
    const found = documents(ctx).find((d) => d.identifier === id);
    return found ? conditional(req, { status: 200, json: renderCap(found), contentType: XML }) : notFound(`no alert ${id}`);
  }
  return notFound(`no such resource: ${req.url.pathname}`);
};
