import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportListParamsSchema } from '../../../shared/contract/areas/field-reports.js';
import { ftsQuery, listReports } from './report-queries.js';
import { deliver, inbound, openKit, type Kit } from './test-kit.js';

let kit: Kit;
beforeEach(async () => {
  kit = await openKit();
  await deliver(kit, [
    inbound({ externalId: 'A', description: 'Mặt đường xuất hiện ổ gà lớn trước chợ' }),
    inbound({ externalId: 'B', description: 'Rác thải 100% tồn đọng', category: 'x-unknown' }),
    inbound({ externalId: 'C', description: 'Đèn đường không sáng', lat: 12.65, lon: 108.15 }),
  ]);
});
afterEach(() => kit.db.close());

const list = (p: object) => listReports(kit.db, reportListParamsSchema.parse(p), '2026-12-01T10:00:00+07:00');
const ids = async (p: object) => (await list(p)).items.map((i) => i.externalId).sort();

describe('queue queries', () => {
  it('search the text with or without accents, by number, and safely', async () => {
    expect(await ids({ search: 'ổ gà' })).toEqual(['A']);
    expect(await ids({ search: 'o ga' })).toEqual(['A']);
    expect(await ids({ search: 'ĐÈN' })).toEqual(['C']);
    expect(await ids({ search: '#2' })).toEqual(['B']);
    expect(await ids({ search: '100%' })).toEqual(['B']);
    expect(await ids({ search: 'PA-1' })).toEqual([]);
    expect(await ids({ search: 'A' })).toEqual([]);
    expect(await ids({ search: 'rác" OR 1=1 --' })).toEqual([]);
    expect(ftsQuery(' "; ')).toBeNull();
  });

  it('filter by flags, commune and page with a total', async () => {
    expect(await ids({ flagged: true })).toEqual(['B']);
    expect(await ids({ communeCode: '24002' })).toEqual(['C']);
    const page = await list({ limit: 1, offset: 1 });
    expect(page.items).toHaveLength(1);
    expect(page.total).toBe(3);
  });
});
