import path from 'node:path';
import { app } from 'electron';

/**
 * Where the ledger file lives. By default in the user's application-data folder (per user, survives updates and
 * uninstalls); `--db <path>` opens another file, e.g. a copy on a USB stick or a training ledger.
 */

export const DEFAULT_LEDGER_NAME = 'ledger.db';

/**
 * The `--db <path>` (or `--db=<path>`) argument resolved against cwd, or undefined when absent.
 * A `--db` without a path is an error rather than a silent fallback: opening the default ledger when the clerk
 * meant another file would put records in the wrong book.
 */
export function dbPathFromArgv(argv: readonly string[], cwd: string): string | undefined {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    let value: string | undefined;
    if (arg === '--db') value = argv[index + 1];
    else if (arg !== undefined && arg.startsWith('--db=')) value = arg.slice('--db='.length);
    else continue;
    if (value === undefined || value.trim() === '' || value.startsWith('--')) {
      throw new Error('命令行参数 --db 后面缺少台账文件的路径');
    }
    return path.resolve(cwd, value);
  }
  return undefined;
}

/** The ledger path for this run: --db wins, else <userData>/ledger.db. Call after app 'ready'. Throws on a bare --db. */
export function ledgerPath(argv: readonly string[] = process.argv): { dbPath: string; isDefault: boolean } {
  const fromArgv = dbPathFromArgv(argv, process.cwd());
  if (fromArgv !== undefined) return { dbPath: fromArgv, isDefault: false };
  return { dbPath: path.join(app.getPath('userData'), DEFAULT_LEDGER_NAME), isDefault: true };
}
