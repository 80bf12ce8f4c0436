import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { shellContract, type AppFolder, type ShellMethodName } from '../../../shared/contract/shell';
import type { Result } from '../../../shared/errors';
import { PDF_OPTIONS } from '../../../shared/print';
import { ChosenPaths } from '../../../electron/shell/chosen-paths';

type DialogAnswer = { path: string } | null;

/**
 * Stands in for the shell's own methods (electron/shell/shell-methods.ts) in end-to-end tests: dialogs answer what
 * the test queued (a save dialog with nothing queued accepts the suggested name in the exports folder, as a clerk
 * pressing Enter would), and "open in Explorer" is recorded instead of performed. 打印 records the HTML it was given
 * (`printed`); 另存为PDF writes a real PDF with Chromium (a new page of the test's browser: setContent + page.pdf
 * with the shell's PDF_OPTIONS), to a path the save dialog answered, as the shell insists.
 */
export class ShellDouble {
  readonly folders: Record<AppFolder, string>;
  /** every shell call the page made, in order */
  readonly calls: { method: ShellMethodName; input: unknown }[] = [];
  /** the HTML of every shell.print call, in order */
  readonly printed: string[] = [];
  /** what the dialogs answered, as the real shell remembers them: the host checks path-naming calls against it */
  readonly chosen: ChosenPaths;
  private readonly answers: DialogAnswer[] = [];
  private browser: BrowserContext | null = null;

  /** `ledgerFolder` holds the ledger and its backups, as in the app; logs and exports go under `root`. */
  constructor(root: string, ledgerFolder: string) {
    this.folders = {
      data: ledgerFolder,
      backups: path.join(ledgerFolder, 'backups'),
      logs: path.join(root, 'logs'),
      exports: path.join(root, 'exports'),
    };
    for (const folder of Object.values(this.folders)) fs.mkdirSync(folder, { recursive: true });
    this.chosen = new ChosenPaths(Object.values(this.folders));
  }

  /** The browser whose pages write the PDFs (launchApp attaches its own). */
  attachBrowser(browser: BrowserContext): void {
    this.browser = browser;
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
        const answer = queued !== undefined ? queued : { path: path.join(this.folders.exports, defaultName) };
        if (answer) this.chosen.remember(answer.path);
        return { ok: true, value: answer };
      }
      case 'shell.print':
        this.printed.push((parsed.data as unknown as { html: string }).html);
        return { ok: true, value: { printed: true } };
      case 'shell.savePdf': {
        const { html, path: file } = parsed.data as unknown as { html: string; path: string };
        if (!this.chosen.wasChosen(file) || !file.toLowerCase().endsWith('.pdf')) {
          return { ok: false, error: { code: 'FORBIDDEN', message: '只能保存到“另存为”对话框中选择的PDF文件，请重新选择保存位置' } };
        }
        if (!this.browser) throw new Error('ShellDouble: no browser attached for savePdf');
        const page = await this.browser.newPage();
        try {
          await page.setContent(html);
          await page.pdf({ ...PDF_OPTIONS, path: file });
        } finally {
          await page.close();
        }
        return { ok: true, value: { path: file, bytes: fs.statSync(file).size } };
      }
      case 'shell.chooseOpenFile':
      case 'shell.chooseFolder':
        if (queued) this.chosen.remember(queued.path);
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
