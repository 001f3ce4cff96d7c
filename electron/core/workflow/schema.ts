// The field-report workflow's tables: reports, their timeline, the sealed reporter identities (apart from the
// reports, Art. 6.9), the agency directory, the working-calendar adjustments and the escalation notices.
import type { Migration } from '../store/migrations.js';

export const workflowMigrations: readonly Migration[] = [
  {
    id: 'workflow-001-reports-directory-calendar',
    sql: `
    CREATE TABLE fr_reports (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      source_id TEXT NOT NULL,
      external_id TEXT NOT NULL,
      ingest_key TEXT NOT NULL UNIQUE,
      category TEXT,
      upstream_category TEXT NOT NULL,
      description TEXT NOT NULL,
      lat REAL,
      lon REAL,
      address TEXT,
      commune_code TEXT,
      media_urls TEXT NOT NULL DEFAULT '[]',
      channel TEXT NOT NULL,
      reported_at TEXT NOT NULL,
      upstream_updated_at TEXT NOT NULL,
      upstream_status TEXT NOT NULL,
      status_notes TEXT,
      agency_responsible_upstream TEXT,
      flags TEXT NOT NULL DEFAULT '[]',
      state TEXT NOT NULL,
      verdict TEXT,
      duplicate_of INTEGER,
      agency_key TEXT,
      forwarded_at TEXT,
      due_at TEXT,
      acknowledged_at TEXT,
      resolved_at TEXT,
      -- Minutes from forwarding to resolution, kept with the resolution so averages need no date parsing.
      handling_minutes INTEGER,
      published_at TEXT,
      closed_at TEXT,
      result_note TEXT,
      satisfaction TEXT,
      rated_at TEXT,
      received_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    -- The queues: by state, agency, commune or category, newest first; overdue; flagged for triage.
    CREATE INDEX fr_reports_state ON fr_reports (state, reported_at);
    CREATE INDEX fr_reports_agency ON fr_reports (agency_key, state, reported_at);
    CREATE INDEX fr_reports_commune ON fr_reports (commune_code, reported_at);
    CREATE INDEX fr_reports_category ON fr_reports (category, reported_at);
    CREATE INDEX fr_reports_category_commune ON fr_reports (category, commune_code, reported_at);
    CREATE INDEX fr_reports_flagged ON fr_reports (state, reported_at) WHERE flags <> '[]';
    CREATE INDEX fr_reports_external ON fr_reports (external_id);
    -- The scorecards: each figure is one range over a covering index (see scorecards.ts).
    CREATE INDEX fr_reports_reported_cov ON fr_reports (reported_at, state, agency_key, commune_code, category);
    CREATE INDEX fr_reports_forwarded_cov ON fr_reports (forwarded_at, agency_key, commune_code, category);
    CREATE INDEX fr_reports_resolved_cov ON fr_reports (resolved_at, forwarded_at, due_at, handling_minutes, agency_key, commune_code, category);
    -- In agency order, so that all agencies' scorecards need no sorting (and SQLite can skip-scan).
    CREATE INDEX fr_reports_agency_forwarded ON fr_reports (agency_key, forwarded_at);
    CREATE INDEX fr_reports_agency_resolved ON fr_reports (agency_key, resolved_at, due_at, handling_minutes);
    CREATE INDEX fr_reports_open_cov ON fr_reports (forwarded_at, due_at, agency_key, commune_code, category) WHERE state IN ('forwarded', 'acknowledged', 'in-progress');
    CREATE INDEX fr_reports_open_due ON fr_reports (due_at) WHERE state IN ('forwarded', 'acknowledged', 'in-progress');
    CREATE INDEX fr_reports_rated_cov ON fr_reports (rated_at, satisfaction, agency_key, commune_code, category) WHERE rated_at IS NOT NULL;

    -- Search in the text of the reports, accents optional ("o ga" finds "ổ gà").
    CREATE VIRTUAL TABLE fr_reports_fts USING fts5 (description, content = 'fr_reports', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
    CREATE TRIGGER fr_reports_fts_insert AFTER INSERT ON fr_reports BEGIN
      INSERT INTO fr_reports_fts (rowid, description) VALUES (new.id, new.description);
    END;
    CREATE TRIGGER fr_reports_fts_update AFTER UPDATE OF description ON fr_reports BEGIN
      INSERT INTO fr_reports_fts (fr_reports_fts, rowid, description) VALUES ('delete', old.id, old.description);
      INSERT INTO fr_reports_fts (rowid, description) VALUES (new.id, new.description);
    END;
    CREATE TRIGGER fr_reports_fts_delete AFTER DELETE ON fr_reports BEGIN
      INSERT INTO fr_reports_fts (fr_reports_fts, rowid, description) VALUES ('delete', old.id, old.description);
    END;

    CREATE TABLE fr_events (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      report_id INTEGER NOT NULL REFERENCES fr_reports (id),
      action TEXT NOT NULL,
      from_state TEXT,
      to_state TEXT,
      actor_id TEXT NOT NULL,
      actor_name TEXT NOT NULL,
      actor_role TEXT NOT NULL,
      actor_agency TEXT,
      at TEXT NOT NULL,
      note TEXT,
      data TEXT NOT NULL DEFAULT '{}',
      idempotency_key TEXT UNIQUE
    );
    CREATE INDEX fr_events_report ON fr_events (report_id, id);

    CREATE TABLE fr_reporter_identities (
      report_id INTEGER PRIMARY KEY REFERENCES fr_reports (id),
      sealed BLOB NOT NULL,
      sealer TEXT NOT NULL,
      stored_at TEXT NOT NULL
    );

    CREATE TABLE fr_agencies (
      key TEXT PRIMARY KEY,
      name_vi TEXT NOT NULL,
      name_en TEXT NOT NULL,
      kind TEXT NOT NULL,
      commune_code TEXT,
      categories TEXT NOT NULL DEFAULT '[]',
      active INTEGER NOT NULL DEFAULT 1,
      updated_at TEXT NOT NULL
    );
    CREATE TABLE fr_agency_contacts (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      agency_key TEXT NOT NULL REFERENCES fr_agencies (key),
      role TEXT NOT NULL,
      name TEXT NOT NULL,
      title TEXT,
      phone TEXT,
      email TEXT,
      from_date TEXT NOT NULL,
      to_date TEXT,
      decision_ref TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX fr_agency_contacts_agency ON fr_agency_contacts (agency_key, role);

    CREATE TABLE fr_calendar_adjustments (
      date TEXT PRIMARY KEY,
      kind TEXT NOT NULL,
      note TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );

    CREATE TABLE fr_settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );

    CREATE TABLE fr_notices (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      report_id INTEGER NOT NULL REFERENCES fr_reports (id),
      stage TEXT NOT NULL,
      due_at TEXT NOT NULL,
      agency_key TEXT,
      recipients TEXT NOT NULL,
      created_at TEXT NOT NULL,
      read_at TEXT,
      UNIQUE (report_id, stage, due_at)
    );
    CREATE INDEX fr_notices_created ON fr_notices (created_at);
    `,
  },
  {
    // The map's field-report layer pages the reports by (updated_at, id) for its deltas: a seek, not a scan.
    id: 'workflow-002-reports-by-update',
    sql: `CREATE INDEX fr_reports_updated ON fr_reports (updated_at, id);`,
  },
];
