import { Typography } from 'antd';
import type { StatsTable } from '../../../shared/contract/reports';
import { formatChineseDate } from '../../../shared/dates';
import { SourceStatsTable } from './SourceStatsTable';
import { TownshipStatsTable } from './TownshipStatsTable';

interface Props {
  table: StatsTable | null;
  loading: boolean;
  testId: string;
}

/** "2026年第48周（2026年11月23日至2026年11月29日）"; a label that already names its dates is shown as it is. */
function periodText(period: StatsTable['period']): string {
  return period.label.includes('至') ? period.label : `${period.label}（${formatChineseDate(period.from)}至${formatChineseDate(period.to)}）`;
}

/** One period's statistics: the period line, the table per township with 合计, and the clues by source. */
export function StatsPanel({ table, loading, testId }: Props) {
  const period = table?.period;
  return (
    <div className="stats-panel" data-testid={`${testId}-panel`}>
      <Typography.Paragraph type="secondary" className="stats-period" data-testid={`${testId}-period`}>
        {period ? `统计期间：${periodText(period)}` : '正在统计…'}
        <span className="stats-note">在建项目及五项制度、保证金、实名制按当前台账统计；其余按期间内发生的计入。金额单位：万元。</span>
      </Typography.Paragraph>
      <Typography.Title level={5} className="stats-section-title">
        分乡镇统计
      </Typography.Title>
      <TownshipStatsTable rows={table?.rows ?? []} total={table?.total ?? null} loading={loading} testId={testId} />
      <Typography.Title level={5} className="stats-section-title">
        欠薪线索分来源办理情况
      </Typography.Title>
      <SourceStatsTable rows={table?.bySource ?? []} loading={loading} testId={testId} />
    </div>
  );
}
