// The agency directory in the cache: seeded from the catalog's agencies and the province's communes (each
// commune's People's Committee is a processing agency), then kept by the IOC's operators.
import { EngineError } from '../../../../shared/contract/envelope.js';
import type { Agency, AgencyContact } from '../../../../shared/contract/areas/agencies.js';
import type { Catalog } from '../../../../shared/catalog/schema.js';
import type { FieldReportCategory } from '../../../../shared/catalog/field-report-categories.js';
import type { Database } from '../../store/database.js';
import { directoryWarnings, isServing } from './directory-warnings.js';

interface AgencyRow {
  key: string;
  name_vi: string;
  name_en: string;
  kind: Agency['kind'];
  commune_code: string | null;
  categories: string;
}

interface ContactRow {
  id: number;
  agency_key: string;
  role: 'leader' | 'focal';
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
  from_date: string;
  to_date: string | null;
  decision_ref: string | null;
}

/** The IOC forwards; it does not handle. */
const NOT_PROCESSING = new Set(['trung-tam-ioc']);
export const communeAgencyKey = (code: string) => `ubnd-${code}`;

export async function seedDirectory(
  db: Database,
  catalog: Catalog,
  categories: readonly FieldReportCategory[],
  communes: ReadonlyArray<{ code: string; fullName: string }>,
  at: string,
): Promise<number> {
  const handledBy = (key: string) => categories.filter((c) => c.defaultHandler === key).map((c) => c.key);
  const communeCategories = categories.filter((c) => c.defaultHandler === 'commune').map((c) => c.key);
  const rows: [string, string, string, string, string | null, string][] = [
    ...catalog.agencies.filter((a) => !NOT_PROCESSING.has(a.key)).map((a): [string, string, string, string, string | null, string] => [a.key, a.name.vi, a.name.en, a.kind, null, JSON.stringify(handledBy(a.key))]),
    ...communes.map((c): [string, string, string, string, string | null, string] => [communeAgencyKey(c.code), `UBND ${c.fullName}`, `People's Committee of ${c.fullName}`, 'commune', c.code, JSON.stringify(communeCategories)]),
  ];
  return db.transaction(async (tx) => {
    let added = 0;
    for (const [key, vi, en, kind, commune, cats] of rows) {
      const { changes } = await tx.run(
        `INSERT INTO fr_agencies (key, name_vi, name_en, kind, commune_code, categories, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`,
        [key, vi, en, kind, commune, cats, at],
      );
      added += changes;
    }
    return added;
  });
}

const toContact = (c: ContactRow): AgencyContact => ({
  id: c.id,
  role: c.role,
  name: c.name,
  title: c.title,
  phone: c.phone,
  email: c.email,
  fromDate: c.from_date,
  toDate: c.to_date,
  decisionRef: c.decision_ref,
});

function toAgency(a: AgencyRow, contacts: ContactRow[], today: string): Agency {
  const list = contacts.map(toContact);
  return {
    key: a.key,
    name: { vi: a.name_vi, en: a.name_en },
    kind: a.kind,
    communeCode: a.commune_code,
    categories: JSON.parse(a.categories) as string[],
    contacts: list,
    warnings: directoryWarnings(list, today),
  };
}

export async function listAgencies(db: Database, today: string, kind?: Agency['kind'], key?: string): Promise<Agency[]> {
  const conditions = ['active = 1', ...(key ? ['key = ?'] : kind ? ['kind = ?'] : [])];
  const params = key ? [key] : kind ? [kind] : [];
  const agencies = await db.all<AgencyRow>(`SELECT * FROM fr_agencies WHERE ${conditions.join(' AND ')} ORDER BY kind = 'commune', name_vi`, params);
  const contacts = await db.all<ContactRow>(`SELECT * FROM fr_agency_contacts ORDER BY from_date DESC, id DESC`);
  const byAgency = new Map<string, ContactRow[]>();
  for (const c of contacts) byAgency.set(c.agency_key, [...(byAgency.get(c.agency_key) ?? []), c]);
  return agencies.map((a) => toAgency(a, byAgency.get(a.key) ?? [], today));
}

export async function getAgency(db: Database, key: string, today: string): Promise<Agency> {
  const [agency] = await listAgencies(db, today, undefined, key);
  if (!agency) throw new EngineError('not-found', `agency ${key} is not in the directory`);
  return agency;
}

export interface ContactInput {
  agencyKey: string;
  role: 'leader' | 'focal';
  name: string;
  title?: string;
  phone?: string;
  email?: string;
  fromDate: string;
  decisionRef?: string;
}

/** Names a person; whoever held the role until then leaves on the successor's first day. */
export async function saveContact(db: Database, input: ContactInput, at: string): Promise<void> {
  await db.transaction(async (tx) => {
    if (!(await tx.get('SELECT 1 FROM fr_agencies WHERE key = ?', [input.agencyKey]))) throw new EngineError('not-found', `agency ${input.agencyKey} is not in the directory`);
    const current = await tx.all<ContactRow>('SELECT * FROM fr_agency_contacts WHERE agency_key = ? AND role = ? AND to_date IS NULL', [input.agencyKey, input.role]);
    for (const c of current) {
      if (isServing({ role: c.role, fromDate: c.from_date, toDate: null }, input.fromDate) && c.from_date < input.fromDate) {
        await tx.run('UPDATE fr_agency_contacts SET to_date = ?, updated_at = ? WHERE id = ?', [input.fromDate, at, c.id]);
      }
    }
    await tx.run(
      `INSERT INTO fr_agency_contacts (agency_key, role, name, title, phone, email, from_date, decision_ref, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [input.agencyKey, input.role, input.name, input.title ?? null, input.phone ?? null, input.email ?? null, input.fromDate, input.decisionRef ?? null, at, at],
    );
  });
}

/** Records that a person left (toDate) with no successor named yet: the seven days of Art. 4.3 start. */
export async function endContact(db: Database, contactId: number, toDate: string, at: string): Promise<string> {
  const row = await db.get<ContactRow>('SELECT * FROM fr_agency_contacts WHERE id = ?', [contactId]);
  if (!row) throw new EngineError('not-found', `contact #${contactId} does not exist`);
  if (toDate <= row.from_date) throw new EngineError('invalid-params', 'a person leaves after the day they started', ['toDate']);
  await db.run('UPDATE fr_agency_contacts SET to_date = ?, updated_at = ? WHERE id = ?', [toDate, at, contactId]);
  return row.agency_key;
}

export async function setAgencyCategories(db: Database, key: string, categories: string[], known: Set<string>, at: string): Promise<void> {
  const unknown = categories.filter((c) => !known.has(c));
  if (unknown.length) throw new EngineError('invalid-params', `unknown categories: ${unknown.join(', ')}`, ['categories']);
  const { changes } = await db.run('UPDATE fr_agencies SET categories = ?, updated_at = ? WHERE key = ?', [JSON.stringify([...new Set(categories)]), at, key]);
  if (!changes) throw new EngineError('not-found', `agency ${key} is not in the directory`);
}

/** Contacts of an agency serving today, for escalation recipients. */
export async function servingContacts(db: Database, agencyKey: string, today: string): Promise<{ role: 'leader' | 'focal'; name: string }[]> {
  const rows = await db.all<ContactRow>('SELECT * FROM fr_agency_contacts WHERE agency_key = ? ORDER BY from_date DESC', [agencyKey]);
  return rows.filter((c) => isServing({ role: c.role, fromDate: c.from_date, toDate: c.to_date }, today)).map((c) => ({ role: c.role, name: c.name }));
}
