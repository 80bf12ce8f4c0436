import path from 'node:path';

/** package.json's productName: Electron names the user-data folder after it, so the CLI finds the app's ledger. */
export const PRODUCT_NAME = '根治欠薪工作台账';

/** The ledger's file name in that folder (the shell's DEFAULT_LEDGER_NAME). */
export const LEDGER_FILE_NAME = 'ledger.db';

export interface PathEnvironment {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  homeDir: string;
}

/**
 * Where the app keeps its ledger, worked out the way Electron's app.getPath('userData') does, without Electron:
 * Windows %APPDATA%\根治欠薪工作台账\ledger.db, macOS ~/Library/Application Support/…, Linux $XDG_CONFIG_HOME
 * (default ~/.config)/…. Pure, so it is tested for every platform on any machine.
 */
export function defaultLedgerPath({ platform, env, homeDir }: PathEnvironment): string {
  if (platform === 'win32') {
    const appData = env['APPDATA'] || path.win32.join(homeDir, 'AppData', 'Roaming');
    return path.win32.join(appData, PRODUCT_NAME, LEDGER_FILE_NAME);
  }
  if (platform === 'darwin') return path.posix.join(homeDir, 'Library', 'Application Support', PRODUCT_NAME, LEDGER_FILE_NAME);
  const configHome = env['XDG_CONFIG_HOME'] && path.posix.isAbsolute(env['XDG_CONFIG_HOME']) ? env['XDG_CONFIG_HOME'] : path.posix.join(homeDir, '.config');
  return path.posix.join(configHome, PRODUCT_NAME, LEDGER_FILE_NAME);
}
