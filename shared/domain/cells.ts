import { isIsoDate, isRealDate } from '../dates';
import { parseYuanToFen, toHalfWidth } from '../money';
import type { FieldDef } from './field';
import type { FieldValue } from './values';

/**
 * Turns one text cell — pasted from Excel or read from an imported sheet — into the value a field takes.
 * Money is in 元 ("1,234.50"), dates in the forms offices type (2026-01-05, 2026/1/5, 2026.1.5, 2026年1月5日),
 * yes/no as 是/否. Codes stay text; checkFieldValue then applies the field's own rules.
 */
export function valueFromCell(field: FieldDef, cell: string): { ok: true; value: FieldValue } | { ok: false; problem: string } {
  const text = cell.trim();
  if (text === '') return { ok: true, value: null };
  switch (field.type) {
    case 'money': {
      const fen = parseYuanToFen(text);
      return fen === null ? { ok: false, problem: `“${text}”不是金额（单位：元，最多两位小数）` } : { ok: true, value: fen };
    }
    case 'int': {
      const normalized = toHalfWidth(text).replace(/[,，\s]/g, '');
      return /^\d+$/.test(normalized) ? { ok: true, value: Number(normalized) } : { ok: false, problem: `“${text}”不是整数` };
    }
    case 'date': {
      const iso = isoFromCell(text);
      return iso ? { ok: true, value: iso } : { ok: false, problem: `“${text}”不是有效日期（如2026-01-05）` };
    }
    case 'bool':
      if (['是', '有', '已', 'Y', 'y', '√', '1'].includes(text)) return { ok: true, value: true };
      if (['否', '无', '未', 'N', 'n', '×', '0'].includes(text)) return { ok: true, value: false };
      return { ok: false, problem: `“${text}”应填“是”或“否”` };
    case 'multiEnum':
      return { ok: true, value: text.split(/[、,，;；]/).map((part) => part.trim()).filter(Boolean) };
    default:
      return { ok: true, value: text };
  }
}

export function isoFromCell(text: string): string | null {
  const normalized = toHalfWidth(text).trim();
  if (isIsoDate(normalized)) return normalized;
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(normalized);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isRealDate(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
