import { RECORD_META_COLUMNS } from './001_initial';
import type { Migration } from './migration';

/** Inspections against the checklist, the problems they find (with their rectification log), and plans. */
export const inspectionsMigration: Migration = {
  id: 3,
  name: 'inspections-problems-plans',
  sql: `
CREATE TABLE inspections (${RECORD_META_COLUMNS},
  title TEXT NOT NULL,
  target_type TEXT NOT NULL,
  project_id INTEGER REFERENCES projects (id),
  company_id INTEGER REFERENCES companies (id),
  township TEXT,
  inspection_date TEXT NOT NULL,
  inspectors TEXT NOT NULL,
  check_pledge TEXT NOT NULL,
  check_contracts TEXT NOT NULL,
  check_real_name TEXT NOT NULL,
  check_board TEXT NOT NULL,
  check_deposit TEXT NOT NULL,
  check_account TEXT NOT NULL,
  check_bank_payroll TEXT NOT NULL,
  findings TEXT
);
CREATE INDEX inspections_by_date ON inspections (inspection_date) WHERE deleted_at IS NULL;
CREATE INDEX inspections_by_project ON inspections (project_id);

CREATE TABLE problems (${RECORD_META_COLUMNS},
  inspection_id INTEGER REFERENCES inspections (id),
  project_id INTEGER REFERENCES projects (id),
  company_id INTEGER REFERENCES companies (id),
  township TEXT,
  check_item TEXT NOT NULL,
  description TEXT NOT NULL,
  requirement TEXT,
  responsible_unit TEXT NOT NULL,
  found_date TEXT NOT NULL,
  deadline TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT '待整改',
  reported_date TEXT,
  reviewer TEXT,
  review_note TEXT,
  closed_date TEXT,
  notice_no TEXT
);
CREATE INDEX problems_by_status ON problems (status, deadline) WHERE deleted_at IS NULL;
CREATE INDEX problems_by_inspection ON problems (inspection_id);
CREATE INDEX problems_by_project ON problems (project_id);
CREATE INDEX problems_by_closed ON problems (closed_date) WHERE deleted_at IS NULL;

CREATE TABLE problem_events (
  id INTEGER PRIMARY KEY,
  problem_id INTEGER NOT NULL REFERENCES problems (id),
  date TEXT NOT NULL,
  action TEXT NOT NULL,
  from_state TEXT,
  to_state TEXT,
  note TEXT,
  operator TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX problem_events_by_problem ON problem_events (problem_id, id);

CREATE TABLE plans (${RECORD_META_COLUMNS},
  title TEXT NOT NULL,
  target_type TEXT NOT NULL,
  project_id INTEGER REFERENCES projects (id),
  clue_id INTEGER REFERENCES clues (id),
  risk_level TEXT NOT NULL,
  measures TEXT NOT NULL,
  responsibility TEXT NOT NULL,
  funds TEXT,
  items TEXT,
  contingency TEXT,
  progress TEXT
);
CREATE INDEX plans_by_project ON plans (project_id) WHERE deleted_at IS NULL;
CREATE INDEX plans_by_clue ON plans (clue_id) WHERE deleted_at IS NULL;
`,
};
