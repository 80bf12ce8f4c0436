import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFenAsWanYuan, formatFenAsYuan, parseYuanToFen, yuan } from '../../shared/money';
import { maskBankAccount, maskIdCard, maskPhone } from '../../shared/mask';

describe('money in fen', () => {
  it('parses 元 text without floating-point error', () => {
    expect(parseYuanToFen('0.29')).toBe(29);
    expect(parseYuanToFen('1,234.5')).toBe(123_450);
    expect(parseYuanToFen('１２３４.５０')).toBe(123_450);
    expect(parseYuanToFen('3000000元')).toBe(300_000_000);
    expect(parseYuanToFen('1.234')).toBeNull();
    expect(parseYuanToFen('abc')).toBeNull();
  });

  it('round-trips every amount through its 元 text', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e13 }), (fen) => parseYuanToFen(formatFenAsYuan(fen)) === fen));
  });

  it('formats 万元 with two decimals as the weekly report wants', () => {
    expect(formatFenAsWanYuan(2_944_800_000)).toBe('2944.80');
    expect(formatFenAsWanYuan(1_937_0000_00)).toBe('1937.00');
    expect(formatFenAsWanYuan(4_999)).toBe('0.00');
    expect(formatFenAsWanYuan(5_000)).toBe('0.01');
  });

  it('only takes whole 元 in yuan()', () => {
    expect(yuan(300)).toBe(30_000);
    expect(() => yuan(0.1)).toThrow();
  });
});

describe('masking personal data', () => {
  it('masks as the domain guide shows', () => {
    expect(maskIdCard('62010219800101123X')).toBe('6201**********123X');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskBankAccount('6222021234567891234')).toBe('****1234');
  });
});
