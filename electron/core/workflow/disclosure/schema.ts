// Disclosure requests for reporter identities (Art. 6.9): the authority's request, the supervisor's decision,
// its validity and revocation. The identity itself stays sealed in fr_reporter_identities.
import type { Migration } from '../../store/migrations.js';

export const disclosureMigrations: readonly Migration[] = [
  {
    id: 'disclosure-001-requests',
    sql: `
    CREATE TABLE identity_disclosures (
      request_id TEXT PRIMARY KEY,
      report_id INTEGER NOT NULL REFERENCES fr_reports (id),
      authority TEXT NOT NULL,
      document_number TEXT NOT NULL,
      document_date TEXT NOT NULL,
      reason TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'revoked')),
      requested_by_id TEXT NOT NULL,
      requested_by_name TEXT NOT NULL,
      requested_at TEXT NOT NULL,
      decided_by_id TEXT,
      decided_by_name TEXT,
      decided_at TEXT,
      decision_note TEXT,
      valid_until TEXT,
      revoked_by_id TEXT,
      revoked_by_name TEXT,
      revoked_at TEXT,
      revoke_reason TEXT,
      reveals INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX identity_disclosures_report ON identity_disclosures (report_id, requested_at);
    CREATE INDEX identity_disclosures_status ON identity_disclosures (status, requested_at);
    `,
  },
];
