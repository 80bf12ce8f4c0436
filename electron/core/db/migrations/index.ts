import { initialMigration } from './001_initial';
import { cluesMigration } from './002_clues';
import { inspectionsMigration } from './003_inspections';
import { workLogMigration } from './004_work_log';
import { documentsMigration } from './005_documents';
import { accountsMigration } from './006_accounts';
import { auditFiltersMigration } from './007_audit_filters';
import type { Migration } from './migration';

/** Every migration this version knows, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [initialMigration, cluesMigration, inspectionsMigration, workLogMigration, documentsMigration, accountsMigration, auditFiltersMigration];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length === 0 ? 0 : (MIGRATIONS[MIGRATIONS.length - 1]?.id ?? 0);

export type { Migration };
