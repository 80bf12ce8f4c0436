import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../electron/core/ledger';
import { inspect, integrity, tempFolder } from './support/files';

/**
 * A disk that fills mid-write: a 3 MB tmpfs where this machine lets us mount one (root in CI), otherwise SQLite's
 * max_page_count, which fails the write the same way (SQLITE_FULL). Either way: a clean Chinese error, nothing half
 * written, every earlier change kept, and the ledger stays readable — and refuses further writes, saying why.
 */
const mounted: string[] = [];

function smallDisk(): { folder: string; limitPages: (ledger: Ledger) => void } {
  const folder = tempFolder();
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', folder], { stdio: 'ignore' });
    mounted.push(folder);
    return { folder, limitPages: () => undefined };
  } catch {
    // no tmpfs here: cap the file's pages a little above what it holds now
    return {
      folder,
      limitPages: (ledger) => {
        const pages = ledger.ctx.sqlite.pragma('page_count', { simple: true }) as number;
        ledger.ctx.sqlite.pragma(`max_page_count = ${pages + 200}`);
      },
    };
  }
}

afterAll(() => {
  for (const folder of mounted.splice(0)) execFileSync('umount', ['-l', folder]);
});

describe('a full disk', () => {
  it('refuses the write with a Chinese message, keeps everything saved, and leaves the ledger readable but read-only', async () => {
    const disk = smallDisk();
    const dbPath = path.join(disk.folder, 'ledger.db');
    const ledger = openLedger({ dbPath, backupsDir: path.join(tempFolder(), 'backups') });
    disk.limitPages(ledger);
    const saved: string[] = [];
    let failure: { code: string; message: string } | null = null;
    for (let i = 0; i < 5000 && !failure; i++) {
      const name = `单位${i}`;
      const result = await ledger.call('companies.create', { values: { name, roles: ['施工总承包'], note: `备注${i}`.repeat(300) } });
      if (result.ok) saved.push(name);
      else failure = result.error;
    }
    expect(failure?.code).toBe('IO');
    expect(failure?.message).toContain('磁盘已满');
    expect(failure?.message).toContain('没有保存');
    expect(saved.length).toBeGreaterThan(10);

    // reads work, writes are refused with the reason
    const listed = await ledger.call('companies.list', {});
    expect(listed.ok && (listed.value as unknown[]).length).toBe(saved.length);
    const again = await ledger.call('companies.create', { values: { name: '小单位', roles: ['施工总承包'] } });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.message).toContain('只读');
    const status = await ledger.call('recovery.status', {});
    expect(status.ok && (status.value as { readOnlyReason: string | null }).readOnlyReason).toContain('只读');

    await ledger.close().catch(() => undefined); // the closing checkpoint may itself find no room
    inspect(dbPath, (db) => {
      expect(integrity(db)).toBe('ok');
      const names = (db.prepare('SELECT name FROM companies ORDER BY id').all() as { name: string }[]).map((row) => row.name);
      expect(names).toEqual(saved);
      const audits = db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'companies'").get() as { n: number };
      expect(audits.n).toBe(saved.length);
    });
    expect(fs.existsSync(`${dbPath}.lock`)).toBe(false);
  });
});
