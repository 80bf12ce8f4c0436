import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idCardCheckChar, idCardProblem, isValidIdCard } from '../../shared/validators/idcard';
import { isValidMobile, mobileProblem, phoneProblem } from '../../shared/validators/phone';
import { isValidUscc, USCC_CHARSET, usccCheckChar, usccProblem } from '../../shared/validators/uscc';

const usccBody = fc.array(fc.constantFrom(...USCC_CHARSET.split('')), { minLength: 17, maxLength: 17 }).map((chars) => chars.join(''));
const validUscc = usccBody.map((body) => body + usccCheckChar(body));

const birthDate = fc.date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2010-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10).replace(/-/g, ''));
const idBody = fc
  .tuple(fc.integer({ min: 110000, max: 659999 }), birthDate, fc.integer({ min: 0, max: 999 }))
  .map(([area, birth, seq]) => `${area}${birth}${seq.toString().padStart(3, '0')}`);
const validId = idBody.map((body) => body + idCardCheckChar(body));

describe('统一社会信用代码 (GB 32100)', () => {
  it('accepts the example from the domain guide', () => {
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
  });

  it('names what is wrong with a bad code', () => {
    expect(usccProblem('91350100M000100Y44')).toContain('校验位');
    expect(usccProblem('91350100M000100Y4')).toContain('18位');
    expect(usccProblem('91350100M000100I43')).toContain('I');
    expect(usccProblem('91350100m000100Y43')).toContain('m');
  });

  it('accepts every generated code with its check character', () => {
    fc.assert(fc.property(validUscc, (code) => isValidUscc(code)));
  });

  it('refuses any single-character change of a valid code', () => {
    fc.assert(
      fc.property(validUscc, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 30 }), (code, position, shift) => {
        const original = USCC_CHARSET.indexOf(code.charAt(position));
        const replaced = USCC_CHARSET.charAt((original + shift) % 31);
        const corrupted = code.slice(0, position) + replaced + code.slice(position + 1);
        return !isValidUscc(corrupted);
      }),
    );
  });

  it('refuses swapping two different adjacent characters of the body', () => {
    fc.assert(
      fc.property(validUscc, fc.integer({ min: 0, max: 15 }), (code, i) => {
        fc.pre(code.charAt(i) !== code.charAt(i + 1));
        const swapped = code.slice(0, i) + code.charAt(i + 1) + code.charAt(i) + code.slice(i + 2);
        return !isValidUscc(swapped);
      }),
    );
  });
});

describe('身份证号 (GB 11643)', () => {
  it('accepts the example from the domain guide, in either case of X', () => {
    expect(isValidIdCard('11010519491231002X')).toBe(true);
    expect(isValidIdCard('11010519491231002x')).toBe(true);
  });

  it('refuses a wrong check digit, a wrong length and an impossible birth date', () => {
    expect(idCardProblem('110105194912310021')).toContain('校验位');
    expect(idCardProblem('11010519491231002')).toContain('18位');
    const feb30 = '11010519490230002';
    expect(idCardProblem(feb30 + idCardCheckChar(feb30))).toContain('出生日期');
  });

  it('accepts every generated number with its check character', () => {
    fc.assert(fc.property(validId, (id) => isValidIdCard(id)));
  });

  it('refuses any single-digit change of a valid number', () => {
    fc.assert(
      fc.property(validId, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (id, position, shift) => {
        const digit = (Number(id.charAt(position)) + shift) % 10;
        const corrupted = id.slice(0, position) + digit + id.slice(position + 1);
        return !isValidIdCard(corrupted);
      }),
    );
  });
});

describe('phone numbers', () => {
  it('accepts 11-digit mobile numbers starting with 1', () => {
    expect(isValidMobile('13812345678')).toBe(true);
    fc.assert(fc.property(fc.stringMatching(/^1\d{10}$/), (n) => isValidMobile(n)));
  });

  it('refuses other lengths and prefixes with a reason', () => {
    expect(mobileProblem('1381234567')).toContain('11位');
    expect(mobileProblem('23812345678')).toContain('1开头');
    expect(mobileProblem('138-1234-5678')).toContain('数字');
  });

  it('accepts a landline with its area code as a contact number', () => {
    expect(phoneProblem('0938-6521234')).toBeNull();
    expect(phoneProblem('13812345678')).toBeNull();
    expect(phoneProblem('6521234')).not.toBeNull();
  });
});
