import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { parseArgs, runCli } from '../../electron/core/cli/main';
import { defaultLedgerPath, PRODUCT_NAME } from '../../electron/core/cli/default-path';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/core/db/migrations';
import { openLedger } from '../../electron/core/ledger';
import { tempFolder, valueOf } from './helpers';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MAIN = path.join(ROOT, 'electron/core/cli/main.ts');

/** The CLI as a clerk runs it: a child process on the pinned Node, from TypeScript through tsx. */
function ledgerCli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  delete env['INIT_CWD'];
  const result = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A new, empty ledger file as the app leaves it after its first start. */
async function freshLedgerFile(): Promise<string> {
  const dbPath = path.join(tempFolder(), 'ledger.db');
  await openLedger({ dbPath }).close();
  return dbPath;
}

function count(dbPath: string, sql: string): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('the default ledger path (where Electron keeps userData)', () => {
  it('is named after package.json productName', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { productName: string };
    expect(PRODUCT_NAME).toBe(pkg.productName);
  });

  it('lives under %APPDATA% on Windows', () => {
    expect(defaultLedgerPath({ platform: 'win32', env: { APPDATA: 'C:\\Users\\张三\\AppData\\Roaming' }, homeDir: 'C:\\Users\\张三' })).toBe(
      'C:\\Users\\张三\\AppData\\Roaming\\根治欠薪工作台账\\ledger.db',
    );
    expect(defaultLedgerPath({ platform: 'win32', env: {}, homeDir: 'C:\\Users\\张三' })).toBe('C:\\Users\\张三\\AppData\\Roaming\\根治欠薪工作台账\\ledger.db');
  });

  it('lives under ~/.config (or $XDG_CONFIG_HOME) on Linux', () => {
    expect(defaultLedgerPath({ platform: 'linux', env: {}, homeDir: '/home/zhang' })).toBe('/home/zhang/.config/根治欠薪工作台账/ledger.db');
    expect(defaultLedgerPath({ platform: 'linux', env: { XDG_CONFIG_HOME: '/data/config' }, homeDir: '/home/zhang' })).toBe('/data/config/根治欠薪工作台账/ledger.db');
    expect(defaultLedgerPath({ platform: 'linux', env: { XDG_CONFIG_HOME: 'relative' }, homeDir: '/home/zhang' })).toBe('/home/zhang/.config/根治欠薪工作台账/ledger.db');
  });

  it('lives under ~/Library/Application Support on macOS', () => {
    expect(defaultLedgerPath({ platform: 'darwin', env: {}, homeDir: '/Users/zhang' })).toBe('/Users/zhang/Library/Application Support/根治欠薪工作台账/ledger.db');
  });
});

describe('command-line parsing', () => {
  it('reads the command, --db in both forms and --seed', () => {
    expect(parseArgs(['check', '--db', 'a.db'])).toMatchObject({ command: 'check', dbPath: 'a.db' });
    expect(parseArgs(['--db=台账.db', 'demo', '--seed', '42'])).toMatchObject({ command: 'demo', dbPath: '台账.db', seed: 42 });
    expect(parseArgs(['-h'])).toMatchObject({ help: true, command: null });
  });

  it('refuses a --db without a path, unknown options and stray arguments, in Chinese', () => {
    expect(() => parseArgs(['check', '--db'])).toThrow('选项 --db 后面缺少值');
    expect(() => parseArgs(['check', '--db', '--seed', '1'])).toThrow('选项 --db 后面缺少值');
    expect(() => parseArgs(['check', '--force'])).toThrow('不认识的选项：--force');
    expect(() => parseArgs(['check', 'demo'])).toThrow('多余的参数：demo');
    expect(() => parseArgs(['demo', '--seed', '-1'])).toThrow('随机种子应为不超过9位的非负整数');
    expect(() => parseArgs(['demo', '--seed', 'abc'])).toThrow('随机种子');
  });
});

describe('where the CLI looks for the ledger', () => {
  it('resolves a relative --db against the folder npm was run from (INIT_CWD), not the package folder', async () => {
    const folder = tempFolder();
    const lines: string[] = [];
    const code = await runCli(['check', '--db', '台账.db'], { out: (l) => lines.push(l), err: (l) => lines.push(l) }, { INIT_CWD: folder });
    expect(code).toBe(3);
    expect(lines.join('\n')).toContain(`找不到台账文件“${path.join(folder, '台账.db')}”`);
  });
});

