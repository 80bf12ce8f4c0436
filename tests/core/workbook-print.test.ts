import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportWeeklyWorkbook } from '../../electron/core/reports/workbook/weekly-workbook';
import { newClue, seedClueSettings } from './clue-helpers';
import { freshLedger, projectValues, tempFolder, valueOf } from './helpers';

/** LibreOffice prints the workbook as a clerk's spreadsheet program would (installed by .ci/run). */
describe('the weekly workbook, printed', () => {
  it('converts to a PDF of the expected pages with the Chinese titles in the text', async () => {
    const ledger = freshLedger({ now: () => new Date('2026-11-27T09:00:00+08:00') });
    await seedClueSettings(ledger);
    valueOf(await ledger.call('settings.update', { countyName: '秦安县' }));
    valueOf(await ledger.call('projects.create', { values: projectValues() }));
    await newClue(ledger, { receivedDate: '2026-11-24' });
    const folder = tempFolder();
    const workbook = path.join(folder, 'weekly.xlsx');
    await exportWeeklyWorkbook(ledger.ctx, { path: workbook, week: '2026-W48' });

    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${path.join(folder, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', folder, workbook], { stdio: 'ignore', timeout: 120_000 });
    const pdf = path.join(folder, 'weekly.pdf');
    expect(fs.existsSync(pdf)).toBe(true);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    // one page for each of the six sheets: two statistics tables, clues by source, three ledgers
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(6);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('秦安县根治拖欠农民工工资工作统计表（2026年第48周）');
    expect(text).toContain('秦安县项目台账');
    expect(text.replace(/\s+/g, '')).toContain('第1页共6页'); // pdftotext drops some of the spaces
  }, 180_000);
});
