import { Empty } from 'antd';
import { useMemo } from 'react';
import type { StatsTable } from '../../../../shared/contract/reports';
import { CLUE_SOURCES } from '../../../../shared/domain/clue';
import { clueListHash } from '../../clues/clueLinks';
import { CHART_COLORS, type ChartOption } from './echarts';
import { EChart, type ChartClick } from './EChart';

const SERIES = [
  { name: '受理', field: 'received', color: CHART_COLORS.blue },
  { name: '办结', field: 'closed', color: CHART_COLORS.green },
] as const;

/** Sources in the order of the code list (国家平台 first), then any others the ledger holds. */
function ordered(rows: StatsTable['bySource']): StatsTable['bySource'] {
  const rank = (key: string) => {
    const at = (CLUE_SOURCES as readonly string[]).indexOf(key);
    return at < 0 ? CLUE_SOURCES.length : at;
  };
  return [...rows].sort((a, b) => rank(a.key) - rank(b.key));
}

/**
 * 线索来源: clues received and closed in the year by source (the weekly report's bySource). A 受理 bar opens the clue
 * ledger on the clues of that source received in the period; a 办结 bar on those closed in it.
 */
export function SourceChart({ table }: { table: StatsTable }) {
  const rows = useMemo(() => ordered(table.bySource), [table]);
  const option = useMemo<ChartOption>(
    () => ({
      color: SERIES.map((s) => s.color),
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: rows.map((r) => r.key), axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', name: '件', minInterval: 1 },
      series: SERIES.map((s) => ({ name: s.name, type: 'bar', barMaxWidth: 36, label: { show: true, position: 'top' }, data: rows.map((r) => r[s.field]) })),
    }),
    [rows],
  );

  const open = ({ seriesIndex, dataIndex }: ChartClick) => {
    const source = rows[dataIndex]?.key;
    if (source === undefined) return;
    const period = { from: table.period.from, to: table.period.to };
    window.location.hash = clueListHash(seriesIndex === 1 ? { view: 'all', source, closed: period } : { view: 'all', source, received: period });
  };

  if (rows.length === 0) return <Empty className="dashboard-chart-empty" description="本年暂无线索" />;
  return <EChart option={option} onClick={open} height={280} label="线索来源分布：各来源受理和办结件数" testId="chart-sources" />;
}
