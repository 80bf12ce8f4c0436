import { describe, expect, it } from 'vitest';
import { computeRequiredDeposit } from '../../shared/domain/deposit';
import { DEFAULT_DEPOSIT_RULES } from '../../shared/domain/settings';

const rules = DEFAULT_DEPOSIT_RULES; // 300万 exemption, 2%, cap 500万, clean ×50%, arrears ×200%, blacklist ×300%
const wan = (n: number) => n * 1_000_000; // 万元 → fen

describe('required wage deposit', () => {
  it('is exempt under the threshold with no arrears', () => {
    const r = computeRequiredDeposit({ contractPriceFen: wan(299), depositRecord: '一般', contractorBlacklisted: false }, rules);
    expect(r).toMatchObject({ requiredFen: 0, exempt: true });
    expect(r.basis).toContain('免于存储');
  });

  it('is not exempt under the threshold when the contractor has arrears', () => {
    const r = computeRequiredDeposit({ contractPriceFen: wan(200), depositRecord: '近两年有拖欠', contractorBlacklisted: false }, rules);
    expect(r.requiredFen).toBe(wan(8)); // 200万 × 2% × 200%
  });

  it('is price × rate for an ordinary contractor, and halved for a clean record', () => {
    expect(computeRequiredDeposit({ contractPriceFen: wan(1000), depositRecord: '一般', contractorBlacklisted: false }, rules).requiredFen).toBe(wan(20));
    expect(computeRequiredDeposit({ contractPriceFen: wan(1000), depositRecord: '连续两年无拖欠', contractorBlacklisted: false }, rules).requiredFen).toBe(wan(10));
  });

  it('is capped, unless arrears or the blacklist lift the cap', () => {
    const capped = computeRequiredDeposit({ contractPriceFen: wan(50_000), depositRecord: '一般', contractorBlacklisted: false }, rules);
    expect(capped.requiredFen).toBe(wan(500));
    expect(capped.basis).toContain('上限');
    const lifted = computeRequiredDeposit({ contractPriceFen: wan(50_000), depositRecord: '一般', contractorBlacklisted: true }, rules);
    expect(lifted.requiredFen).toBe(wan(3000)); // 5亿 × 2% × 300%
  });

  it('rounds to the fen without floats', () => {
    const r = computeRequiredDeposit({ contractPriceFen: 333_333_333, depositRecord: '一般', contractorBlacklisted: false }, rules);
    expect(r.requiredFen).toBe(6_666_667);
  });

  it('says it cannot compute without a contract price', () => {
    expect(computeRequiredDeposit({ contractPriceFen: null, depositRecord: '一般', contractorBlacklisted: false }, rules).requiredFen).toBeNull();
  });

  it('follows the settings', () => {
    const r = computeRequiredDeposit({ contractPriceFen: wan(1000), depositRecord: '一般', contractorBlacklisted: false }, { ...rules, rateBasisPoints: 300 });
    expect(r.requiredFen).toBe(wan(30));
  });
});
