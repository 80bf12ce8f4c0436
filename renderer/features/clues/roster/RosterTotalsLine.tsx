import type { ClueRecord, RosterTotals } from '../../../../shared/contract/clues';
import { formatFenAsYuan } from '../../../../shared/money';

/**
 * The roster's totals against the figures registered on the clue: a roster that does not add up to 涉及人数 /
 * 涉及金额 is highlighted, since one of the two is wrong and the reports count both.
 */
export function RosterTotalsLine({ totals, clue }: { totals: RosterTotals; clue: ClueRecord }) {
  const registeredWorkers = typeof clue['workersInvolved'] === 'number' ? clue['workersInvolved'] : null;
  const registeredAmount = typeof clue['amountInvolved'] === 'number' ? clue['amountInvolved'] : null;
  const workersDiffer = registeredWorkers !== null && totals.workers > 0 && totals.workers !== registeredWorkers;
  const amountDiffers = registeredAmount !== null && totals.workers > 0 && totals.owedFen !== registeredAmount;

  return (
    <div className="roster-totals" data-testid="roster-totals" role="status">
      <span data-testid="roster-total-workers">人数：{totals.workers}人</span>
      <span data-testid="roster-total-owed">欠薪合计：{formatFenAsYuan(totals.owedFen)}元</span>
      <span data-testid="roster-total-paid">已付合计：{formatFenAsYuan(totals.paidFen)}元</span>
      <span className="roster-registered">
        线索登记：涉及人数 {registeredWorkers ?? '未填'}{registeredWorkers !== null ? '人' : ''}，涉及金额 {registeredAmount !== null ? `${formatFenAsYuan(registeredAmount)}元` : '未填'}
      </span>
      {workersDiffer && (
        <span className="roster-mismatch" data-testid="roster-mismatch-workers">
          与登记的涉及人数不一致
        </span>
      )}
      {amountDiffers && (
        <span className="roster-mismatch" data-testid="roster-mismatch-amount">
          欠薪合计与登记的涉及金额不一致
        </span>
      )}
    </div>
  );
}
