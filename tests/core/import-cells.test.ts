import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clueWorkerEntity } from '../../shared/domain/clue';
import { companyEntity } from '../../shared/domain/company';
import type { FieldDef } from '../../shared/domain/field';
import { normalizeHeader } from '../../shared/import/headers';
import { formatFenAsYuan } from '../../shared/money';
import { idCardCheckChar } from '../../shared/validators/idcard';
import { NUMERIC_CODE_PROBLEM, readCell } from '../../electron/core/import/cell';

const field = (key: string): FieldDef => {
  const found = [...clueWorkerEntity.fields, ...companyEntity.fields].find((f) => f.key === key);
  if (!found) throw new Error(key);
  return found;
};
const money = field('amountOwed');
const date = field('paidDate');
const id = field('idNumber');
const name = field('name');

const day = fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())));
const iso = (d: Date) => d.toISOString().slice(0, 10);
const validId = fc
  .tuple(fc.integer({ min: 110000, max: 659999 }), day.filter((d) => d.getUTCFullYear() < 2026), fc.integer({ min: 0, max: 999 }))
  .map(([area, birth, seq]) => {
    const first17 = `${area}${iso(birth).replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
    return `${first17}${idCardCheckChar(first17) ?? ''}`;
  });

describe('import cells (property tests)', () => {
  it('money: a number cell of 元 with two decimals is exact fen, and so is its text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (fen) => {
        expect(readCell(money, fen / 100)).toEqual({ ok: true, value: fen });
        expect(readCell(money, formatFenAsYuan(fen))).toEqual({ ok: true, value: fen });
        expect(readCell(money, formatFenAsYuan(fen, false))).toEqual({ ok: true, value: fen });
      }),
    );
  });

  it('money: the float noise a sum in Excel leaves behind reads as the amount shown', () => {
    expect(readCell(money, 0.1 + 0.2)).toEqual({ ok: true, value: 30 });
    expect(readCell(money, 1234.56 + 0.01 - 0.01)).toEqual({ ok: true, value: 123_456 });
  });

  it('money: more than two decimals or a negative amount is a problem, never rounded', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999_999 }), fc.integer({ min: 1, max: 9 }), (fen, extra) => {
        expect(readCell(money, Number(`${fen}.${String(extra)}`) / 100).ok).toBe(false);
        expect(readCell(money, -fen / 100).ok).toBe(false);
      }),
    );
  });

  it('dates: a date cell, and the ways offices type a date, all read as the same day', () => {
    fc.assert(
      fc.property(day, (d) => {
        const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
        for (const input of [d, iso(d), `${y}/${m}/${dd}`, `${y}.${m}.${dd}`, `${y}年${m}月${dd}日`]) expect(readCell(date, input)).toEqual({ ok: true, value: iso(d) });
      }),
    );
  });

  it('dates: impossible days and bare numbers are problems', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2099 }), fc.integer({ min: 1, max: 50_000 }), (year, serial) => {
        expect(readCell(date, `${year}-02-30`).ok).toBe(false);
        expect(readCell(date, serial).ok).toBe(false);
      }),
    );
  });

  it('ID numbers: text keeps every character (x upper-cased); a number is refused because digits are lost', () => {
    fc.assert(
      fc.property(validId, (value) => {
        expect(readCell(id, value)).toEqual({ ok: true, value });
        expect(readCell(id, ` ${value.toLowerCase()} `)).toEqual({ ok: true, value });
        expect(readCell(id, { richText: [{ text: value.slice(0, 6) }, { text: value.slice(6) }] })).toEqual({ ok: true, value });
        if (/^\d+$/.test(value)) expect(readCell(id, Number(value))).toEqual({ ok: false, problem: NUMERIC_CODE_PROBLEM });
      }),
    );
  });

  it('text: a formula cell reads as its result with a warning; our own formula escape is undone', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 50 }).filter((t) => t.trim() !== '' && ![...t].some((ch) => ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127) && !/_x00/.test(t)), (text) => {
        expect(readCell(name, { formula: 'A1', result: text })).toEqual({ ok: true, value: text.trim(), warning: '单元格是公式，已按其计算结果读取' });
        if (/^[=+\-@]/.test(text)) expect(readCell(name, `'${text}`)).toEqual({ ok: true, value: text.trim() });
      }),
    );
  });

  it('headers: spacing, full-width forms, the required mark and a 元 suffix do not matter', () => {
    expect(normalizeHeader(' *欠薪金额（元）')).toBe('欠薪金额');
    expect(normalizeHeader('身份证号\n')).toBe('身份证号');
    expect(normalizeHeader('合同价款(元)')).toBe('合同价款');
  });
});
