import { RECORD_META_COLUMNS } from './001_initial';
import type { Migration } from './migration';

/** Wage-arrears clues with their worker rosters, progress log and 四必到 attendance; yearly number sequences. */
export const cluesMigration: Migration = {
  id: 2,
  name: 'clues',
  sql: `
CREATE TABLE sequences (
  name TEXT NOT NULL,
  year INTEGER NOT NULL,
  last INTEGER NOT NULL,
  PRIMARY KEY (name, year)
);

CREATE TABLE clues (${RECORD_META_COLUMNS},
  clue_no TEXT NOT NULL,
  platform_no TEXT,
  source TEXT NOT NULL,
  received_date TEXT NOT NULL,
  complainant_name TEXT,
  complainant_id_number TEXT,
  complainant_phone TEXT,
  anonymous INTEGER NOT NULL DEFAULT 0,
  employer_company_id INTEGER REFERENCES companies (id),
  employer_name TEXT,
  project_id INTEGER REFERENCES projects (id),
  sector TEXT NOT NULL,
  township TEXT,
  workers_involved INTEGER,
  amount_involved INTEGER,
  arrears_period TEXT,
  demand TEXT,
  summary TEXT,
  status TEXT NOT NULL DEFAULT '待受理',
  assigned_township TEXT,
  assigned_department TEXT,
  assigned_date TEXT,
  deadline TEXT,
  conclusion TEXT,
  workers_resolved INTEGER,
  amount_resolved INTEGER,
  feedback_date TEXT,
  closed_date TEXT,
  closed_on_time INTEGER,
  satisfaction TEXT,
  unresolved_reason TEXT,
  supervised INTEGER NOT NULL DEFAULT 0,
  supervised_date TEXT,
  supervision_reason TEXT,
  leader_owned INTEGER NOT NULL DEFAULT 0,
  owner_leader TEXT,
  leader_plan TEXT,
  case_filed INTEGER NOT NULL DEFAULT 0,
  case_number TEXT,
  referred_to_police INTEGER NOT NULL DEFAULT 0,
  police_referral_date TEXT,
  guided_to_arbitration INTEGER NOT NULL DEFAULT 0,
  arbitration_date TEXT,
  last_progress_date TEXT,
  note TEXT
);
CREATE UNIQUE INDEX clues_unique_no ON clues (clue_no);
CREATE UNIQUE INDEX clues_unique_platform_no ON clues (platform_no) WHERE platform_no IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX clues_by_status ON clues (status, deadline) WHERE deleted_at IS NULL;
CREATE INDEX clues_by_received ON clues (received_date) WHERE deleted_at IS NULL;
CREATE INDEX clues_by_closed ON clues (closed_date) WHERE deleted_at IS NULL;
CREATE INDEX clues_by_township ON clues (township) WHERE deleted_at IS NULL;

CREATE TABLE clue_events (
  id INTEGER PRIMARY KEY,
  clue_id INTEGER NOT NULL REFERENCES clues (id),
  date TEXT NOT NULL,
  action TEXT NOT NULL,
  from_state TEXT,
  to_state TEXT,
  note TEXT,
  operator TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX clue_events_by_clue ON clue_events (clue_id, id);

CREATE TABLE clue_attendance (
  id INTEGER PRIMARY KEY,
  clue_id INTEGER NOT NULL REFERENCES clues (id),
  date TEXT NOT NULL,
  department_present INTEGER NOT NULL,
  company_head_present INTEGER NOT NULL,
  works_township_present INTEGER NOT NULL,
  home_township_present INTEGER NOT NULL,
  note TEXT,
  operator TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX clue_attendance_by_clue ON clue_attendance (clue_id, date);

CREATE TABLE clue_workers (${RECORD_META_COLUMNS},
  clue_id INTEGER NOT NULL REFERENCES clues (id),
  name TEXT NOT NULL,
  id_number TEXT,
  phone TEXT,
  amount_owed INTEGER,
  amount_paid INTEGER,
  paid_date TEXT,
  note TEXT
);
CREATE INDEX clue_workers_by_clue ON clue_workers (clue_id, id) WHERE deleted_at IS NULL;
`,
};
