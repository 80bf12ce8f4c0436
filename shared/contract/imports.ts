import { z } from 'zod';
import { IMPORT_KINDS } from '../import/kinds';
import { command, domain, query, withPaths } from './define';
import type { JobStarted } from './jobs';
import { recordId } from './records';

/** One thing wrong with the file: the sheet's own row number and the column's header, in Chinese. */
export interface ImportProblem {
  /** the row number Excel shows; null for the file as a whole */
  row: number | null;
  /** the column's header as the template names it; null for the whole row */
  column: string | null;
  message: string;
}

/** Rows of the file naming a record the ledger already holds: the clerk chooses to skip them or update the record. */
export interface ImportDuplicate {
  /** the key of the clerk's choice for this group (the existing record's id) */
  key: string;
  /** e.g. 统一社会信用代码 */
  by: string;
  /** the repeated value as shown (an ID number masked) */
  value: string;
  rows: number[];
  existingId: number;
  /** the existing record's name or number */
  existingTitle: string;
}

export interface ImportPreview {
  kind: (typeof IMPORT_KINDS)[number];
  fileName: string;
  /** data rows read (blank rows not counted) */
  rows: number;
  /** rows without problems that would create a new record */
  newRows: number;
  problems: ImportProblem[];
  /** problems beyond those listed (the list is capped) */
  moreProblems: number;
  /** read, but worth a look: formula cells read as their values */
  warnings: ImportProblem[];
  duplicates: ImportDuplicate[];
}

export interface ImportResult {
  created: number;
  updated: number;
  skipped: number;
}

const kind = z.enum(IMPORT_KINDS, { error: '导入类型应为项目、单位、线索或名单' });
// a path the shell's dialog returned; the core checks the extension and reads nothing else
const xlsxPath = z
  .string()
  .min(1)
  .max(1000)
  .refine((p) => p.toLowerCase().endsWith('.xlsx'), { error: '请选择 Excel 工作簿（.xlsx）文件' });
const choice = z.enum(['skip', 'update']);

const target = { kind, path: xlsxPath, clueId: recordId.optional() };

export const importsContract = domain('imports', {
  template: withPaths(query<{ path: string }>()(z.strictObject({ kind, path: xlsxPath }), '生成导入模板（表头和填写说明）'), { path: 'write' }),
  preview: withPaths(query<JobStarted<ImportPreview>>()(z.strictObject(target), '检查要导入的文件（后台任务）：逐行列出问题和重复，不写入'), { path: 'read' }),
  commit: withPaths(
    command<JobStarted<ImportResult>>()(
      z.strictObject({ ...target, choices: z.record(z.string().max(300), choice).default({}), otherDuplicates: choice.default('skip') }),
      '导入文件（后台任务）：重新检查后在一个事务中全部写入，有任何问题则不写入',
    ),
    { path: 'read' },
  ),
  export: withPaths(
    query<JobStarted<{ path: string; rows: number }>>()(z.strictObject({ kind, path: xlsxPath, clueId: recordId.optional() }), '按模板格式导出全部记录（个人信息隐藏），可再导入'),
    { path: 'write' },
  ),
});
