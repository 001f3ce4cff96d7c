// Reads one CAP 1.2 alert (OASIS Common Alerting Protocol, XML) into the console's Alert shape, or says
// what is wrong with it: not XML, another namespace, a required element missing, a bad polygon …
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Alert, AlertArea, AlertKind, AlertText } from '../../../../shared/contract/areas/alerts.js';
import { toVnIso } from '../../../../shared/model/periods.js';

export const CAP_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.2';

export type ParsedAlert = Omit<Alert, 'state' | 'supersededBy' | 'sourceId' | 'receivedAt'>;
export type CapReading = { ok: true; alert: ParsedAlert } | { ok: false; reason: string };

const LISTS = new Set(['info', 'area', 'polygon', 'circle', 'geocode', 'category', 'eventCode', 'parameter', 'responseType', 'resource', 'entry', 'link']);

export const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => LISTS.has(name),
});

type Node = Record<string, unknown>;

const STATUS = ['Actual', 'Exercise', 'System', 'Test', 'Draft'] as const;
const MSG_TYPES = ['Alert', 'Update', 'Cancel', 'Ack', 'Error'] as const;
const SCOPES = ['Public', 'Restricted', 'Private'] as const;
const SEVERITIES = ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Text content of an element that may carry attributes. */
function str(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (value && typeof value === 'object' && '#text' in value) return str((value as Node)['#text']);
  return null;
}

function list(value: unknown): Node[] {
  return Array.isArray(value) ? (value as Node[]) : value === undefined ? [] : [value as Node];
}

function time(value: unknown, field: string, problems: string[], required = false): string | null {
  const text = str(value);
  if (!text) {
    if (required) problems.push(`${field}: missing`);
    return null;
  }
  if (!DATE.test(text) || Number.isNaN(Date.parse(text))) {
    problems.push(`${field}: "${text}" is not a CAP date-time (e.g. 2026-12-03T10:30:00+07:00)`);
    return null;
  }
  return toVnIso(new Date(Date.parse(text)));
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string, problems: string[]): T {
  const text = str(value);
  if (text && (allowed as readonly string[]).includes(text)) return text as T;
  problems.push(`${field}: ${text ? `"${text}" is not one of ${allowed.join(', ')}` : 'missing'}`);
  return allowed[0]!;
}

function pairs(text: string, field: string, problems: string[]): [number, number][] | null {
  const points = text.trim().split(/\s+/).map((p) => p.split(',').map(Number));
  if (points.some((p) => p.length !== 2 || p.some((n) => !Number.isFinite(n)) || Math.abs(p[0]!) > 90 || Math.abs(p[1]!) > 180)) {
    problems.push(`${field}: expected "lat,lon" pairs separated by spaces`);
    return null;
  }
  return points.map(([lat, lon]) => [lon!, lat!]);
}

function readArea(node: Node, index: number, problems: string[]): AlertArea {
  const field = `area[${index}]`;
  const description = str(node.areaDesc);
  if (!description) problems.push(`${field}.areaDesc: missing`);
  const polygons: [number, number][][] = [];
  for (const p of list(node.polygon)) {
    const ring = pairs(str(p) ?? '', `${field}.polygon`, problems);
    if (!ring) continue;
    const [first, last] = [ring[0]!, ring[ring.length - 1]!];
    if (ring.length < 4 || first[0] !== last[0] || first[1] !== last[1]) problems.push(`${field}.polygon: needs at least four points, the first repeated at the end`);
    else polygons.push(ring);
  }
  const circles: AlertArea['circles'] = [];
  for (const c of list(node.circle)) {
    const m = /^(\S+)\s+(\S+)$/.exec(str(c) ?? '');
    const center = m ? pairs(m[1]!, `${field}.circle`, problems) : null;
    const radius = m ? Number(m[2]) : NaN;
    if (!center || !(radius >= 0)) problems.push(`${field}.circle: expected "lat,lon radius-km"`);
    else circles.push({ center: center[0]!, radiusKm: radius });
  }
  const geocodes = list(node.geocode).map((g) => ({ name: str(g.valueName) ?? '', value: str(g.value) ?? '' }));
  return { description: description ?? '', polygons, circles, geocodes };
}

const KIND_WORDS: [AlertKind, RegExp][] = [
  ['forest-fire', /cháy rừng|forest fire|wildfire/i],
  ['landslide', /sạt lở|lở đất|landslide/i],
  ['flood', /lũ|ngập|flood/i],
  ['air-quality', /không khí|air quality|\baqi\b|bụi mịn/i],
  ['storm', /bão|áp thấp|storm|typhoon/i],
];

function kindOf(info: Node[], texts: string[]): AlertKind {
  for (const i of info) {
    for (const code of list(i.eventCode)) {
      const value = str(code.value);
      if (str(code.valueName) === 'IOC-DAKLAK' && value && KIND_WORDS.some(([k]) => k === value)) return value as AlertKind;
    }
  }
  for (const [kind, words] of KIND_WORDS) if (texts.some((t) => words.test(t))) return kind;
  return 'other';
}

function byLanguage(info: Node[], key: string): AlertText {
  const out: AlertText = { vi: null, en: null };
  for (const i of info) {
    const lang = (str(i.language) ?? 'en-US').toLowerCase();
    const slot = lang.startsWith('vi') ? 'vi' : lang.startsWith('en') ? 'en' : null;
    if (slot && out[slot] === null) out[slot] = str(i[key]);
  }
  return out;
}

