import { describe, expect, it } from 'vitest';
import { amountInFiguresAndWords, fenToChineseUpper } from '../../shared/print';

describe('人民币大写', () => {
  it('follows the 支付结算办法 rules: 整 after 元 or 角, none after 分, 零 for skipped places', () => {
    expect(fenToChineseUpper(123_456)).toBe('人民币壹仟贰佰叁拾肆元伍角陆分');
    expect(fenToChineseUpper(123_450)).toBe('人民币壹仟贰佰叁拾肆元伍角整');
    expect(fenToChineseUpper(100_500)).toBe('人民币壹仟零伍元整');
    expect(fenToChineseUpper(10_001_001)).toBe('人民币壹拾万零壹拾元零壹分');
    expect(fenToChineseUpper(294_480_000)).toBe('人民币贰佰玖拾肆万肆仟捌佰元整');
    expect(fenToChineseUpper(22_300_000_000)).toBe('人民币贰亿贰仟叁佰万元整');
    expect(fenToChineseUpper(5)).toBe('人民币伍分');
    expect(fenToChineseUpper(0)).toBe('人民币零元整');
    expect(fenToChineseUpper(-1_000)).toBe('负人民币壹拾元整');
  });

  it('prints figures and words together, or a dash when the amount is not recorded', () => {
    expect(amountInFiguresAndWords(48_635_000)).toBe('486,350.00元（大写：人民币肆拾捌万陆仟叁佰伍拾元整）');
    expect(amountInFiguresAndWords(null)).toBe('—');
  });
});
