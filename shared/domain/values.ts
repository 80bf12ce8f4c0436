import { isIsoDate } from '../dates';
import { looksMasked } from '../mask';
import { toHalfWidth } from '../money';
import { bankAccountProblem } from '../validators/bank';
import { idCardProblem } from '../validators/idcard';
import { mobileProblem, phoneProblem } from '../validators/phone';
import { usccProblem } from '../validators/uscc';
import type { FieldDef } from './field';

/** A field's value after normalization: what is stored and returned. */
export type FieldValue = string | number | boolean | string[] | number[] | null;

const TEXT_MAX = 200;
const LONGTEXT_MAX = 4000;
const MAX_FEN = 1_000_000_000_000_00; // one trillion 元: far above any contract, far below float precision limits

export type Checked = { ok: true; value: FieldValue } | { ok: false; problem: string };

const ok = (value: FieldValue): Checked => ({ ok: true, value });
const bad = (problem: string): Checked => ({ ok: false, problem });

/**
 * Normalizes one raw input value for a field and says what is wrong with it, in Chinese, without the label.
 * Empty text becomes null; required-ness is checked by the caller, which knows whether the field was given.
 */
export function checkFieldValue(field: FieldDef, raw: unknown): Checked {
  if (raw === undefined || raw === null) return ok(null);
  if (typeof raw === 'string' && raw.trim() === '' && field.type !== 'bool') return ok(null);

  switch (field.type) {
    case 'text':
    case 'longtext':
    case 'code': {
      if (typeof raw !== 'string') return bad('应为文字');
      const text = raw.trim();
      const max = field.type === 'longtext' ? LONGTEXT_MAX : TEXT_MAX;
      if (text.length > max) return bad(`不能超过${max}个字，当前${text.length}个字`);
      return ok(text);
    }
    case 'enum': {
      if (typeof raw !== 'string' || !(field.options ?? []).includes(raw.trim())) {
        return bad(`应为以下之一：${(field.options ?? []).join('、')}`);
      }
      return ok(raw.trim());
    }
    case 'multiEnum': {
      if (!Array.isArray(raw)) return bad('应为选项列表');
      const picked: string[] = [];
      for (const item of raw) {
        if (typeof item !== 'string' || !(field.options ?? []).includes(item)) {
          return bad(`“${String(item)}”不是可选项（可选：${(field.options ?? []).join('、')}）`);
        }
        if (!picked.includes(item)) picked.push(item);
      }
      return ok(picked.length > 0 ? picked : null);
    }
    case 'date': {
      if (typeof raw !== 'string' || !isIsoDate(raw.trim())) return bad('应为有效日期（如2026-01-05）');
      return ok(raw.trim());
    }
    case 'money': {
      if (typeof raw !== 'number' || !Number.isSafeInteger(raw)) return bad('金额格式不正确（最多两位小数）');
      if (raw < 0) return bad('不能为负数');
      if (raw > MAX_FEN) return bad('金额过大，请核对单位（元）');
      return ok(raw);
    }
    case 'int': {
      if (typeof raw !== 'number' || !Number.isSafeInteger(raw)) return bad('应为整数');
      if (raw < 0) return bad('不能为负数');
      return ok(raw);
    }
    case 'bool': {
      if (typeof raw !== 'boolean') return bad('应为“是”或“否”');
      return ok(raw);
    }
    case 'companyRef': {
      if (typeof raw !== 'number' || !Number.isSafeInteger(raw) || raw <= 0) return bad('请从单位列表中选择');
      return ok(raw);
    }
    case 'projectRef': {
      if (typeof raw !== 'number' || !Number.isSafeInteger(raw) || raw <= 0) return bad('请从项目列表中选择');
      return ok(raw);
    }
    case 'companyRefs': {
      if (!Array.isArray(raw) || raw.some((id) => typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0)) {
        return bad('请从单位列表中选择');
      }
      const ids = [...new Set(raw as number[])];
      return ok(ids.length > 0 ? ids : null);
    }
    case 'uscc':
      return checkCode(raw, (text) => usccProblem(text), true);
    case 'idcard':
      return checkCode(raw, (text) => idCardProblem(text), true);
    case 'mobile':
      return checkCode(raw, (text) => mobileProblem(text), false);
    case 'phone':
      return checkCode(raw, (text) => phoneProblem(text), false);
    case 'bankAccount':
      return checkCode(raw, (text) => bankAccountProblem(text), false);
  }
}

/**
 * Codes (credit codes, ID, phone and account numbers) are text. A number here means a spreadsheet already turned
 * the code into a number and may have lost digits past the 15th, so it is refused rather than rounded.
 */
function checkCode(raw: unknown, problemOf: (text: string) => string | null, upperCase: boolean): Checked {
  if (typeof raw !== 'string') return bad('应以文本填写（数字格式会丢失15位以后的数字）');
  let text = toHalfWidth(raw).replace(/\s/g, '');
  if (upperCase) text = text.toUpperCase();
  if (looksMasked(text)) return bad('请填写完整号码，不能填写带*的隐藏号码');
  const problem = problemOf(text);
  return problem ? bad(problem) : ok(text);
}

/** True when the value counts as not filled in. */
export function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}
