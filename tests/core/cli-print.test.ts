import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IssuedDocument, LedgerRecord, ProblemRecord, ProposedProblem } from '../../shared/contract';
import { renderDocument } from '../../shared/print';
import { parseArgs } from '../../electron/core/cli/main';
import { freshLedger, projectValues, tempFolder, valueOf } from './helpers';
import type { Ledger } from '../../electron/core/ledger';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MAIN = path.join(ROOT, 'electron/core/cli/main.ts');
const ALL_PASS = { checkPledge: '合格', checkContracts: '合格', checkRealName: '合格', checkBoard: '合格', checkDeposit: '合格', checkAccount: '合格', checkBankPayroll: '合格' };

function ledgerCli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  delete env['INIT_CWD'];
  const result = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 90_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

async function inspectionWithProblems(ledger: Ledger): Promise<{ inspection: LedgerRecord; problems: ProblemRecord[] }> {
  valueOf(await ledger.call('settings.update', { documentPrefixes: { 整改通知书: '秦欠薪办整改' } }));
  const contractor = valueOf(await ledger.call('companies.create', { values: { name: '陇城建筑公司', roles: ['施工总承包'] } })) as LedgerRecord;
  const project = valueOf(await ledger.call('projects.create', { values: projectValues({ contractorId: contractor.id }) })) as LedgerRecord;
  const inspection = valueOf(
    await ledger.call('inspections.create', { values: { title: '冬季专项检查', targetType: '项目', projectId: project.id, inspectionDate: '2026-11-20', inspectors: '张三、李四', ...ALL_PASS, checkBoard: '不合格' } }),
  ) as LedgerRecord;
  const proposed = valueOf(await ledger.call('inspections.proposeProblems', { id: inspection.id })) as ProposedProblem[];
  const problems = valueOf(await ledger.call('problems.createFromInspection', { inspectionId: inspection.id, problems: proposed })) as ProblemRecord[];
  return { inspection, problems };
}

describe('ledger print', () => {
  it('reprints an issued document by its number, as HTML identical to the app\'s and as a PDF', async () => {
    const ledger = freshLedger({ now: () => new Date('2026-11-27T09:00:00+08:00') });
    const { inspection, problems } = await inspectionWithProblems(ledger);
    const notice = valueOf(await ledger.call('documents.issue', { type: 'rectification', recordId: inspection.id })) as IssuedDocument;
    // the record changes after issue: the reprint still shows what was issued
    valueOf(await ledger.call('inspections.update', { id: inspection.id, version: inspection.version, values: { inspectors: '王五、赵六' } }));
    const dbPath = ledger.ctx.dbPath;
    await ledger.close();
    const folder = tempFolder();

    const html = path.join(folder, 'notice.html');
    const asHtml = ledgerCli('print', notice.number, '--out', html, '--db', dbPath);
    expect(asHtml.code, asHtml.stderr).toBe(0);
    expect(fs.readFileSync(html, 'utf8')).toBe(renderDocument(notice.content));

    const pdf = path.join(folder, 'notice.pdf');
    const asPdf = ledgerCli('print', notice.number, '--out', pdf, '--db', dbPath);
    expect(asPdf.code, asPdf.stderr).toBe(0);
    expect(asPdf.stdout).toContain(`已输出整改通知书（${notice.number}）`);
    const text = pdfText(pdf);
    expect(text).toContain(notice.number);
    expect(text).toContain('张三、李四');
    expect(text).not.toContain('王五');
    expect(text).toContain(String(problems[0]?.['description']).replace(/\s+/g, '').slice(0, 20));
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);

    const missing = ledgerCli('print', '秦欠薪办整改〔2026〕99号', '--out', pdf, '--db', dbPath);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('没有文号为“秦欠薪办整改〔2026〕99号”的文书');
  }, 120_000);

  it('prints a 样稿 of a document not issued, by type and record, and allocates no number', async () => {
    const ledger = freshLedger({ now: () => new Date('2026-11-27T09:00:00+08:00') });
    const { inspection } = await inspectionWithProblems(ledger);
    const dbPath = ledger.ctx.dbPath;
    await ledger.close();
    const pdf = path.join(tempFolder(), '样稿.pdf');
    const run = ledgerCli('print', '--type', '整改通知书', '--record', String(inspection.id), '--out', pdf, '--db', dbPath);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('样稿，未编号');
    const text = pdfText(pdf);
    expect(text).toContain('文号签发时生成');
    expect(text).not.toContain('〔2026〕');

    const reopened = freshLedger({ dbPath });
    expect(valueOf(await reopened.call('documents.list', {}))).toEqual([]);
    await reopened.close();
    // the record cannot support the type: the core's message, exit 1
    const wrong = ledgerCli('print', '--type', '督办通知书', '--record', String(inspection.id), '--out', pdf, '--db', dbPath);
    expect(wrong.code).toBe(1);
  }, 120_000);

  it('refuses a command line it cannot act on', () => {
    expect(parseArgs(['print', '秦欠薪办整改〔2026〕3号', '--out', 'a.pdf'])).toMatchObject({ command: 'print', subject: '秦欠薪办整改〔2026〕3号', out: 'a.pdf' });
    expect(parseArgs(['print', '--type', 'rectification', '--record', '12', '--out', 'a.html'])).toMatchObject({ type: 'rectification', record: 12 });
    expect(() => parseArgs(['print', '--record', 'x'])).toThrow('记录编号应为正整数');
    const dbPath = path.join(tempFolder(), 'none.db');
    for (const args of [
      ['print', '秦欠薪办整改〔2026〕3号', '--out', 'a.docx'],
      ['print', '--type', '整改通知书', '--out', 'a.pdf'],
      ['print', '--type', '通报', '--record', '1', '--out', 'a.pdf'],
      ['print', '秦欠薪办整改〔2026〕3号', '--type', '整改通知书', '--record', '1', '--out', 'a.pdf'],
    ]) {
      const run = ledgerCli(...args, '--db', dbPath);
      expect(run.code, args.join(' ')).toBe(2);
    }
    expect(fs.existsSync(dbPath)).toBe(false);
  }, 120_000);
});
