import fs from 'node:fs';
import path from 'node:path';

/**
 * Rotation for the log file: main.log becomes main.1.log, main.1.log becomes main.2.log…, and the oldest is dropped,
 * so the logs folder never holds more than `keep` old files beside the current one. electron-log calls this
 * synchronously when the file passes its size limit; pure Node, so it is tested on real files.
 */
export function rotateLogFiles(current: string, keep: number): void {
  const ext = path.extname(current);
  const stem = current.slice(0, current.length - ext.length);
  const numbered = (n: number) => `${stem}.${n}${ext}`;
  fs.rmSync(numbered(keep), { force: true });
  for (let n = keep - 1; n >= 1; n--) {
    if (fs.existsSync(numbered(n))) fs.renameSync(numbered(n), numbered(n + 1));
  }
  if (fs.existsSync(current)) fs.renameSync(current, numbered(1));
}
