import type { ColumnType, Generated } from 'kysely';

/**
 * Kysely's view of the tables. Catalog record tables have one column per catalog field; their columns are
 * listed by the catalog, so here they are typed loosely and checked against the catalog by a test.
 */
export interface RecordRow {
  id: Generated<number>;
  [column: string]: unknown;
}

export interface SettingsRow {
  key: string;
  value: string;
}

export interface AuditRow {
  id: Generated<number>;
  at: string;
  operator: string;
  entity: string;
  entityId: number;
  action: string;
  beforeJson: string | null;
  afterJson: string | null;
}

export interface MigrationRow {
  id: number;
  name: string;
  appliedAt: ColumnType<string, string, never>;
}

export interface LedgerDb {
  companies: RecordRow;
  projects: RecordRow;
  settings: SettingsRow;
  auditLog: AuditRow;
  ledgerMigrations: MigrationRow;
}

export type RecordTable = 'companies' | 'projects';
