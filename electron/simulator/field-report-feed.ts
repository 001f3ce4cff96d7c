// Simulated citizen field reports: a deterministic stream (a pure function of the seed and the hour), about
// fifty a day across the province with more in the wards, positioned inside their commune. A few are bad on
// purpose, as real feeds are: unknown category, no location, outside the province, an id reused, no id at all.
import { FIELD_REPORT_CATEGORIES } from '../../shared/catalog/field-report-categories.js';
import { CommuneLocator } from '../../shared/model/geo-locate.js';
import { HOUR_MS, formatLocal, localParts } from '../../shared/model/period-math.js';
import type { Geography } from './geo-types.js';
import { hashOf, unit } from './random.js';
import { FAMILY, GIVEN, MIDDLE, STREETS, TEXTS, UPDATE_NOTES } from './field-report-texts.js';

export interface FeedItem {
  id: string;
  category_code: string;
  description: string;
  lat: number | null;
  lon: number | null;
  address: string | null;
  commune_code: string | null;
  media_urls: string[];
  channel: 'app' | 'web-portal' | 'hotline-1022' | 'social-media';
  reported_at: string;
  updated_at: string;
  version: number;
  status: 'open';
  status_notes: string | null;
  agency_responsible: string | null;
  reporter: { name?: string; phone?: string } | null;
}

/** Reports start on this hour (Vietnam time 2015-01-01), like the KPI series. */
const FEED_ORIGIN_MS = Date.UTC(2015, 0, 1) - 7 * HOUR_MS;
const UPDATE_LAG_MAX_MS = 48 * HOUR_MS;
const CHANNELS = [['app', 0.45], ['web-portal', 0.2], ['hotline-1022', 0.25], ['social-media', 0.1]] as const;
/** Reports per hour by hour of day: quiet at night, busy in the morning and after work. */
const HOURLY = [0.3, 0.2, 0.1, 0.1, 0.2, 0.6, 1.6, 3, 3.6, 3.4, 3, 2.6, 1.8, 2, 2.6, 2.8, 3, 3.2, 3, 2.6, 2, 1.4, 0.9, 0.5].map((x) => x * 0.9);

export interface FieldReportFeed {
  /** Every report reported in [fromMs, toMs) with the version visible at nowMs, sorted by (updated_at, id). */
  between(fromMs: number, toMs: number, nowMs: number): FeedItem[];
}

function pick<T>(list: readonly T[], h: number): T {
  return list[Math.floor(unit(h) * list.length)]!;
}

