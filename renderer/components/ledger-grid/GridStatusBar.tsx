import { formatFenAsYuan } from '../../../shared/money';
import type { MoneyTotal } from './moneyTotals';

export interface GridCounts {
  total: number;
  filtered: number;
  selected: number;
}

/** AG Grid's own status bar is Enterprise-only, so the counts and 合计 are drawn here, under the grid. */
const DEFAULT_HINT = '双击行打开表单；选中单元格后按F2或直接输入可修改';

export function GridStatusBar({ counts, totals, loadingMore, hint }: { counts: GridCounts; totals: readonly MoneyTotal[]; loadingMore: boolean; hint?: string }) {
  return (
    <div className="ledger-grid-status" data-testid="grid-status" role="status">
      <span data-testid="grid-count-total">共{counts.total}条</span>
      {loadingMore && <span data-testid="grid-loading-more">正在载入其余记录…（合计和筛选在载入完成后为全部记录）</span>}
      {counts.filtered !== counts.total && <span data-testid="grid-count-filtered">筛选后{counts.filtered}条</span>}
      <span data-testid="grid-count-selected">已选{counts.selected}条</span>
      {totals.length > 0 && (
        <span className="ledger-grid-totals" data-testid="grid-totals">
          合计：
          {totals.map((t) => (
            <span key={t.field.key} className="ledger-grid-total">
              {t.field.label} {formatFenAsYuan(t.fen)}元
            </span>
          ))}
        </span>
      )}
      <span className="ledger-grid-hint">{hint ?? DEFAULT_HINT}</span>
    </div>
  );
}
