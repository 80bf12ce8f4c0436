import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { type CoreHost, startCore } from './core-host';
import { denyAllPermissions } from './guards';
import { registerLedgerChannel } from './ipc';
import { setupLog } from './log';
import { installMenu } from './menu';
import { createShellMethods } from './shell-methods';
import { ledgerPath } from './paths';
import { APP_ENTRY_URL } from './security';
import { createSecureWindow } from './window';

/**
 * The main process: one instance, one window, one core process. Everything it loads sits under the app folder
 * (app.asar when installed): dist/renderer, dist/shell/preload.cjs, dist/core/entry.cjs.
 */

const distDir = path.join(app.getAppPath(), 'dist');
const rendererDir = path.join(distDir, 'renderer');
const preloadPath = path.join(distDir, 'shell', 'preload.cjs');
const coreEntryPath = path.join(distDir, 'core', 'entry.cjs');

let core: CoreHost | undefined;
let coreClosed = false;
// the log file's path is resolved on the first write, after 'ready'; errors before that are caught all the same
const log = setupLog();

/** Who is recorded in the audit rows: the Windows account, which is how the office tells clerks apart. */
function operatorName(): string {
  try {
    const name = os.userInfo().username.trim();
    return name === '' ? '本机用户' : name;
  } catch {
    return '本机用户';
  }
}

function focusFirstWindow(): void {
  const window = BrowserWindow.getAllWindows()[0];
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

function fail(title: string, message: string): void {
  log.error(title, message);
  dialog.showErrorBox(title, message);
  app.quit();
}

/** 帮助 → 关于: a same-document hash change, which the page turns into its 关于 dialog (no extra channel). */
function showAbout(): void {
  BrowserWindow.getAllWindows()[0]?.loadURL(`${APP_ENTRY_URL}#/about`).catch((error: unknown) => log.warn('无法打开“关于”', error));
}

async function start(): Promise<void> {
  log.info(`程序启动：版本 ${app.getVersion()}，Electron ${process.versions.electron}，${process.platform} ${os.release()}`);
  denyAllPermissions(session.defaultSession);
  serveRenderer(rendererDir);

  const { dbPath, isDefault } = ledgerPath();
  // the default folder may not exist on the first run; a --db folder is the clerk's to create
  if (isDefault) mkdirSync(path.dirname(dbPath), { recursive: true });

  // exports go where clerks look for files: 文档\根治欠薪工作台账导出
  const exportsDir = path.join(app.getPath('documents'), '根治欠薪工作台账导出');
  const started = await startCore({
    entryPath: coreEntryPath,
    dbPath,
    operator: operatorName(),
    exportsDir,
    onOutput: (line, stream) => (stream === 'stderr' ? log.error('[台账服务]', line) : log.info('[台账服务]', line)),
  });
  if (!started.ok) {
    // refused, locked or damaged ledger: the core's Chinese message says which and what to do
    fail('无法打开台账', `${started.error.code}：${started.error.message}`);
    return;
  }
  const host = started.host;
  core = host;
  log.info(`台账服务已启动：数据结构版本 ${started.info.schemaVersion}`);
  host.onUnexpectedExit((code) => {
    log.error(`台账服务意外退出，退出代码 ${code}`);
    dialog.showErrorBox(
      '台账服务已停止',
      `台账服务意外退出（退出代码 ${code}）。已保存的记录不受影响；请关闭程序后重新打开。`,
    );
  });

  // the channel exists before the page loads, so the first call cannot race it
  const folders = {
    data: path.dirname(started.info.dbPath),
    backups: path.join(path.dirname(started.info.dbPath), 'backups'),
    logs: app.getPath('logs'),
    exports: exportsDir,
  };
  registerLedgerChannel(
    (method, input) => host.call(method, input),
    createShellMethods({ window: () => BrowserWindow.getAllWindows()[0], folders }),
  );
  installMenu(showAbout);

  const window = createSecureWindow({ preloadPath, allowDevTools: !app.isPackaged });
  await window.loadURL(APP_ENTRY_URL);
}

// Chromium's sandbox for every renderer, including any that might be created without our factory.
app.enableSandbox();
// before 'ready', or the scheme is not privileged
registerAppScheme();
if (!app.isPackaged) process.setSourceMapsEnabled(true);

if (!app.requestSingleInstanceLock()) {
  // two instances writing one ledger would fight over the file: the second one hands over and leaves
  app.quit();
} else {
  app.on('second-instance', focusFirstWindow);

  // any start-up failure (a bad --db argument, a page that fails to load) ends in a dialog, never a silent hang
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail('程序启动失败', error instanceof Error ? error.message : String(error)));

  app.on('window-all-closed', () => app.quit());

  // Quitting by any route (menu, last window, OS shutdown) closes the ledger cleanly first: the core finishes
  // its transaction and checkpoints the WAL. will-quit is the one event every route passes through.
  app.on('will-quit', (event) => {
    if (coreClosed || core === undefined) return;
    event.preventDefault();
    coreClosed = true;
    log.info('程序退出：正在关闭台账');
    void core.close().finally(() => {
      log.info('台账已关闭');
      app.quit();
    });
  });
}
