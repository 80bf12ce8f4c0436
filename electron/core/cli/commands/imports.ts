import type { ImportProblem } from '../../../../shared/contract/imports';
import { IMPORT_KIND_DEFS, type ImportKind } from '../../../../shared/import/kinds';
import { commitImport } from '../../import/commit';
import { exportKind } from '../../import/export-kind';
import { requireOpenClueFor } from '../../import/kinds';
import { planImport } from '../../import/plan';
import { writeTemplate } from '../../import/template';
import { EXIT, type Output } from '../output';
import { withLedger } from './report';

const where = (p: ImportProblem) => (p.row === null ? '' : `第${p.row}行${p.column ? ` ${p.column}` : ''}：`);
const line = (p: ImportProblem) => `  ${where(p)}${p.column && p.message.startsWith(`${p.column}：`) ? p.message.slice(p.column.length + 1) : p.message}`;

/** Runs `work`, printing a LedgerError's Chinese message instead of a stack; exit 1 when refused. */
async function refusedAsExit(output: Output, prefix: string, work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    output.err(`${prefix}${(error as Error).message}`);
    return EXIT.failed;
  }
}

/** `ledger template <kind> --out file.xlsx` */
export function runTemplate(dbPath: string, output: Output, options: { kind: ImportKind; out: string }): Promise<number> {
  return withLedger(dbPath, output, (ledger) =>
    refusedAsExit(output, '生成模板失败：', async () => {
      await writeTemplate(ledger.ctx, options.kind, options.out);
      output.out(`已生成${IMPORT_KIND_DEFS[options.kind].label}导入模板：${options.out}`);
      return EXIT.ok;
    }),
  );
}

/** `ledger export <kind> --out file.xlsx [--clue id] [--unmasked]` */
export function runKindExport(dbPath: string, output: Output, options: { kind: ImportKind; out: string; clueId: number | null; unmasked: boolean }): Promise<number> {
  return withLedger(dbPath, output, (ledger) =>
    refusedAsExit(output, '导出失败：', async () => {
      const result = await exportKind(ledger.ctx, { kind: options.kind, path: options.out, clueId: options.clueId, unmasked: options.unmasked });
      output.out(`已导出${IMPORT_KIND_DEFS[options.kind].label}${result.rows}条${options.unmasked ? '（个人信息未隐藏，请妥善保管）' : '（个人信息已隐藏）'}：${result.path}`);
      return EXIT.ok;
    }),
  );
}

/**
 * `ledger import <kind> <file.xlsx> [--clue id] [--duplicates skip|update] [--dry-run]`: prints the preview's problems
 * by row and column; imports only a file without problems, all rows in one transaction.
 */
export function runImport(
  dbPath: string,
  output: Output,
  options: { kind: ImportKind; file: string; clueId: number | null; duplicates: 'skip' | 'update'; dryRun: boolean },
): Promise<number> {
  const label = IMPORT_KIND_DEFS[options.kind].label;
  return withLedger(dbPath, output, (ledger) =>
    refusedAsExit(output, '拒绝导入：', async () => {
      await requireOpenClueFor(options.kind, ledger.ctx, options.clueId);
      const plan = await planImport(ledger.ctx, { kind: options.kind, path: options.file, clueId: options.clueId });
      const { preview } = plan;
      output.out(`${preview.fileName}：${preview.rows}行，新增${preview.newRows}行，与台账重复${preview.duplicates.reduce((n, d) => n + d.rows.length, 0)}行`);
      for (const warning of preview.warnings) output.out(`提示 ${line(warning).trim()}`);
      for (const duplicate of preview.duplicates) {
        output.out(`重复 第${duplicate.rows.join('、')}行：${duplicate.by}“${duplicate.value}”已有${label}“${duplicate.existingTitle}”（${options.duplicates === 'update' ? '将更新' : '将跳过'}）`);
      }
      if (plan.problemCount > 0) {
        output.err(`文件有${plan.problemCount}处问题，未导入任何一行：`);
        for (const problem of plan.allProblems) output.err(line(problem));
        return EXIT.failed;
      }
      if (options.dryRun) {
        output.out('检查通过（--dry-run：未写入台账）。');
        return EXIT.ok;
      }
      const result = await commitImport(ledger.ctx, { kind: options.kind, path: options.file, clueId: options.clueId, choices: {}, otherDuplicates: options.duplicates });
      output.out(`已导入${label}：新增${result.created}条，更新${result.updated}条，跳过${result.skipped}条。`);
      return EXIT.ok;
    }),
  );
}
