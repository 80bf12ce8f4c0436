import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, type Page } from 'playwright-core';
import type { DocumentContent, IssuedDocument, LedgerRecord, ProposedProblem } from '../shared/contract';
import { PDF_OPTIONS, renderDocument, renderDocuments } from '../shared/print';
import { openLedger, type Ledger } from '../electron/core/ledger';
import { CHROMIUM_ARGS } from '../electron/core/print/chromium';
import { round, summarize, type Timing } from './stats';

/**
 * The printing budgets (issue 5), each beside bare Chromium doing the same work without our code path:
 *   batch: 500 issued 整改通知书 from the register → renderDocuments → setContent → page.pdf(PDF_OPTIONS), against
 *     page.pdf of the same texts concatenated into plain HTML (one <div> per notice, a page break between, no
 *     templates, no GB/T 9704 CSS, no fonts chosen) — Chromium's own floor for that many pages;
 *   preview: one form as the 签发 dialog gets it — documents.preview (read the record, build the content) plus
 *     renderDocument — in process, against JSON.stringify of the same content (the cheapest "build a string from
 *     the record"); and the preview's layout in Chromium (setContent → first frame) of our HTML against the bare one.
 * Runs on its own ledger in a temp folder: `npx tsx bench/print-bench.ts`, or from bench/run.ts.
 */

export const PRINT_TARGETS = { batchMs: 10_000, previewMs: 300 };
const NOTICES = Number(process.env['BENCH_NOTICES'] ?? 500);
const BATCH_RUNS = Number(process.env['BENCH_PRINT_RUNS'] ?? 3);
const PREVIEW_RUNS = Number(process.env['BENCH_PREVIEW_RUNS'] ?? 50);
const ALL_PASS = { checkPledge: '合格', checkContracts: '合格', checkRealName: '合格', checkBoard: '不合格', checkDeposit: '不合格', checkAccount: '合格', checkBankPayroll: '不合格' };

export interface PrintRow {
  path: string;
  ours: number;
  bare: number;
  ratio: number;
  target: string;
  met: boolean;
  unit: 'ms';
  detail: Record<string, unknown>;
}

