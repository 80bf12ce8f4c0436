import { useMemo } from 'react';
import type { StatsTable } from '../../../../shared/contract/reports';
import { formatFenAsWanYuan } from '../../../../shared/money';
import { clueListHash } from '../../clues/clueLinks';
import { CHART_COLORS, type ChartOption } from './echarts';
import { EChart, type ChartClick } from './EChart';

/** The row the weekly report gives the clues without a township (the county's own, electron/core/reports/stats.ts). */
const COUNTY_LEVEL = '县本级';

/**
 * 追回欠薪: the amount recovered in the year per township (the weekly report's rows, 万元 as the report rounds it).
 * A bar opens the clue ledger on that township's clues closed in the period.
 */
export function TownshipRecoveryChart({ table }: { table: StatsTable }) {
  const rows = table.rows;
  const option = useMemo<ChartOption>(
    () => ({
      color: [CHART_COLORS.orange],
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (value) => `${String(value)}万元`,
      },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: rows.map((r) => r.township), axisLabel: { interval: 0, rotate: rows.length > 10 ? 45 : rows.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', name: '万元' },
      series: [
        {
          name: '追回金额',
          type: 'bar',
          barMaxWidth: 36,
          // with many townships the amounts would run into each other: the tooltip gives them instead
          label: { show: rows.length <= 8, position: 'top', formatter: (p) => (Number(p.value) > 0 ? String(p.value) : '') },
          // the 万元 text of the report, as a number only so the bar has a height
          data: rows.map((r) => Number(formatFenAsWanYuan(r.amountResolvedFen))),
        },
      ],
    }),
    [rows],
  );

  // The report files a clue under 发生地乡镇, or under 交办乡镇 when that is empty; the grid can filter one column only,
  // so the link filters 发生地乡镇: a clue registered without it counts in its 交办乡镇's bar but is not listed there.
  const open = ({ dataIndex }: ChartClick) => {
    const township = rows[dataIndex]?.township;
    if (township === undefined) return;
    window.location.hash = clueListHash({ view: 'all', township: township === COUNTY_LEVEL ? '' : township, closed: { from: table.period.from, to: table.period.to } });
  };

  return <EChart option={option} onClick={open} height={280} label="各乡镇追回欠薪金额（万元）" testId="chart-townships" />;
}
