import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { IMPORT_KIND_DEFS, importFields, type ImportKind } from '../../../shared/import/kinds';
import { LedgerError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { readSettings } from '../settings/store';
import { startKindSheet, writeInstructions } from './kind-sheet';
import { IMPORT_LIMITS } from './limits';

/** The general rules printed under the columns of every template. */
export function importRules(kind: ImportKind): string[] {
  const def = IMPORT_KIND_DEFS[kind];
  return [
    '填写规则：',
    `1. 第一个工作表的第一行是表头，请不要修改列名；带 * 的列必须填写。不需要的列可以删除（必填列除外）。`,
    '2. 身份证号、银行账号、统一社会信用代码等号码列已设为文本格式；从别处粘贴时请用“选择性粘贴 → 数值”，不要改成数字格式。',
    `3. 已在台账中的记录按“${def.duplicateBy}”识别为重复，导入前可逐项选择跳过或更新。`,
    '4. 导入前会逐行检查，任何一行有问题都不会写入，请按提示的行号和列名修改后重新导入。',
    `5. 一次最多导入${IMPORT_LIMITS.rows.toLocaleString('zh-CN')}行、${IMPORT_LIMITS.fileBytes / 1024 / 1024} MB。`,
  ];
}

/** Where a workbook goes: the folder must exist and the name end in .xlsx. */
export function checkTargetPath(target: string): void {
  if (!target.toLowerCase().endsWith('.xlsx')) throw new LedgerError('VALIDATION', '请保存为 Excel 工作簿（.xlsx）。');
  if (!fs.existsSync(path.dirname(target))) throw new LedgerError('VALIDATION', `文件夹不存在：${path.dirname(target)}`);
}

/** Writes the template of a kind: the header row on an empty data sheet, and 填写说明. */
export async function writeTemplate(ctx: CoreContext, kind: ImportKind, target: string): Promise<{ path: string }> {
  checkTargetPath(target);
  const fields = importFields(kind);
  const settings = await readSettings(ctx.db);
  const partial = `${target}.part`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: partial, useStyles: true, useSharedStrings: false });
  try {
    startKindSheet(workbook, IMPORT_KIND_DEFS[kind].label, fields).finish();
    writeInstructions(workbook, fields, settings, importRules(kind));
    await workbook.commit();
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return { path: target };
}
