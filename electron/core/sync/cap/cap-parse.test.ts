import { describe, expect, it } from 'vitest';
import { eventDocuments, renderCap } from '../../../simulator/cap-data.js';
import { parseCapAlert, parseCapFeed } from './cap-parse.js';

const communes = [{ code: '24100', name: 'Buôn Ma Thuột', fullName: 'Phường Buôn Ma Thuột', type: 'phuong' as const, areaKm2: 50, point: [108.05, 12.67] as [number, number] }];
const docs = eventDocuments(7, communes, 3, Date.parse('2027-01-01T00:00:00+07:00'));
const xml = renderCap(docs[0]!);

describe('parseCapAlert', () => {
  it('reads a CAP 1.2 alert with both languages and its area in GeoJSON order', () => {
    const read = parseCapAlert(xml);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const a = read.alert;
    expect(a).toMatchObject({ id: docs[0]!.identifier, status: 'Actual', msgType: 'Alert', scope: 'Public', references: [] });
    expect(['flood', 'landslide', 'forest-fire', 'air-quality']).toContain(a.kind);
    expect(a.headline.vi).toMatch(/Phường Buôn Ma Thuột/);
    expect(a.headline.en).toMatch(/Phường Buôn Ma Thuột/);
    expect(a.areas).toHaveLength(1);
    const ring = a.areas[0]!.polygons[0]!;
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(ring[0]![0]).toBeCloseTo(108.11, 1); // longitude first
    expect(a.areas[0]!.geocodes).toEqual([{ name: 'MA_XA', value: '24100' }]);
  });

  it('reads updates and cancels with their references', () => {
    for (const d of docs.slice(1)) {
      const read = parseCapAlert(renderCap(d));
      expect(read.ok && read.alert.references).toEqual([d.references!.identifier]);
    }
  });

  it('says what is wrong with a bad document', () => {
    expect(parseCapAlert('<alert><identifier>x')).toMatchObject({ ok: false, reason: expect.stringMatching(/^not well-formed XML/) });
    expect(parseCapAlert(xml.replace('cap:1.2', 'cap:1.1'))).toMatchObject({ ok: false, reason: expect.stringMatching(/not CAP 1.2/) });
    const broken = xml.replace(/<identifier>[^<]+<\/identifier>/, '').replace(/<severity>\w+<\/severity>/g, '<severity>Rất nặng</severity>');
    const read = parseCapAlert(broken);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toMatch(/identifier: missing/);
    expect(!read.ok && read.reason).toMatch(/info.severity: "Rất nặng" is not one of Extreme/);
    const openRing = xml.replace(/<polygon>[^<]+<\/polygon>/g, '<polygon>12.6,108.0 12.7,108.1 12.8,108.0</polygon>');
    expect(parseCapAlert(openRing)).toMatchObject({ ok: false, reason: expect.stringMatching(/polygon: needs at least four points/) });
    expect(parseCapAlert(xml.replace(/<sent>[^<]+<\/sent>/, '<sent>hôm nay</sent>'))).toMatchObject({ ok: false, reason: expect.stringMatching(/sent: "hôm nay"/) });
  });
});

describe('parseCapFeed', () => {
  it('lists the entries and reports unreadable ones', () => {
    const feed = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><id>a</id><updated>2026-12-01T00:00:00Z</updated><link href="alerts/a.xml"/></entry><entry><id>b</id></entry></feed>`;
    expect(parseCapFeed(feed)).toEqual({ entries: [{ id: 'a', updated: '2026-12-01T07:00:00+07:00', href: 'alerts/a.xml' }], problems: ['feed entry b: needs id, updated and a link'] });
    expect(() => parseCapFeed('<feed><entry>')).toThrow(/not well-formed XML/);
    expect(() => parseCapFeed('<rss/>')).toThrow(/not an Atom <feed>/);
  });
});
