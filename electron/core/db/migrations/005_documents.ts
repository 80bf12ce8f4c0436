import type { Migration } from './migration';

/**
 * The register of issued documents. A number is unique per type and year; the content is frozen at issue — the
 * triggers refuse any change to it and any deletion, so a reprint is always the document that was served.
 */
export const documentsMigration: Migration = {
  id: 5,
  name: 'documents',
  sql: `
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  year INTEGER NOT NULL,
  sequence INTEGER NOT NULL,
  number TEXT NOT NULL,
  date TEXT NOT NULL,
  addressee TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  status TEXT NOT NULL,
  served_date TEXT,
  receiver TEXT,
  void_reason TEXT,
  content_json TEXT NOT NULL,
  issued_by TEXT NOT NULL,
  issued_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX documents_unique_sequence ON documents (type, year, sequence);
CREATE UNIQUE INDEX documents_unique_number ON documents (number);
CREATE INDEX documents_by_record ON documents (entity, entity_id);

CREATE TRIGGER documents_content_frozen BEFORE UPDATE OF content_json, number, type, year, sequence, date ON documents
BEGIN
  SELECT RAISE(ABORT, '已签发文书的内容和文号不能修改');
END;

CREATE TRIGGER documents_never_deleted BEFORE DELETE ON documents
BEGIN
  SELECT RAISE(ABORT, '已签发的文书不能删除，只能作废');
END;
`,
};
