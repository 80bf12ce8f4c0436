import { valueFromCell } from '../../../shared/domain/cells';
import type { FieldDef } from '../../../shared/domain/field';
import { checkFieldValue, type FieldValue } from '../../../shared/domain/values';
import { parseYuanToFen } from '../../../shared/money';

export type CellOutcome =
  | { ok: true; value: FieldValue; warning?: string }
  | { ok: false; problem: string };

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** how xlsx files spell a control character inside text (_x0007_), which exceljs passes through as written */
const ESCAPED_CONTROL = /_x00(0[0-8]|0[bBcCeEfF]|1[0-9a-fA-F]|7[fF])_/;
/** what our own exports put in front of text that would otherwise run as a formula (see workbook/cells.ts) */
const ESCAPED_FORMULA = /^'(?=[=+\-@\t\r])/;
const CODE_TYPES = new Set<FieldDef['type']>(['idcard', 'bankAccount', 'uscc']);

export const NUMERIC_CODE_PROBLEM = '单元格是数字格式，超过15位的数字已经丢失（末尾变成0或变成科学计数法），无法还原。请把这一列设置为“文本”格式，重新填写号码后再导入';
export const CONTROL_PROBLEM = '含有不可见的控制字符（常见于从其他系统复制的内容），请删除后重新导入';

/** A formula, rich text, hyperlink or error cell as exceljs reads it, reduced to its plain value. */
type Unwrapped = { value: unknown; formula: boolean } | { error: string };

function unwrap(raw: unknown): Unwrapped {
  if (raw === null || raw === undefined || typeof raw !== 'object' || raw instanceof Date) return { value: raw, formula: false };
  const cell = raw as Record<string, unknown>;
  if ('formula' in cell || 'sharedFormula' in cell) {
    const result = cell['result'];
    if (result === undefined) return { error: '是没有计算结果的公式，请在 Excel 中打开、保存后再导入' };
    if (result !== null && typeof result === 'object' && 'error' in (result as object)) return { error: `公式的结果是错误值${String((result as { error: unknown }).error)}` };
    return { value: result, formula: true };
  }
  if (Array.isArray(cell['richText'])) return { value: (cell['richText'] as { text?: unknown }[]).map((part) => String(part.text ?? '')).join(''), formula: false };
  if ('error' in cell) return { error: `是错误值${String(cell['error'])}` };
  if ('text' in cell) return unwrap(cell['text']);
  return { error: '的内容无法识别' };
}

/**
 * Yuan as a spreadsheet number → fen, through its decimal text (never by multiplying a float): the shortest text of
 * the number, or — for the noise of a calculation such as 0.1+0.2 — the 15 significant digits Excel itself keeps.
 */
function fenFromNumber(yuan: number): number | null {
  if (!Number.isFinite(yuan)) return null;
  return parseYuanToFen(String(yuan)) ?? parseYuanToFen(String(Number(yuan.toPrecision(15))));
}

/** A Date exceljs made from a date-formatted cell: the calendar day it shows (exceljs reads dates as UTC). */
function isoDay(date: Date): string | null {
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

/**
 * One imported cell → the field's value, or what is wrong with it in Chinese (without the column's label).
 * Codes (ID, bank and credit numbers) stored as numbers are refused: their digits past the 15th are already gone.
 * Reference fields come back as their text (a company's or project's name), which the caller resolves.
 */
export function readCell(field: FieldDef, raw: unknown): CellOutcome {
  // text and numbers, nearly every cell of a sheet, need no unwrapping
  if (typeof raw === 'string' || typeof raw === 'number') return readPlain(field, raw);
  const unwrapped = unwrap(raw);
  if ('error' in unwrapped) return { ok: false, problem: `单元格${unwrapped.error}` };
  const warning = unwrapped.formula ? '单元格是公式，已按其计算结果读取' : undefined;
  const outcome = readPlain(field, unwrapped.value);
  return outcome.ok && warning ? { ...outcome, warning } : outcome;
}

function readPlain(field: FieldDef, value: unknown): CellOutcome {
  if (value === null || value === undefined) return { ok: true, value: null };
  if (value instanceof Date) {
    const day = isoDay(value);
    if (!day) return { ok: false, problem: '日期无效' };
    return fromText(field, day);
  }
  if (typeof value === 'boolean') return fromText(field, value ? '是' : '否');
  if (typeof value === 'number') {
    if (CODE_TYPES.has(field.type)) return { ok: false, problem: NUMERIC_CODE_PROBLEM };
    if (field.type === 'money') {
      const fen = fenFromNumber(value);
      return fen === null ? { ok: false, problem: `“${value}”不是金额（单位：元，最多两位小数）` } : checked(field, fen);
    }
    if (field.type === 'date') return { ok: false, problem: `“${value}”不是日期，请把单元格设置为日期格式或填写如2026-01-05` };
    if (!Number.isSafeInteger(value) && Number.isInteger(value)) return { ok: false, problem: NUMERIC_CODE_PROBLEM };
    return fromText(field, String(value));
  }
  if (typeof value === 'string') return fromText(field, value);
  return { ok: false, problem: '单元格的内容无法识别' };
}

function fromText(field: FieldDef, raw: string): CellOutcome {
  if (CONTROL.test(raw) || (raw.includes('_x') && ESCAPED_CONTROL.test(raw))) return { ok: false, problem: CONTROL_PROBLEM };
  const text = raw.startsWith("'") ? raw.replace(ESCAPED_FORMULA, '') : raw;
  if (field.type === 'companyRef' || field.type === 'companyRefs' || field.type === 'projectRef') {
    return { ok: true, value: text.trim() === '' ? null : text.trim() };
  }
  const fromCell = valueFromCell(field, text);
  return fromCell.ok ? checked(field, fromCell.value) : fromCell;
}

function checked(field: FieldDef, value: FieldValue): CellOutcome {
  const result = checkFieldValue(field, value);
  return result.ok ? { ok: true, value: result.value } : { ok: false, problem: result.problem };
}
