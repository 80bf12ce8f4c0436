import fs from 'node:fs';
import { LedgerError } from '../../../shared/errors';

/**
 * One program at a time writes a ledger: a lock file beside it holds the owner's process id. A lock left by a
 * process that no longer runs (a crash, a power cut) is taken over.
 */
export function acquireLedgerLock(dbPath: string): () => void {
  const lockPath = `${dbPath}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return () => fs.rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(fs.readFileSync(lockPath, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isRunning(owner)) {
        throw new LedgerError('LEDGER_LOCKED', `台账文件正被另一个程序使用（进程号${owner}），请先关闭它再打开。`);
      }
      fs.rmSync(lockPath, { force: true }); // stale: its owner is gone
    }
  }
  throw new LedgerError('LEDGER_LOCKED', '无法锁定台账文件，请检查文件夹是否可写。');
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
