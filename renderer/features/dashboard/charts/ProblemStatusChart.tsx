import { Empty, Skeleton } from 'antd';
import { useCallback, useMemo } from 'react';
import { PROBLEM_VIEWS, type ProblemViewName } from '../../../../shared/contract/inspections';
import { api } from '../../../api/client';
import { hashLink } from '../../../app/routes';
import { useLoaded } from '../useLoaded';
import { CHART_COLORS, type ChartOption } from './echarts';
import { EChart, type ChartClick } from './EChart';

/** The problem ledger's views that split every problem once: still to fix, reported and waiting for review, closed. */
const SLICES: { view: ProblemViewName; color: string }[] = [
  { view: 'pending', color: CHART_COLORS.red },
  { view: 'toReview', color: CHART_COLORS.orange },
  { view: 'closed', color: CHART_COLORS.green },
];

const viewLabel = (view: ProblemViewName) => PROBLEM_VIEWS.find((v) => v.name === view)?.label ?? view;

/** 整改问题: open against closed, from problems.viewCounts; a slice opens the problem ledger on that view. */
export function ProblemStatusChart({ refreshKey }: { refreshKey: number }) {
  // a new refreshKey (the page's 刷新) makes a new loader, and the counts are read again
  const load = useCallback(() => api().problems.viewCounts({}), [refreshKey]);
  const { value: counts, error } = useLoaded(load);

  const option = useMemo<ChartOption>(
    () => ({
      color: SLICES.map((s) => s.color),
      tooltip: { trigger: 'item', formatter: '{b}：{c}个（{d}%）' },
      legend: { bottom: 0 },
      series: [
        {
          name: '整改问题',
          type: 'pie',
          radius: ['40%', '68%'],
          // a ledger without problems gets the empty note below, never three equal slices of nothing
          stillShowZeroSum: false,
          center: ['50%', '45%'],
          label: { formatter: '{b}\n{c}个' },
          data: SLICES.map((s) => {
            const value = counts?.[s.view] ?? 0;
            // an empty slice keeps its place in the legend but gets no label pointing at nothing
            return { name: viewLabel(s.view), value, label: { show: value > 0 }, labelLine: { show: value > 0 } };
          }),
        },
      ],
    }),
    [counts],
  );

  const open = ({ dataIndex }: ChartClick) => {
    const slice = SLICES[dataIndex];
    if (slice) window.location.hash = hashLink('problems', { view: slice.view });
  };

  if (error) return <div className="dashboard-chart-error">{error}</div>;
  // no chart before the counts: an empty pie that then springs open would only flicker
  if (!counts) return <Skeleton active className="dashboard-chart-empty" />;
  if (SLICES.every((s) => counts[s.view] === 0)) return <Empty className="dashboard-chart-empty" description="暂无整改问题" />;
  return <EChart option={option} onClick={open} height={280} label="整改问题：待整改、待复核、已销号" testId="chart-problems" />;
}
