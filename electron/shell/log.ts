import path from 'node:path';
import { app } from 'electron';
import log from 'electron-log/main';
import { rotateLogFiles } from './log-files';
import { scrubLogValue } from './log-scrub';

/** About 1 MB per file and three old files: a few months of a clerk's days, small enough to e-mail to support. */
export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_FILES_KEPT = 3;

export type ShellLog = Pick<typeof log, 'info' | 'warn' | 'error'>;

/**
 * The shell's log file, %APPDATA%\根治欠薪工作台账\logs\main.log: start-up, the core starting, stopping and crashing,
 * the core's own error output, and any unexpected error in the main process. Every argument is scrubbed of ID,
 * mobile and bank-card numbers before any transport writes it. Call once, after app 'ready' (the logs path).
 */
export function setupLog(): ShellLog {
  log.transports.file.resolvePathFn = () => path.join(app.getPath('logs'), 'main.log');
  log.transports.file.maxSize = LOG_MAX_BYTES;
  log.transports.file.archiveLogFn = (file) => rotateLogFiles(file.path, LOG_FILES_KEPT);
  log.transports.file.level = 'info';
  // in development the same lines appear in the terminal; an installed program has no console to write to
  log.transports.console.level = app.isPackaged ? false : 'info';
  log.hooks.push((message) => ({ ...message, data: message.data.map(scrubLogValue) }));
  // unhandled errors and rejections are logged (through the scrubbing hook), not shown as Electron's raw dialog
  log.errorHandler.startCatching({ showDialog: false });
  return log;
}
