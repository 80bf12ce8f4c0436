import { formatFenAsWanYuan } from '../money';
import type { DepositRules } from './settings';

/** What the required wage deposit (应存工资保证金) depends on. */
export interface DepositInput {
  contractPriceFen: number | null | undefined;
  /** the general contractor's record: 连续两年无拖欠 / 一般 / 近两年有拖欠 */
  depositRecord: string | null | undefined;
  /** the general contractor is on the arrears blacklist today */
  contractorBlacklisted: boolean;
}

export interface DepositRequirement {
  /** required amount in fen; null when the contract price is unknown */
  requiredFen: number | null;
  exempt: boolean;
  /** how the amount was reached, in Chinese, shown beside the read-only figure */
  basis: string;
}

const wan = (fen: number): string => `${formatFenAsWanYuan(fen)}万元`;
const percent = (basisPoints: number): string => `${basisPoints / 100}%`;

/**
 * Required deposit = contract price × rate × adjustment, capped — or 0 when the contract is under the exemption
 * threshold and the contractor has no arrears. Rates and caps differ by province, so they all come from Settings.
 * Integer arithmetic throughout (BigInt for the product), rounded half up to the fen.
 */
export function computeRequiredDeposit(input: DepositInput, rules: DepositRules): DepositRequirement {
  const price = input.contractPriceFen;
  if (price == null) return { requiredFen: null, exempt: false, basis: '未填写合同价款，无法计算' };

  const hasArrears = input.depositRecord === '近两年有拖欠';
  const aggravated = hasArrears || input.contractorBlacklisted;

  if (price < rules.exemptThresholdFen && !aggravated) {
    return {
      requiredFen: 0,
      exempt: true,
      basis: `合同价款${wan(price)}低于${wan(rules.exemptThresholdFen)}且无拖欠记录，免于存储`,
    };
  }

  let adjustmentPercent = 100;
  let reason = '';
  if (input.contractorBlacklisted) {
    adjustmentPercent = rules.blacklistPercent;
    reason = '总包单位列入失信联合惩戒名单';
  } else if (hasArrears) {
    adjustmentPercent = rules.arrearsPercent;
    reason = '总包单位近两年有拖欠';
  } else if (input.depositRecord === '连续两年无拖欠') {
    adjustmentPercent = rules.cleanRecordPercent;
    reason = '总包单位连续两年无拖欠';
  }

  const numerator = BigInt(price) * BigInt(rules.rateBasisPoints) * BigInt(adjustmentPercent);
  const denominator = 10_000n * 100n;
  const computed = Number((numerator + denominator / 2n) / denominator);

  let basis = `合同价款${wan(price)} × ${percent(rules.rateBasisPoints)}`;
  if (adjustmentPercent !== 100) basis += ` × ${adjustmentPercent}%（${reason}）`;
  basis += ` = ${wan(computed)}`;

  const capApplies = rules.capFen > 0 && !(aggravated && rules.arrearsLiftsCap);
  if (capApplies && computed > rules.capFen) {
    return { requiredFen: rules.capFen, exempt: false, basis: `${basis}，超过上限按${wan(rules.capFen)}存储` };
  }
  if (rules.capFen > 0 && !capApplies && computed > rules.capFen) basis += `（${reason}，不设上限）`;
  return { requiredFen: computed, exempt: false, basis };
}
