import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { LedgerDb } from './db/schema';
import type { BackupService } from './backup/service';
import type { JobRegistry } from './jobs/registry';
import type { Session } from './accounts/session';

/** What every handler gets besides its parsed input. */
export interface CoreContext {
  db: Kysely<LedgerDb>;
  sqlite: Database.Database;
  dbPath: string;
  /** the folder exports are written to (the clerk's documents folder in the app) */
  exportsDir: string;
  schemaVersion: number;
  appVersion: string;
  /** who is working, as written into the audit log: the signed-in account (王芳（wangfang）), or the trusted local operator */
  readonly operator: string;
  /** the signed-in account, checked by dispatch before every call */
  session: Session;
  now(): Date;
  /** long work (import, export, batch print, backup) with progress and cancel */
  jobs: JobRegistry;
  /** where automatic and manual backups go: <ledger folder>/backups unless given */
  backupsDir: string;
  backups: BackupService;
  /** set when a write failed with a full disk or an I/O error: writes are refused with this reason until restart */
  readOnlyReason: string | null;
  /** restore: closes the ledger, lets `install` replace the file, and opens it again in place (db and sqlite change) */
  replaceFile(install: () => void): Promise<void>;
}

/** Timestamps are stored as ISO 8601 in UTC. */
export function timestamp(ctx: CoreContext): string {
  return ctx.now().toISOString();
}