/** The namespace of the root <alert> (default or prefixed); the parser drops xmlns attributes with the prefixes. */
function rootNamespace(xml: string): string | null {
  const root = /<(?:([\w.-]+):)?alert\b([^>]*)>/.exec(xml);
  if (!root) return null;
  const attr = root[1] ? `xmlns:${root[1]}` : 'xmlns';
  const m = new RegExp(`\\s${attr.replace('.', '\\.')}\\s*=\\s*["']([^"']*)["']`).exec(root[2] ?? '');
  return m?.[1] ?? null;
}

export function parseCapAlert(xml: string): CapReading {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { ok: false, reason: `not well-formed XML: ${valid.err.msg} (line ${valid.err.line})` };
  const doc = xmlParser.parse(xml) as Node;
  const alert = doc.alert as Node | undefined;
  if (!alert || typeof alert !== 'object') return { ok: false, reason: 'the document has no <alert> root element' };
  const ns = rootNamespace(xml);
  if (ns !== CAP_NAMESPACE) return { ok: false, reason: `the alert is not CAP 1.2 (namespace ${ns ? `"${ns}"` : 'missing'})` };
  const problems: string[] = [];
  const identifier = str(alert.identifier);
  const sender = str(alert.sender);
  if (!identifier) problems.push('identifier: missing');
  if (!sender) problems.push('sender: missing');
  const sent = time(alert.sent, 'sent', problems, true);
  const status = oneOf(alert.status, STATUS, 'status', problems);
  const msgType = oneOf(alert.msgType, MSG_TYPES, 'msgType', problems);
  const scope = oneOf(alert.scope, SCOPES, 'scope', problems);
  const references = (str(alert.references) ?? '').split(/\s+/).filter(Boolean).map((r) => r.split(',')[1] ?? r);
  if ((msgType === 'Update' || msgType === 'Cancel') && references.length === 0) problems.push(`references: an ${msgType} must name the alerts it replaces`);
  const info = list(alert.info);
  if (info.length === 0 && msgType !== 'Cancel' && msgType !== 'Ack' && msgType !== 'Error') problems.push('info: missing');
  const first = info[0] ?? {};
  info.forEach((i, n) => {
    if (list(i.category).length === 0) problems.push(`info[${n}].category: missing`);
    if (!str(i.event)) problems.push(`info[${n}].event: missing`);
    for (const f of ['urgency', 'certainty']) if (!str(i[f])) problems.push(`info[${n}].${f}: missing`);
  });
  const severity = info.length ? oneOf(first.severity, SEVERITIES, 'info.severity', problems) : 'Unknown';
  const effective = time(first.effective, 'info.effective', problems) ?? sent;
  const onset = time(first.onset, 'info.onset', problems);
  const expires = time(first.expires, 'info.expires', problems);
  const areas = info.flatMap((i) => list(i.area)).map((a, n) => readArea(a, n, problems));
  if (problems.length) return { ok: false, reason: problems.join('; ') };
  const event = byLanguage(info, 'event');
  const headline = byLanguage(info, 'headline');
  // One area per language block is the same place: keep each description once.
  const seen = new Set<string>();
  const uniqueAreas = areas.filter((a) => {
    const key = JSON.stringify([a.polygons, a.circles]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    ok: true,
    alert: {
      id: identifier!,
      sender: sender!,
      senderName: byLanguage(info, 'senderName'),
      sent: sent!,
      status,
      msgType,
      scope,
      kind: kindOf(info, [event.vi, event.en, headline.vi, headline.en].filter((t): t is string => !!t)),
      categories: [...new Set(info.flatMap((i) => list(i.category).map((c) => str(c) ?? '')))],
      event,
      urgency: str(first.urgency) ?? 'Unknown',
      severity,
      certainty: str(first.certainty) ?? 'Unknown',
      effective,
      onset,
      expires,
      headline,
      description: byLanguage(info, 'description'),
      instruction: byLanguage(info, 'instruction'),
      areas: uniqueAreas,
      references,
    },
  };
}

export interface FeedEntry {
  id: string;
  updated: string;
  href: string;
}

/** The Atom index of a CAP feed: one entry per alert document, with its link. */
export function parseCapFeed(xml: string): { entries: FeedEntry[]; problems: string[] } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`the alert feed is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const feed = (xmlParser.parse(xml) as Node).feed as Node | undefined;
  if (!feed) throw new Error('the alert feed is not an Atom <feed>');
  const entries: FeedEntry[] = [];
  const problems: string[] = [];
  for (const e of list(feed.entry)) {
    const link = list(e.link).find((l) => !l['@rel'] || l['@rel'] === 'alternate') ?? list(e.link)[0];
    const id = str(e.id);
    const updated = str(e.updated);
    const href = link ? str(link['@href']) : null;
    if (!id || !updated || Number.isNaN(Date.parse(updated)) || !href) problems.push(`feed entry ${id ?? '(no id)'}: needs id, updated and a link`);
    else entries.push({ id, updated: toVnIso(new Date(Date.parse(updated))), href });
  }
  return { entries, problems };
}
