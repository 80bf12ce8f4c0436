import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CamelCasePlugin, Kysely } from 'kysely';
import { LedgerError } from '../../../shared/errors';
import { takeBackupSync } from '../backup/copy';
import { LedgerSqliteDialect } from './dialect';
import { LEDGER_APPLICATION_ID, SQLITE_HEADER } from './identity';
import { acquireLedgerLock } from './lock';
import { MIGRATIONS, type Migration } from './migrations';
import type { LedgerDb } from './schema';

export interface OpenedDatabase {
  sqlite: Database.Database;
  db: Kysely<LedgerDb>;
  schemaVersion: number;
  /** the copy taken before pending migrations ran, if any */
  migrationBackupPath: string | null;
  close(): Promise<void>;
}

export interface OpenOptions {
  migrations?: readonly Migration[];
  now?: () => Date;
  /** where the copy before migrations goes; <ledger folder>/backups when not given */
  backupsDir?: string;
}

/**
 * Opens (or creates) a ledger file: refuses anything that is not one of our ledgers, or that a newer version
 * wrote, before changing a single byte; then sets WAL / synchronous=FULL / foreign keys, backs the file up and
 * runs the pending migrations, each in its own transaction.
 */
export function openDatabase(dbPath: string, options: OpenOptions = {}): OpenedDatabase {
  const migrations = options.migrations ?? MIGRATIONS;
  const now = options.now ?? (() => new Date());
  fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  refuseNonSqliteFile(dbPath);

  const releaseLock = acquireLedgerLock(dbPath);
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(dbPath);
    const applied = inspectLedger(sqlite, dbPath, migrations);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');

    const pending = migrations.filter((m) => !applied.some((a) => a.id === m.id));
    let migrationBackupPath: string | null = null;
    if (pending.length > 0 && applied.length > 0) {
      migrationBackupPath = takeBackupSync(sqlite, {
        folder: options.backupsDir ?? path.join(path.dirname(dbPath), 'backups'),
        dbPath,
        at: now(),
        reason: '升级前',
      }).path;
    }
    for (const migration of pending) runMigration(sqlite, migration, now());

    const db = new Kysely<LedgerDb>({ dialect: new LedgerSqliteDialect(sqlite), plugins: [new CamelCasePlugin()] });
    const openedSqlite = sqlite;
    return {
      sqlite: openedSqlite,
      db,
      schemaVersion: migrations.at(-1)?.id ?? 0,
      migrationBackupPath,
      async close() {
        try {
          openedSqlite.pragma('wal_checkpoint(TRUNCATE)');
        } finally {
          await db.destroy(); // closes the better-sqlite3 handle
          releaseLock();
        }
      },
    };
  } catch (error) {
    sqlite?.close();
    releaseLock();
    throw error;
  }
}

function refuseNonSqliteFile(dbPath: string): void {
  if (!fs.existsSync(dbPath)) return;
  const stat = fs.statSync(dbPath);
  if (stat.isDirectory()) throw refused(dbPath, '这是一个文件夹，不是台账文件');
  if (stat.size === 0) return;
  const header = Buffer.alloc(16);
  const fd = fs.openSync(dbPath, 'r');
  try {
    fs.readSync(fd, header, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) throw refused(dbPath, '它不是台账文件（不是SQLite数据库）');
}

/** The migrations a ledger has applied; refuses a foreign SQLite file, a newer ledger or unknown migrations. */
function inspectLedger(sqlite: Database.Database, dbPath: string, migrations: readonly Migration[]): { id: number; name: string }[] {
  const applicationId = sqlite.pragma('application_id', { simple: true }) as number;
  const tableCount = (sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
  if (applicationId === 0 && tableCount === 0) return []; // a new, empty file
  if (applicationId !== LEDGER_APPLICATION_ID) throw refused(dbPath, '它不是本程序的台账文件（可能是其他软件的数据库）');

  const applied = sqlite.prepare('SELECT id, name FROM ledger_migrations ORDER BY id').all() as { id: number; name: string }[];
  const latestKnown = migrations.at(-1)?.id ?? 0;
  const newest = applied.at(-1)?.id ?? 0;
  if (newest > latestKnown) {
    throw refused(dbPath, `它由更新版本的程序创建（数据版本${newest}，本程序支持到${latestKnown}），请升级本程序后再打开`);
  }
  for (const step of applied) {
    const known = migrations.find((m) => m.id === step.id);
    if (!known || known.name !== step.name) {
      throw refused(dbPath, `它含有本程序不认识的数据升级（第${step.id}步“${step.name}”），请用创建它的程序版本打开`);
    }
  }
  return applied;
}

function refused(dbPath: string, reason: string): LedgerError {
  return new LedgerError('LEDGER_REFUSED', `无法打开“${dbPath}”：${reason}。文件未做任何改动。`);
}

function runMigration(sqlite: Database.Database, migration: Migration, at: Date): void {
  sqlite.transaction(() => {
    if (migration.id === 1) {
      sqlite.pragma(`application_id = ${LEDGER_APPLICATION_ID}`);
      sqlite.exec('CREATE TABLE ledger_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    }
    sqlite.exec(migration.sql);
    sqlite.prepare('INSERT INTO ledger_migrations (id, name, applied_at) VALUES (?, ?, ?)').run(migration.id, migration.name, at.toISOString());
  })();
}
