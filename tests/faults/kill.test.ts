import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { backupProblem } from '../../electron/core/backup/copy';
import { parseBackupName } from '../../electron/core/backup/names';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { openLedger } from '../../electron/core/ledger';
import { bundleCore, KillableCore } from './support/core';
import { inspect, integrity, seeded, tempFolder } from './support/files';

/**
 * SIGKILL at random moments (seeded: the same moments every run) while the core writes, while it commits one large
 * multi-row transaction (a roster paste), and while it migrates: at least 100 kills in all. After each, the file
 * must pass integrity_check, hold every change the core acknowledged, and show no transaction half applied.
 */
const WRITE_KILLS = 40;
const IMPORT_KILLS = 30;
const MIGRATION_KILLS = 30;
const ROSTER_ROWS = 1500;
const COMPANIES = 8_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let bundle = '';

beforeAll(async () => {
  bundle = await bundleCore();
});

async function startReady(dbPath: string): Promise<KillableCore> {
  const { core, ready } = KillableCore.spawn(bundle, dbPath);
  const first = await ready;
  if (first?.type !== 'ready') throw new Error(`core did not start: ${JSON.stringify(first)}`);
  return core;
}

describe('killing the core', () => {
  it(`keeps every acknowledged write across ${WRITE_KILLS} kills mid-write`, async () => {
    const random = seeded(1);
    const dbPath = path.join(tempFolder(), 'ledger.db');
    const acknowledged = new Set<string>();
    for (let round = 0; round < WRITE_KILLS; round++) {
      const core = await startReady(dbPath);
      let stop = false;
      const writer = async (lane: number) => {
        for (let n = 0; !stop; n++) {
          const name = `第${round}轮${lane}号公司${n}`;
          const result = await core.call('companies.create', { values: { name, roles: ['施工总承包'] } });
          if (!result.ok) return;
          acknowledged.add(name);
        }
      };
      const lanes = [writer(0), writer(1)];
      await sleep(random() * 120);
      stop = true;
      await core.kill();
      await Promise.all(lanes);

      inspect(dbPath, (db) => {
        expect(integrity(db), `round ${round}`).toBe('ok');
        const names = new Set((db.prepare('SELECT name FROM companies').all() as { name: string }[]).map((row) => row.name));
        for (const name of acknowledged) expect(names.has(name), `round ${round}: ${name} acknowledged but missing`).toBe(true);
        // the record and its audit row are one transaction: never one without the other
        const audits = db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'companies' AND action = 'create'").get() as { n: number };
        expect(audits.n, `round ${round}`).toBe(names.size);
      });
    }
    expect(acknowledged.size).toBeGreaterThan(WRITE_KILLS);
  });

  it(`never half-applies a ${ROSTER_ROWS}-row roster paste across ${IMPORT_KILLS} kills`, async () => {
    const random = seeded(2);
    const dbPath = path.join(tempFolder(), 'ledger.db');
    const setup = openLedger({ dbPath });
    const created = await setup.call('clues.create', {
      values: { source: '国家平台', receivedDate: '2026-09-28', sector: '工程建设', complainantName: '王五', employerName: '某建筑劳务公司', workersInvolved: 3, amountInvolved: 3_000_000 },
    });
    if (!created.ok) throw new Error(created.error.message);
    const clueId = (created.value as { id: number }).id;
    await setup.close();

    const rowsOf = (round: number) => Array.from({ length: ROSTER_ROWS }, (_, i) => [`工人${round}-${i}`, '', '', '1000', '', '', '']);
    const countRows = () => inspect(dbPath, (db) => (db.prepare('SELECT count(*) AS n FROM clue_workers WHERE clue_id = ?').get(clueId) as { n: number }).n);

    // one paste to the end: how long a paste takes here, so the kills land before, during and after its commit
    let core = await startReady(dbPath);
    const started = performance.now();
    const full = await core.call('clueWorkers.importRows', { clueId, rows: rowsOf(-1) });
    const duration = performance.now() - started;
    expect(full.ok).toBe(true);
    await core.close();
    let committed = countRows();
    expect(committed).toBe(ROSTER_ROWS);

    let landedMidway = 0;
    for (let round = 0; round < IMPORT_KILLS; round++) {
      core = await startReady(dbPath);
      const paste = core.call('clueWorkers.importRows', { clueId, rows: rowsOf(round) });
      await sleep(random() * duration * 1.3);
      await core.kill();
      const answer = await paste;
      const now = countRows();
      expect(now === committed || now === committed + ROSTER_ROWS, `round ${round}: ${now - committed} rows of ${ROSTER_ROWS}`).toBe(true);
      if (answer.ok) expect(now, `round ${round}: acknowledged paste missing`).toBe(committed + ROSTER_ROWS);
      else landedMidway++;
      inspect(dbPath, (db) => expect(integrity(db), `round ${round}`).toBe('ok'));
      committed = now;
    }
    expect(landedMidway).toBeGreaterThan(0); // some kills did land before the answer
  });

  it(`leaves each migration applied whole or not at all across ${MIGRATION_KILLS} kills`, async () => {
    const random = seeded(3);
    const template = path.join(tempFolder(), 'v1.db');
    const v1 = openLedger({ dbPath: template, migrations: MIGRATIONS.slice(0, 1) });
    // enough rows that the copy taken before migrating lasts long enough to be cut short
    v1.ctx.sqlite.transaction(() => {
      const insert = v1.ctx.sqlite.prepare("INSERT INTO companies (name, roles, created_at, created_by, updated_at, updated_by) VALUES (?, '[]', '2026-01-01', '测试', '2026-01-01', '测试')");
      for (let i = 0; i < COMPANIES; i++) insert.run(`老公司${i}${'甲'.repeat(100)}`);
    })();
    await v1.close();
    fs.rmSync(path.join(path.dirname(template), 'backups'), { recursive: true, force: true });
    // what each migration creates first (a table, or an index for those that only add indexes): present exactly when applied
    const firstObject = new Map(MIGRATIONS.map((m) => [m.id, /CREATE (?:TABLE|INDEX) (\w+)/.exec(m.sql)?.[1] ?? '']));

    const fresh = () => {
      const dbPath = path.join(tempFolder(), 'ledger.db');
      fs.copyFileSync(template, dbPath); // a closed file: a plain copy is exact
      return dbPath;
    };
    const backupsOf = (dbPath: string) => path.join(path.dirname(dbPath), 'backups');
    /** Resolves once the core begins the pre-migration copy (its folder appears): the migration window opens. */
    const migrationBegins = async (dbPath: string, core: KillableCore) => {
      while (!fs.existsSync(backupsOf(dbPath)) && core.child.exitCode === null) await sleep(1);
    };
    const calibrationPath = fresh();
    const calibration = KillableCore.spawn(bundle, calibrationPath);
    await migrationBegins(calibrationPath, calibration.core);
    const started = performance.now();
    expect((await calibration.ready)?.type).toBe('ready');
    const window = performance.now() - started;
    await calibration.core.close();

    const reached = new Set<number>();
    for (let round = 0; round < MIGRATION_KILLS; round++) {
      const dbPath = fresh();
      const { core } = KillableCore.spawn(bundle, dbPath);
      await migrationBegins(dbPath, core);
      await sleep(random() * window * 1.2);
      await core.kill();

      const applied = inspect(dbPath, (db) => {
        expect(integrity(db), `round ${round}`).toBe('ok');
        const ids = (db.prepare('SELECT id FROM ledger_migrations ORDER BY id').all() as { id: number }[]).map((row) => row.id);
        const objects = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')").all() as { name: string }[]).map((row) => row.name));
        for (const migration of MIGRATIONS) {
          expect(objects.has(firstObject.get(migration.id) ?? ''), `round ${round}: migration ${migration.id}`).toBe(ids.includes(migration.id));
        }
        expect((db.prepare('SELECT count(*) AS n FROM companies').get() as { n: number }).n).toBe(COMPANIES);
        return ids;
      });
      reached.add(applied.length);
      // a backup that has its final name is a good one; a copy cut short keeps its .partial name
      const backups = backupsOf(dbPath);
      for (const name of fs.existsSync(backups) ? fs.readdirSync(backups) : []) {
        if (parseBackupName(name)) expect(backupProblem(path.join(backups, name)), `round ${round}: ${name}`).toBeNull();
      }
      if (round % 5 !== 0) continue;
      // and the next start finishes the job (checked every fifth round: it is the same code each time)
      const reopened = openLedger({ dbPath });
      expect(reopened.ctx.schemaVersion).toBe(MIGRATIONS.at(-1)?.id);
      await reopened.close();
    }
    expect(reached.size).toBeGreaterThan(1); // the kills landed at different stages
  });
});
