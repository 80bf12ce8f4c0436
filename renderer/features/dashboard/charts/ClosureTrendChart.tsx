import { Skeleton } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useMemo } from 'react';
import type { WeeklyReport } from '../../../../shared/contract/reports';
import { api } from '../../../api/client';
import { isoWeekOf } from '../../reports/isoWeek';
import { useLoaded } from '../useLoaded';
import { CHART_COLORS, type ChartOption } from './echarts';
import { EChart } from './EChart';

const WEEKS = 8;

interface WeekPoint {
  /** "48周" under the axis, where eight full labels would run together on a narrow window */
  axis: string;
  /** "2026年第48周" in the tooltip */
  label: string;
  received: number;
  closed: number;
  /** as the report formats it: "97.37%", or "—" for a week with nothing received */
  closureRate: string;
}

/** "97.37%" → 97.37 for the line's height; "—" leaves a gap rather than a false zero. */
const ratePercent = (rate: string) => (rate.endsWith('%') ? Number(rate.slice(0, -1)) : null);

/**
 * 办结率走势: 办结率 of each of the last eight ISO weeks, each from reports.weekly for that week (thisWeek's 合计),
 * so every point is the figure the weekly report of that week gives.
 */
export function ClosureTrendChart({ current }: { current: WeeklyReport }) {
  const load = useCallback(async (): Promise<WeekPoint[]> => {
    // counted back from the core's own week, so the line ends on the week the figures above show
    const monday = dayjs(current.thisWeek.period.from);
    const weeks = Array.from({ length: WEEKS }, (_, i) => isoWeekOf(monday.subtract((WEEKS - 1 - i) * 7, 'day')));
    const reports = await Promise.all(weeks.map((week) => (week === current.week ? current : api().reports.weekly({ week }))));
    return reports.map((r) => ({ axis: `${Number(r.week.slice(6))}周`, label: r.thisWeek.period.label, received: r.thisWeek.total.cluesReceived, closed: r.thisWeek.total.cluesClosed, closureRate: r.thisWeek.total.closureRate }));
  }, [current]);
  const { value: points, error } = useLoaded(load);

  const option = useMemo<ChartOption>(() => {
    const shown = points ?? [];
    return {
      color: [CHART_COLORS.blue],
      tooltip: {
        trigger: 'axis',
        formatter: (params) => {
          const at = Array.isArray(params) ? params[0]?.dataIndex : params.dataIndex;
          const point = at === undefined ? undefined : shown[at];
          return point ? `${point.label}<br/>办结率 ${point.closureRate}<br/>受理 ${point.received} 件，办结 ${point.closed} 件` : '';
        },
      },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: shown.map((p) => p.axis), axisLabel: { interval: 0 } },
      // a week can close more than it received (older clues), so the axis goes past 100% when a point does
      yAxis: { type: 'value', name: '办结率', min: 0, max: (extent) => Math.max(100, Math.ceil(extent.max / 20) * 20), axisLabel: { formatter: '{value}%' } },
      series: [{ name: '办结率', type: 'line', connectNulls: false, symbolSize: 7, label: { show: true, formatter: (p) => (p.value == null ? '' : `${String(p.value)}%`) }, data: shown.map((p) => ratePercent(p.closureRate)) }],
    };
  }, [points]);

  if (error) return <div className="dashboard-chart-error">{error}</div>;
  if (!points) return <Skeleton active className="dashboard-chart-empty" />;
  return <EChart option={option} height={280} label="近八周线索办结率走势" testId="chart-closure-trend" />;
}