export function createFieldReportFeed(geography: Geography, seed: number): FieldReportFeed {
  const communes = [...geography.communes].sort((a, b) => (a.code < b.code ? -1 : 1));
  const weights = communes.map((c) => (c.type === 'phuong' ? 5 : 1) * Math.sqrt(Math.max(1, c.areaKm2)));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative = weights.map(((sum) => (w: number) => (sum += w / total))(0));
  const locator = CommuneLocator.fromFeatureCollection(geography.communesGeoJson);
  const categories = FIELD_REPORT_CATEGORIES.map((c) => c.key);

  function commune(h: number) {
    const u = unit(h);
    return communes[Math.min(communes.length - 1, cumulative.findIndex((c) => u < c))]!;
  }

  function position(code: string, point: [number, number], h: number): [number, number] {
    for (let attempt = 0; attempt < 6; attempt++) {
      const lon = Math.round((point[0] + 0.02 * (unit(hashOf(h, 'lon', attempt)) - 0.5)) * 1e5) / 1e5;
      const lat = Math.round((point[1] + 0.02 * (unit(hashOf(h, 'lat', attempt)) - 0.5)) * 1e5) / 1e5;
      if (locator.size === 0 || locator.locate(lon, lat) === code) return [lon, lat];
    }
    return point;
  }

  function countIn(hourStart: number): number {
    const rate = HOURLY[localParts(hourStart).hour]!;
    const h = hashOf(seed, 'fr-count', hourStart);
    return Math.floor(rate + unit(h));
  }

  function item(hourStart: number, j: number, nowMs: number): FeedItem | null {
    const h = hashOf(seed, 'fr', hourStart, j);
    const reportedMs = hourStart + Math.floor(unit(hashOf(h, 't')) * 3600) * 1000;
    if (reportedMs > nowMs) return null;
    const place = commune(hashOf(h, 'commune'));
    const category = pick(categories, hashOf(h, 'category'));
    const [lon, lat] = position(place.code, place.point, h);
    const street = pick(STREETS, hashOf(h, 'street'));
    const u = unit(hashOf(h, 'channel'));
    let acc = 0;
    const channel = CHANNELS.find(([, share]) => u < (acc += share))?.[0] ?? 'app';
    const media = channel === 'hotline-1022' ? [] : Array.from({ length: Math.floor(unit(hashOf(h, 'media')) * 3) }, (_, k) => `https://phananh.daklak.gov.vn/media/${hourStart.toString(36)}-${j}-${k}.jpg`);
    const who = unit(hashOf(h, 'reporter')) < 0.7;
    const updatedMs = reportedMs + Math.floor(unit(hashOf(h, 'update-lag')) * UPDATE_LAG_MAX_MS);
    const updated = unit(hashOf(h, 'updated')) < 0.15 && updatedMs <= nowMs;
    const report: FeedItem = {
      id: `PA-${formatLocal(hourStart).slice(0, 13).replace(/\D/g, '')}-${j}`,
      category_code: category,
      description: pick(TEXTS[category]!, hashOf(h, 'text')),
      lat,
      lon,
      address: `${1 + Math.floor(unit(hashOf(h, 'no')) * 300)} ${street}, ${place.fullName}`,
      commune_code: place.code,
      media_urls: updated ? [...media, `https://phananh.daklak.gov.vn/media/${hourStart.toString(36)}-${j}-update.jpg`] : media,
      channel,
      reported_at: formatLocal(reportedMs),
      updated_at: formatLocal(updated ? updatedMs : reportedMs),
      version: updated ? 2 : 1,
      status: 'open',
      status_notes: updated ? pick(UPDATE_NOTES, hashOf(h, 'note')) : null,
      agency_responsible: null,
      reporter: who ? { name: `${pick(FAMILY, hashOf(h, 'f'))} ${pick(MIDDLE, hashOf(h, 'm'))} ${pick(GIVEN, hashOf(h, 'g'))}`, phone: `09${String(Math.floor(unit(hashOf(h, 'phone')) * 1e8)).padStart(8, '0')}` } : null,
    };
    return damage(report, h, hourStart, j);
  }

  /** About 3.5 % of the feed is faulty, in one of five ways. */
  function damage(report: FeedItem, h: number, hourStart: number, j: number): FeedItem {
    const u = unit(hashOf(h, 'fault'));
    if (u < 0.01) return { ...report, category_code: 'VE-SINH-MOI-TRUONG-CU' };
    if (u < 0.025) return { ...report, lat: null, lon: null, commune_code: null };
    if (u < 0.03) return { ...report, lat: 13.98, lon: 108.0, commune_code: null }; // Pleiku, Gia Lai
    if (u < 0.033 && j > 0) return { ...report, id: `PA-${formatLocal(hourStart).slice(0, 13).replace(/\D/g, '')}-${j - 1}` };
    if (u < 0.035) return { ...report, id: '' };
    return report;
  }

  return {
    between(fromMs, toMs, nowMs) {
      const items: FeedItem[] = [];
      const first = FEED_ORIGIN_MS + Math.floor((Math.max(fromMs, FEED_ORIGIN_MS) - FEED_ORIGIN_MS) / HOUR_MS) * HOUR_MS;
      for (let hour = first; hour < Math.min(toMs, nowMs + 1); hour += HOUR_MS) {
        const n = countIn(hour);
        for (let j = 0; j < n; j++) {
          const report = item(hour, j, nowMs);
          const reported = report ? Date.parse(report.reported_at) : NaN;
          if (report && reported >= fromMs && reported < toMs) items.push(report);
        }
      }
      return items.sort((a, b) => (a.updated_at < b.updated_at ? -1 : a.updated_at > b.updated_at ? 1 : a.reported_at < b.reported_at ? -1 : a.id < b.id ? -1 : 1));
    },
  };
}

export { UPDATE_LAG_MAX_MS };
