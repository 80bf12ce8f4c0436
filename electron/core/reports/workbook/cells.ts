import type { FieldDef } from '../../../../shared/domain/field';
import { formatFenAsWanYuan } from '../../../../shared/money';

const FORMULA_START = /^[=+\-@\t\r]/;
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Text as it goes into a cell: control characters removed, and text that a spreadsheet would read as a formula
 * (= + - @, tab, CR at the start) prefixed with an apostrophe, so nothing a clerk or an import typed ever runs.
 */
export function safeText(text: string): string {
  const clean = text.replace(CONTROL, '');
  return FORMULA_START.test(clean) ? `'${clean}` : clean;
}

/** Fen → 元 as a number for a money cell formatted #,##0.00 (the cell shows exactly two decimals). */
export function fenToYuanNumber(fen: number): number {
  return Math.trunc(fen) / 100;
}

/** Fen → 万元 as a number, rounded to two decimals exactly as formatFenAsWanYuan rounds it. */
export function fenToWanNumber(fen: number): number {
  return Number(formatFenAsWanYuan(fen));
}

export type CellValue = string | number | null;

/** A catalog value as a cell: money as 元, yes/no, lists joined, references by name; codes always as text. */
export function cellValue(field: FieldDef, value: unknown, names: { company: (id: number) => string; project: (id: number) => string }): CellValue {
  if (value === null || value === undefined || value === '') return null;
  switch (field.type) {
    case 'money':
      return typeof value === 'number' ? fenToYuanNumber(value) : null;
    case 'int':
      return typeof value === 'number' ? value : null;
    case 'bool':
      return value === true ? '是' : '否';
    case 'multiEnum':
      return Array.isArray(value) ? safeText(value.join('、')) : null;
    case 'companyRef':
      return typeof value === 'number' ? safeText(names.company(value)) : null;
    case 'companyRefs':
      return Array.isArray(value) ? safeText(value.map((id) => names.company(Number(id))).join('、')) : null;
    case 'projectRef':
      return typeof value === 'number' ? safeText(names.project(value)) : null;
    default:
      return safeText(String(value));
  }
}
