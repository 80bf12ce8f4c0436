import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ userData: '/home/clerk/.config/根治欠薪工作台账' }));
vi.mock('electron', () => ({ app: { getPath: (name: string) => (name === 'userData' ? electron.userData : '/elsewhere') } }));

import { dbPathFromArgv, ledgerPath } from '../../electron/shell/paths';

const cwd = '/home/clerk';

describe('dbPathFromArgv', () => {
  it('is undefined without --db', () => {
    expect(dbPathFromArgv(['/opt/app/ledger'], cwd)).toBeUndefined();
    expect(dbPathFromArgv(['electron', '.', '--inspect', '--dbx', 'a.db'], cwd)).toBeUndefined();
  });

  it('reads --db <path> and --db=<path>', () => {
    expect(dbPathFromArgv(['ledger.exe', '--db', '/data/县台账.db'], cwd)).toBe(path.resolve('/data/县台账.db'));
    expect(dbPathFromArgv(['electron', '.', '--db=/data/培训.db'], cwd)).toBe(path.resolve('/data/培训.db'));
  });

  it('resolves a relative path against the working folder', () => {
    expect(dbPathFromArgv(['electron', '.', '--db', 'tmp/test.db'], cwd)).toBe(path.resolve(cwd, 'tmp/test.db'));
  });

  it('takes the first --db when given twice', () => {
    expect(dbPathFromArgv(['x', '--db', '/a.db', '--db', '/b.db'], cwd)).toBe(path.resolve('/a.db'));
  });

  it.each([[['x', '--db']], [['x', '--db', '']], [['x', '--db=']], [['x', '--db', '--operator', 'a']]])(
    'refuses a --db without a path: %j',
    (argv) => {
      expect(() => dbPathFromArgv(argv, cwd)).toThrow('--db');
    },
  );
});

describe('ledgerPath', () => {
  it("defaults to ledger.db in the user's application-data folder", () => {
    expect(ledgerPath(['ledger.exe'])).toEqual({ dbPath: path.join(electron.userData, 'ledger.db'), isDefault: true });
  });

  it('lets --db win', () => {
    expect(ledgerPath(['ledger.exe', '--db', '/data/a.db'])).toEqual({ dbPath: path.resolve('/data/a.db'), isDefault: false });
  });
});
