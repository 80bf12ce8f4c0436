import type { FieldDef } from '../../../shared/domain/field';
import { personalKindOf } from '../../../shared/domain/field';
import type { FieldValue } from '../../../shared/domain/values';
import { parseYuanToFen } from '../../../shared/money';
import { parseDateText } from '../../lib/dateText';

/** Field types a clerk may change right in the grid; the rest (lists, references, codes, long text) need the form. */
const INLINE_TYPES = new Set(['text', 'enum', 'code', 'date', 'int', 'money', 'bool']);

/**
 * Computed values belong to the core, workflow fields (state, assignment, outcome) change only through the
 * workflow actions, and personal data arrives masked: none of them can be edited in a cell.
 */
export function isInlineEditable(field: FieldDef): boolean {
  return INLINE_TYPES.has(field.type) && !field.computed && !field.assigned && !personalKindOf(field);
}

export type EditedValue = { ok: true; value: FieldValue } | { ok: false; message: string };

/** Turns what a cell editor produced into the value the core expects, or a Chinese message naming the field. */
export function editedValue(field: FieldDef, raw: unknown): EditedValue {
  const blank = raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
  switch (field.type) {
    case 'money': {
      if (blank) return { ok: true, value: null };
      if (typeof raw === 'number') return { ok: true, value: raw };
      const fen = parseYuanToFen(String(raw));
      return fen === null ? { ok: false, message: `${field.label}：金额格式不正确（元，最多两位小数）` } : { ok: true, value: fen };
    }
    case 'int': {
      if (blank) return { ok: true, value: null };
      const number = typeof raw === 'number' ? raw : Number(String(raw).trim());
      return Number.isSafeInteger(number) ? { ok: true, value: number } : { ok: false, message: `${field.label}：应为整数` };
    }
    case 'date': {
      if (blank) return { ok: true, value: null };
      const iso = parseDateText(String(raw));
      return iso ? { ok: true, value: iso } : { ok: false, message: `${field.label}：应为有效日期，如2026-01-05` };
    }
    case 'bool':
      return { ok: true, value: raw === true };
    default:
      return { ok: true, value: blank ? null : String(raw).trim() };
  }
}