async function value<T>(ledger: Ledger, method: string, input: unknown): Promise<T> {
  const result = await ledger.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

/** An inspection with three problems and `count` notices issued about it, through the core as the app issues them. */
async function seed(ledger: Ledger, count: number): Promise<{ inspectionId: number; documents: IssuedDocument[] }> {
  await value(ledger, 'settings.update', { documentPrefixes: { 整改通知书: '秦欠薪办整改' } });
  const company = await value<LedgerRecord>(ledger, 'companies.create', { values: { name: '陇城建筑工程有限公司', roles: ['施工总承包'] } });
  const project = await value<LedgerRecord>(ledger, 'projects.create', {
    values: { name: '新区公厕改造工程', projectType: '市政', investmentType: '政府投资', township: '城关镇', department: '住建局', contractorId: company.id },
  });
  const inspection = await value<LedgerRecord>(ledger, 'inspections.create', {
    values: { title: '冬季专项检查', targetType: '项目', projectId: project.id, inspectionDate: '2026-11-20', inspectors: '张三、李四', ...ALL_PASS },
  });
  const proposed = await value<ProposedProblem[]>(ledger, 'inspections.proposeProblems', { id: inspection.id });
  await value(ledger, 'problems.createFromInspection', { inspectionId: inspection.id, problems: proposed });
  for (let i = 0; i < count; i++) await value(ledger, 'documents.issue', { type: 'rectification', recordId: inspection.id });
  return { inspectionId: inspection.id, documents: await value<IssuedDocument[]>(ledger, 'documents.list', { type: 'rectification' }) };
}

const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The same words as a notice, as plain HTML: what Chromium prints with none of our templates. */
function bareNotice(content: DocumentContent): string {
  if (content.type !== 'rectification') throw new Error('bench notices are rectification notices');
  const lines = [
    content.heading.issuingAuthority,
    content.heading.number ?? '',
    content.heading.title,
    `${content.heading.addressee}：`,
    `${content.heading.countyName}于${content.inspectionDate}对${content.target}开展检查（检查人员：${content.inspectors}），发现存在以下问题：`,
    ...content.problems.flatMap((p) => [`${p.item}。${p.description}`, `整改要求：${p.requirement ?? ''}`]),
    `请于${content.deadline}前整改到位，并${content.reportBack}。`,
    content.heading.issuingAuthority,
    content.heading.date,
    '送达回证',
    `文书名称 ${content.heading.title} 文书编号 ${content.heading.number ?? ''} 受送达单位 ${content.receiptTo}`,
  ];
  return `<div style="break-after:page">${lines.map((line) => `<p>${escape(line)}</p>`).join('')}</div>`;
}

const bareDocument = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page{size:A4}</style></head><body>${body}</body></html>`;

function pdfPages(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
}

/** Alternating runs of two async steps, so drift on the shared machine hits both alike. */
async function alternate(runs: number, ours: () => Promise<unknown>, bare: () => Promise<unknown>): Promise<{ ours: Timing; bare: Timing }> {
  await ours();
  await bare();
  const o: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    let started = performance.now();
    await ours();
    o.push(performance.now() - started);
    started = performance.now();
    await bare();
    b.push(performance.now() - started);
  }
  return { ours: summarize(o), bare: summarize(b) };
}

const firstFrame = (page: Page) => page.evaluate('new Promise((resolve) => requestAnimationFrame(() => resolve(null)))');

export async function benchPrint(browserPath: string): Promise<PrintRow[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-print-bench-'));
  const ledger = openLedger({ dbPath: path.join(folder, 'ledger.db'), operator: '基准测试' });
  const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS });
  try {
    const { inspectionId, documents } = await seed(ledger, NOTICES);
    const contents = documents.map((d) => d.content);
    const page = await browser.newPage();
    const oursPdf = path.join(folder, 'ours.pdf');
    const barePdf = path.join(folder, 'bare.pdf');

    // a fresh page per PDF on both sides, as the shell makes one print window per job
    const printOnce = async (html: () => string, file: string, options: object) => {
      const fresh = await browser.newPage();
      try {
        await fresh.setContent(html());
        await fresh.pdf({ ...options, path: file });
      } finally {
        await fresh.close();
      }
    };
    const batch = await alternate(
      BATCH_RUNS,
      () => printOnce(() => renderDocuments(contents), oursPdf, PDF_OPTIONS),
      () => printOnce(() => bareDocument(contents.map(bareNotice).join('')), barePdf, { printBackground: true }),
    );
    const oursPages = pdfPages(oursPdf);
    const barePages = pdfPages(barePdf);

    const input = { type: 'rectification', recordId: inspectionId };
    const build = await alternate(
      PREVIEW_RUNS,
      async () => renderDocument(await value<DocumentContent>(ledger, 'documents.preview', input)),
      async () => JSON.stringify(contents[0]),
    );
    const oursHtml = renderDocument(await value<DocumentContent>(ledger, 'documents.preview', input));
    const bareHtml = bareDocument(bareNotice(contents[0] as DocumentContent));
    const layout = await alternate(
      Math.min(PREVIEW_RUNS, 20),
      async () => {
        await page.setContent(oursHtml);
        await firstFrame(page);
      },
      async () => {
        await page.setContent(bareHtml);
        await firstFrame(page);
      },
    );

    const ratio = (t: { ours: Timing; bare: Timing }) => round(t.ours.median / t.bare.median, 2);
    const previewTotal = build.ours.median + layout.ours.median;
    return [
      {
        path: `print: ${NOTICES} 整改通知书 → one PDF (renderDocuments + setContent + page.pdf)`,
        ours: batch.ours.median,
        bare: batch.bare.median,
        ratio: ratio(batch),
        target: `< ${PRINT_TARGETS.batchMs} ms`,
        met: batch.ours.median < PRINT_TARGETS.batchMs,
        unit: 'ms',
        detail: {
          ours: batch.ours,
          bare: batch.bare,
          oursPages,
          barePages,
          oursPagesPerSecond: round(oursPages / (batch.ours.median / 1000), 1),
          barePagesPerSecond: round(barePages / (batch.bare.median / 1000), 1),
          bareWork: 'the same texts as plain <p> HTML, a page break per notice, page.pdf with Chromium defaults',
        },
      },
      {
        path: 'print: one form preview (documents.preview + renderDocument, in process)',
        ours: build.ours.median,
        bare: build.bare.median,
        ratio: ratio(build),
        target: `< ${PRINT_TARGETS.previewMs} ms with layout`,
        met: previewTotal < PRINT_TARGETS.previewMs,
        unit: 'ms',
        detail: { ours: build.ours, bare: build.bare, bareWork: 'JSON.stringify of the same content (no record read, no template)', withLayoutMs: round(previewTotal) },
      },
      {
        path: 'print: one form preview layout in Chromium (setContent → first frame)',
        ours: layout.ours.median,
        bare: layout.bare.median,
        ratio: ratio(layout),
        target: `< ${PRINT_TARGETS.previewMs} ms with the build`,
        met: previewTotal < PRINT_TARGETS.previewMs,
        unit: 'ms',
        detail: { ours: layout.ours, bare: layout.bare, bareWork: 'the same text as plain <p> HTML' },
      },
    ];
  } finally {
    await browser.close();
    await ledger.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (invokedDirectly) {
  const { chromiumPath } = await import('../electron/core/print/chromium');
  for (const row of await benchPrint(chromiumPath())) console.log(JSON.stringify(row, null, 2));
}