describe('ledger check', () => {
  it('passes a fresh ledger, showing the schema version and counts', async () => {
    const dbPath = await freshLedgerFile();
    const run = ledgerCli('check', '--db', dbPath);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`数据版本：第${LATEST_SCHEMA_VERSION}版（本程序支持到第${LATEST_SCHEMA_VERSION}版）`);
    expect(run.stdout).not.toContain('升级');
    expect(run.stdout).toContain('单位：0个');
    expect(run.stdout).toContain('项目：0个');
    expect(run.stdout).toContain('线索：0条');
    expect(run.stdout).toContain('台账检查通过');
    expect(fs.existsSync(`${dbPath}.lock`)).toBe(false);
  });

  it.skipIf(MIGRATIONS.length < 2)('migrates an older ledger, naming the backup it took first', async () => {
    const dbPath = path.join(tempFolder(), 'ledger.db');
    const older = MIGRATIONS.slice(0, -1);
    await openLedger({ dbPath, migrations: older }).close();
    const run = ledgerCli('check', '--db', dbPath);
    expect(run.code).toBe(0);
    const from = older.at(-1)?.id ?? 0;
    expect(run.stdout).toContain(`已将台账从第${from}版升级到第${LATEST_SCHEMA_VERSION}版，升级前的备份：`);
    const backup = /升级前的备份：(.+)$/m.exec(run.stdout)?.[1] ?? '';
    expect(fs.existsSync(backup)).toBe(true);
    expect(run.stdout).toContain('台账检查通过');
    expect(count(dbPath, 'SELECT max(id) AS n FROM ledger_migrations')).toBe(LATEST_SCHEMA_VERSION);
  });

  it('refuses a text file, says why, and leaves its bytes and folder untouched', () => {
    const folder = tempFolder();
    const file = path.join(folder, '工作记录.txt');
    const bytes = Buffer.from('这不是台账，是一份工作记录。\n第二行\n', 'utf8');
    fs.writeFileSync(file, bytes);
    const run = ledgerCli('check', '--db', file);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('不是台账文件');
    expect(run.stderr).toContain('文件未做任何改动');
    expect(run.stdout).toBe('');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(folder)).toEqual(['工作记录.txt']);
  });

  it('refuses a missing file without creating it', () => {
    const dbPath = path.join(tempFolder(), 'none.db');
    const run = ledgerCli('check', '--db', dbPath);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('找不到台账文件');
    expect(fs.existsSync(dbPath)).toBe(false);
  });

  it('refuses a ledger another program holds, and leaves its lock alone', async () => {
    const dbPath = await freshLedgerFile();
    fs.writeFileSync(`${dbPath}.lock`, String(process.pid)); // this test process is alive: the lock is not stale
    const run = ledgerCli('check', '--db', dbPath);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('正被另一个程序使用');
    expect(fs.readFileSync(`${dbPath}.lock`, 'utf8')).toBe(String(process.pid));
  });

  it('lists a broken reference as a problem in Chinese and exits non-zero', async () => {
    const dbPath = path.join(tempFolder(), 'ledger.db');
    const ledger = openLedger({ dbPath });
    valueOf(await ledger.call('settings.update', { townships: ['兴国镇'] }));
    valueOf(await ledger.call('companies.create', { values: { name: '秦安县住房和城乡建设局', roles: ['建设单位'] } }));
    valueOf(
      await ledger.call('projects.create', {
        values: { name: '秦安县城区公厕改造工程', projectType: '市政', investmentType: '政府投资', township: '兴国镇', department: '住建局', builderId: 1 },
      }),
    );
    ledger.ctx.sqlite.pragma('foreign_keys = OFF');
    ledger.ctx.sqlite.prepare('UPDATE projects SET builder_id = 999').run();
    await ledger.close();

    const run = ledgerCli('check', '--db', dbPath);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('问题1：projects表第1行引用的companies记录不存在');
    expect(run.stderr).toContain('台账检查未通过');
    expect(run.stdout).not.toContain('台账检查通过');
  });

  it('reports a damaged file and exits non-zero', async () => {
    const dbPath = path.join(tempFolder(), 'ledger.db');
    expect(ledgerCli('demo', '--db', dbPath).code).toBe(0);
    const bytes = fs.readFileSync(dbPath);
    const pageSize = bytes.readUInt16BE(16);
    for (let page = 2; page * pageSize < bytes.length; page += 2) bytes.fill(0x5a, page * pageSize + 8, page * pageSize + 600);
    fs.writeFileSync(dbPath, bytes);
    const run = ledgerCli('check', '--db', dbPath);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('损坏');
    expect(run.stdout).not.toContain('台账检查通过');
  });
});

