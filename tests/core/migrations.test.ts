import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { companyEntity } from '../../shared/domain/company';
import { inputFields } from '../../shared/domain/field';
import { projectEntity } from '../../shared/domain/project';
import { LedgerError } from '../../shared/errors';
import { openDatabase } from '../../electron/core/db/open';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { openLedger } from '../../electron/core/ledger';
import { tempFolder } from './helpers';

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function refusal(open: () => unknown): LedgerError {
  try {
    open();
  } catch (error) {
    if (error instanceof LedgerError) return error;
    throw error;
  }
  throw new Error('expected the ledger to be refused');
}

describe('opening and migrating a ledger file', () => {
  it('creates a new ledger from empty with WAL, synchronous=FULL and foreign keys on', async () => {
    const dbPath = path.join(tempFolder(), 'sub', 'ledger.db');
    const opened = openDatabase(dbPath);
    expect(opened.schemaVersion).toBe(MIGRATIONS.at(-1)?.id);
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(opened.migrationBackupPath).toBeNull();
    await opened.close();
    expect(fs.existsSync(`${dbPath}.lock`)).toBe(false);
  });

  it('has a column for every catalog field', async () => {
    const opened = openDatabase(path.join(tempFolder(), 'ledger.db'));
    for (const entity of [companyEntity, projectEntity]) {
      const columns = (opened.sqlite.pragma(`table_info(${entity.name})`) as { name: string }[]).map((c) => c.name);
      for (const field of inputFields(entity)) expect(columns, `${entity.name}.${field.key}`).toContain(snake(field.key));
    }
    await opened.close();
  });

  it('reopens an existing ledger without running migrations again', async () => {
    const dbPath = path.join(tempFolder(), 'ledger.db');
    const first = openLedger({ dbPath });
    await first.call('companies.create', { values: { name: '甲公司', roles: ['施工总承包'] } });
    await first.close();
    const second = openLedger({ dbPath });
    const list = await second.call('companies.list', {});
    expect(list.ok && list.value).toHaveLength(1);
    await second.close();
  });

  it('refuses a text file and leaves it untouched', () => {
    const dbPath = path.join(tempFolder(), 'notes.db');
    fs.writeFileSync(dbPath, '这不是数据库');
    const before = fs.readFileSync(dbPath);
    const error = refusal(() => openDatabase(dbPath));
    expect(error.code).toBe('LEDGER_REFUSED');
    expect(error.message).toContain('不是台账文件');
    expect(fs.readFileSync(dbPath).equals(before)).toBe(true);
    expect(fs.existsSync(`${dbPath}.lock`)).toBe(false);
  });

  it('refuses another program\'s SQLite database and leaves it untouched', () => {
    const dbPath = path.join(tempFolder(), 'other.db');
    const other = new Database(dbPath);
    other.exec("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('x');");
    other.close();
    const before = fs.readFileSync(dbPath);
    const error = refusal(() => openDatabase(dbPath));
    expect(error.message).toContain('不是本程序的台账文件');
    expect(fs.readFileSync(dbPath).equals(before)).toBe(true);
    expect(fs.existsSync(`${dbPath}-wal`)).toBe(false);
  });

  it('refuses a ledger written by a newer version, untouched', async () => {
    const dbPath = path.join(tempFolder(), 'ledger.db');
    const newer = [...MIGRATIONS, { id: 99, name: 'future', sql: 'CREATE TABLE future_things (id INTEGER PRIMARY KEY);' }];
    await openDatabase(dbPath, { migrations: newer }).close();
    const before = fs.readFileSync(dbPath);
    const error = refusal(() => openDatabase(dbPath));
    expect(error.code).toBe('LEDGER_REFUSED');
    expect(error.message).toContain('更新版本');
    expect(fs.readFileSync(dbPath).equals(before)).toBe(true);
  });

  it('refuses a ledger with a migration this version does not know', async () => {
    const dbPath = path.join(tempFolder(), 'ledger.db');
    const renamed = MIGRATIONS.map((m) => (m.id === 1 ? { ...m, name: 'someone-elses-initial' } : m));
    await openDatabase(dbPath, { migrations: renamed }).close();
    const error = refusal(() => openDatabase(dbPath));
    expect(error.message).toContain('不认识的数据升级');
  });

  it('backs the ledger up before running pending migrations, and runs each in a transaction', async () => {
    const dbPath = path.join(tempFolder(), 'ledger.db');
    const v1 = openLedger({ dbPath });
    await v1.call('companies.create', { values: { name: '甲公司', roles: ['施工总承包'] } });
    await v1.close();

    const latest = MIGRATIONS.at(-1)?.id ?? 0;
    const broken = [...MIGRATIONS, { id: latest + 1, name: 'broken', sql: 'CREATE TABLE half_done (id INTEGER); SELECT no_such_function();' }];
    expect(() => openDatabase(dbPath, { migrations: broken })).toThrow();
    const check = new Database(dbPath, { readonly: true });
    expect(check.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    check.close();

    const next = [...MIGRATIONS, { id: latest + 1, name: 'add-things', sql: 'CREATE TABLE things (id INTEGER PRIMARY KEY);' }];
    const opened = openDatabase(dbPath, { migrations: next, now: () => new Date('2026-11-27T10:00:00Z') });
    expect(opened.schemaVersion).toBe(latest + 1);
    expect(opened.migrationBackupPath).not.toBeNull();
    const backup = new Database(opened.migrationBackupPath as string, { readonly: true });
    expect(backup.prepare('SELECT name FROM companies').all()).toEqual([{ name: '甲公司' }]);
    expect(backup.prepare('SELECT max(id) AS v FROM ledger_migrations').get()).toEqual({ v: latest });
    backup.close();
    await opened.close();
  });

  it('lets only one program hold the ledger', async () => {
    const dbPath = path.join(tempFolder(), 'ledger.db');
    fs.writeFileSync(`${dbPath}.lock`, String(process.ppid)); // a running process that is not us
    const error = refusal(() => openDatabase(dbPath));
    expect(error.code).toBe('LEDGER_LOCKED');
    fs.writeFileSync(`${dbPath}.lock`, '999999999'); // a process that no longer runs: the lock is stale
    await openDatabase(dbPath).close();
  });
});
