import { RECORD_META_COLUMNS } from './001_initial';
import type { Migration } from './migration';

/** The daily work log for the report figures no other record holds; the date a clue was opened as a case. */
export const workLogMigration: Migration = {
  id: 4,
  name: 'work-log',
  sql: `
CREATE TABLE work_logs (${RECORD_META_COLUMNS},
  date TEXT NOT NULL,
  kind TEXT NOT NULL,
  count INTEGER NOT NULL,
  township TEXT,
  note TEXT
);
CREATE INDEX work_logs_by_date ON work_logs (date) WHERE deleted_at IS NULL;

ALTER TABLE clues ADD COLUMN case_filed_date TEXT;
UPDATE clues SET case_filed_date = (
  SELECT max(date) FROM clue_events WHERE clue_events.clue_id = clues.id AND clue_events.action LIKE '立案%'
) WHERE case_filed = 1;
CREATE INDEX clues_by_case_filed ON clues (case_filed_date) WHERE deleted_at IS NULL AND case_filed = 1;
`,
};