describe('ledger demo', () => {
  it('fills an empty ledger with the demo county, refuses a second run, and the result passes check', () => {
    const dbPath = path.join(tempFolder(), '演示台账.db');
    const first = ledgerCli('demo', '--db', dbPath);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('单位100个，项目65个');
    expect(first.stdout).toContain('实名登记5938人');
    expect(first.stdout).toContain('18个项目存储工资保证金2944.80万元');
    // the clues are dated from the day the command runs: the report's figures hold whatever the day
    expect(first.stdout).toContain('线索403条');
    expect(first.stdout).toContain('国家平台304条、办结296条，省平台49条、办结49条');
    expect(first.stdout).toContain('解决1283名农民工欠薪1937.00万元，立案7件，在办14条（已超期4条）');

    expect(count(dbPath, 'SELECT count(*) AS n FROM projects')).toBe(65);
    expect(count(dbPath, 'SELECT count(*) AS n FROM companies')).toBe(100);
    expect(count(dbPath, 'SELECT count(*) AS n FROM projects WHERE is_demo = 1')).toBe(65);
    expect(count(dbPath, 'SELECT count(*) AS n FROM companies WHERE is_demo = 1')).toBe(100);
    expect(count(dbPath, 'SELECT count(*) AS n FROM clues WHERE is_demo = 1')).toBe(403);
    const rosterWorkers = count(dbPath, 'SELECT count(*) AS n FROM clue_workers WHERE is_demo = 1');
    expect(first.stdout).toContain(`欠薪农民工名单${rosterWorkers}人`);
    expect(count(dbPath, "SELECT count(*) AS n FROM audit_log WHERE action = 'create'")).toBe(165 + 403 + rosterWorkers);
    expect(count(dbPath, "SELECT count(*) AS n FROM settings WHERE key = 'countyName' AND value = '\"秦安县\"'")).toBe(1);
    const audit = count(dbPath, 'SELECT count(*) AS n FROM audit_log');

    const second = ledgerCli('demo', '--db', dbPath);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('演示数据只能写入空台账');
    expect(count(dbPath, 'SELECT count(*) AS n FROM projects')).toBe(65);
    expect(count(dbPath, 'SELECT count(*) AS n FROM audit_log')).toBe(audit);

    const check = ledgerCli('check', '--db', dbPath);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('项目：65个（其中演示数据65个；回收站0个）');
    expect(check.stdout).toContain('线索：403条（其中演示数据403条；回收站0条）');
    expect(check.stdout).toContain('台账检查通过');
  });

  it('refuses a ledger that already holds clues, even with no companies or projects', async () => {
    const dbPath = path.join(tempFolder(), 'ledger.db');
    const ledger = openLedger({ dbPath });
    valueOf(await ledger.call('clues.create', { values: { source: '来访', receivedDate: '2026-01-05', sector: '非工程建设', complainantName: '王五', employerName: '某餐馆' } }));
    await ledger.close();
    const run = ledgerCli('demo', '--db', dbPath);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('1条线索（含回收站），演示数据只能写入空台账');
    expect(count(dbPath, 'SELECT count(*) AS n FROM companies')).toBe(0);
    expect(count(dbPath, 'SELECT count(*) AS n FROM clues')).toBe(1);
  });

  it('refuses a ledger whose county settings were already saved', async () => {
    const dbPath = path.join(tempFolder(), 'ledger.db');
    const ledger = openLedger({ dbPath });
    valueOf(await ledger.call('settings.update', { countyName: '清水县' }));
    await ledger.close();
    const run = ledgerCli('demo', '--db', dbPath);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('已保存过本县的设置');
    expect(count(dbPath, 'SELECT count(*) AS n FROM companies')).toBe(0);
  });

  it('refuses a file that is not a ledger and leaves it untouched', () => {
    const file = path.join(tempFolder(), 'notes.db');
    fs.writeFileSync(file, 'plain text');
    const run = ledgerCli('demo', '--db', file);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('不是台账文件');
    expect(fs.readFileSync(file, 'utf8')).toBe('plain text');
  });

  it('explains an unknown command', () => {
    const run = ledgerCli('repair');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('不认识的命令：repair');
  });
});
