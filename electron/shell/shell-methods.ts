import { app, dialog, shell, type BrowserWindow } from 'electron';
import type { z } from 'zod';
import type { BridgeOutputOf } from '../../shared/contract/index';
import { FILE_KINDS, shellContract, type AppFolder, type ShellContract, type ShellMethodName } from '../../shared/contract/shell';
import { fieldErrors, LedgerError, type Result } from '../../shared/errors';
import { ChosenPaths } from './chosen-paths';
import type { CheckPaths } from './ipc';
import { refusedPath } from './path-guard';
import type { Printing } from './printing';

/** The shell's answer to one shell.* method, given its parsed input. */
type ShellHandlers = { [M in ShellMethodName]: (input: z.output<ShellContract[M]['input']>) => Promise<BridgeOutputOf<M>> };

export interface ShellMethodDeps {
  /** the window dialogs belong to (modal to it) */
  window: () => BrowserWindow | undefined;
  folders: Record<AppFolder, string>;
  /** the hidden print window (printing.ts); a parameter so the checks here are tested without Chromium */
  printing: Printing;
}

/**
 * The desktop's part of the bridge: dialogs, Explorer, printing, version and folders (`run`), and the check of every
 * call that names a file or folder against what the dialogs answered (`checkPaths`).
 */
export function createShellMethods(deps: ShellMethodDeps): { run: (method: ShellMethodName, input: unknown) => Promise<Result<unknown>>; checkPaths: CheckPaths } {
  const chosen = new ChosenPaths(Object.values(deps.folders));
  const filters = (kind: keyof typeof FILE_KINDS) => [{ name: FILE_KINDS[kind].label, extensions: [...FILE_KINDS[kind].extensions] }];
  const remembered = (picked: string | undefined): { path: string } | null => {
    if (!picked) return null;
    chosen.remember(picked);
    return { path: picked };
  };

  const handlers: ShellHandlers = {
    'shell.chooseSaveFile': async ({ title, defaultName, kind }) => {
      const owner = deps.window();
      const options = { title, defaultPath: `${deps.folders.exports}/${defaultName}`, filters: filters(kind) };
      const answer = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return answer.canceled ? null : remembered(answer.filePath);
    },
    'shell.chooseOpenFile': async ({ title, kind }) => {
      const owner = deps.window();
      const options = { title, filters: filters(kind), properties: ['openFile' as const] };
      const answer = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return answer.canceled ? null : remembered(answer.filePaths[0]);
    },
    'shell.chooseFolder': async ({ title }) => {
      const owner = deps.window();
      const options = { title, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const answer = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return answer.canceled ? null : remembered(answer.filePaths[0]);
    },
    // openPath answers with an error text, empty when it worked
    'shell.openFolder': async ({ folder }) => ({ opened: (await shell.openPath(deps.folders[folder])) === '' }),
    'shell.showFile': async ({ path }) => {
      if (!chosen.allows(path)) return { shown: false };
      shell.showItemInFolder(path);
      return { shown: true };
    },
    'shell.print': async ({ html }) => ({ printed: await deps.printing.print(html) }),
    'shell.savePdf': async ({ html, path }) => {
      // the page names the file only by handing back what the save dialog answered: it cannot overwrite the ledger
      // or any other file, and the file is a .pdf whatever the page says
      if (!chosen.wasChosen(path) || !/\.pdf$/i.test(path)) {
        throw new LedgerError('FORBIDDEN', '只能保存到“另存为”对话框中选择的PDF文件，请重新选择保存位置');
      }
      try {
        return { path, bytes: await deps.printing.savePdf(html, path) };
      } catch (error) {
        throw new LedgerError('IO', `无法保存PDF：${error instanceof Error ? error.message : String(error)}。请检查文件是否正被其他程序打开，或换一个位置保存`);
      }
    },
    'shell.appInfo': async () => ({
      productName: app.getName(),
      version: app.getVersion(),
      electron: process.versions.electron ?? null,
      chrome: process.versions.chrome ?? null,
      folders: { ...deps.folders },
    }),
  };

  const run = async (method: ShellMethodName, input: unknown): Promise<Result<unknown>> => {
    // the renderer is untrusted: shell inputs are parsed here as the core parses its own
    const parsed = shellContract[method].input.safeParse(input);
    if (!parsed.success) {
      return { ok: false, error: fieldErrors(parsed.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || '_', message: issue.message }))).toPayload() };
    }
    const handler = handlers[method] as (input: unknown) => Promise<unknown>;
    try {
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      // a refusal or a failed write crosses as data with its Chinese message; anything else is the ipc's INTERNAL
      if (error instanceof LedgerError) return { ok: false, error: error.toPayload() };
      throw error;
    }
  };
  return { run, checkPaths: (method, input) => refusedPath(method, input, chosen) };
}
