import type { Migration } from './migration';

/** Meta columns every catalog record table carries. */
export const RECORD_META_COLUMNS = `
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted_at TEXT,
  deleted_by TEXT,
  is_demo INTEGER NOT NULL DEFAULT 0`;

/** Companies, projects, settings and the audit log: the foundation of the ledger. */
export const initialMigration: Migration = {
  id: 1,
  name: 'initial',
  sql: `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  operator TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  action TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT
);
CREATE INDEX audit_log_by_record ON audit_log (entity, entity_id, id);
CREATE INDEX audit_log_by_time ON audit_log (at);

CREATE TABLE companies (${RECORD_META_COLUMNS},
  name TEXT NOT NULL,
  uscc TEXT,
  roles TEXT NOT NULL,
  legal_representative TEXT,
  contact_person TEXT,
  contact_phone TEXT,
  address TEXT,
  township TEXT,
  serious_violation INTEGER NOT NULL DEFAULT 0,
  serious_violation_date TEXT,
  blacklisted INTEGER NOT NULL DEFAULT 0,
  blacklist_from TEXT,
  blacklist_to TEXT,
  note TEXT
);
CREATE UNIQUE INDEX companies_unique_name ON companies (name) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX companies_unique_uscc ON companies (uscc) WHERE uscc IS NOT NULL AND deleted_at IS NULL;

CREATE TABLE projects (${RECORD_META_COLUMNS},
  code TEXT,
  name TEXT NOT NULL,
  project_type TEXT NOT NULL,
  investment_type TEXT NOT NULL,
  township TEXT NOT NULL,
  department TEXT NOT NULL,
  leader TEXT,
  status TEXT NOT NULL,
  builder_id INTEGER REFERENCES companies (id),
  contractor_id INTEGER REFERENCES companies (id),
  subcontractor_ids TEXT,
  project_manager TEXT,
  labour_clerk TEXT,
  labour_clerk_phone TEXT,
  contract_price INTEGER,
  start_date TEXT,
  planned_completion_date TEXT,
  actual_completion_date TEXT,
  real_name_in_place INTEGER NOT NULL DEFAULT 0,
  registered_workers INTEGER,
  deposit_record TEXT,
  deposit_amount INTEGER,
  deposit_form TEXT,
  deposit_bank_or_guarantee_no TEXT,
  guarantee_expiry_date TEXT,
  deposit_date TEXT,
  deposit_returned_date TEXT,
  wage_account_opened INTEGER NOT NULL DEFAULT 0,
  wage_account_bank TEXT,
  wage_account_number TEXT,
  wage_account_opened_date TEXT,
  bank_payroll_in_place INTEGER NOT NULL DEFAULT 0,
  workers_paid INTEGER,
  amount_paid_this_year INTEGER,
  rights_board_in_place INTEGER NOT NULL DEFAULT 0,
  zero_arrears_pledge_signed INTEGER NOT NULL DEFAULT 0,
  zero_arrears_pledge_date TEXT,
  contracts_due INTEGER,
  contracts_signed INTEGER,
  wage_cards_issued INTEGER,
  gov_funds_arranged INTEGER,
  gov_funds_disbursed INTEGER,
  note TEXT
);
CREATE UNIQUE INDEX projects_unique_code ON projects (code) WHERE code IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX projects_by_township ON projects (township) WHERE deleted_at IS NULL;
CREATE INDEX projects_by_contractor ON projects (contractor_id);
CREATE INDEX projects_by_builder ON projects (builder_id);
`,
};
