import fs from 'node:fs';
import path from 'node:path';
import { shellContract, type AppFolder, type ShellMethodName } from '../../../shared/contract/shell';
import type { Result } from '../../../shared/errors';

type DialogAnswer = { path: string } | null;

/**
 * Stands in for the shell's own methods (electron/shell/shell-methods.ts) in end-to-end tests: dialogs answer what
 * the test queued (a save dialog with nothing queued accepts the suggested name in the exports folder, as a clerk
 * pressing Enter would), and "open in Explorer" is recorded instead of performed.
 */
export class ShellDouble {
  readonly folders: Record<AppFolder, string>;
  /** every shell call the page made, in order */
  readonly calls: { method: ShellMethodName; input: unknown }[] = [];
  private readonly answers: DialogAnswer[] = [];

  constructor(root: string) {
    this.folders = {
      data: root,
      backups: path.join(root, 'backups'),
      logs: path.join(root, 'logs'),
      exports: path.join(root, 'exports'),
    };
    for (const folder of Object.values(this.folders)) fs.mkdirSync(folder, { recursive: true });
  }

  /** The next dialog's answer: a path as if the clerk chose it, or null as if they pressed 取消. */
  answerNextDialog(answer: string | null): void {
    this.answers.push(answer === null ? null : { path: answer });
  }

  async call(method: ShellMethodName, input: unknown): Promise<Result<unknown>> {
    this.calls.push({ method, input });
    const parsed = shellContract[method].input.safeParse(input);
    if (!parsed.success) return { ok: false, error: { code: 'VALIDATION', message: parsed.error.issues.map((issue) => issue.message).join('；') } };
    const queued = this.answers.length > 0 ? this.answers.shift() : undefined;
    switch (method) {
      case 'shell.chooseSaveFile': {
        const { defaultName } = parsed.data as unknown as { defaultName: string };
        return { ok: true, value: queued !== undefined ? queued : { path: path.join(this.folders.exports, defaultName) } };
      }
      case 'shell.chooseOpenFile':
      case 'shell.chooseFolder':
        return { ok: true, value: queued ?? null };
      case 'shell.openFolder':
        return { ok: true, value: { opened: true } };
      case 'shell.showFile':
        return { ok: true, value: { shown: true } };
      case 'shell.appInfo':
        return { ok: true, value: { productName: '根治欠薪工作台账', version: '0.0.0-test', electron: null, chrome: null, folders: this.folders } };
    }
  }
}
