import { Card, Empty, Skeleton, Statistic, Typography } from 'antd';
import { useCallback } from 'react';
import type { StatsPeriod } from '../../../shared/contract/reports';
import { formatFenAsWanYuan } from '../../../shared/money';
import { api } from '../../api/client';
import { goTo } from '../../app/routes';
import { useLoaded } from './useLoaded';

/** Exactly the text shown, with the test id on it (antd would add thousands separators to a plain value). */
const shown = (text: string, testId: string) => () => <span data-testid={testId}>{text}</span>;

/**
 * 两清零: government-invested projects that still owe wages (open clues on them), what remains, and what was cleared
 * this year; each project opens its 一项目一档.
 */
export function ClearanceCard({ period, refreshKey }: { period: StatsPeriod; refreshKey: number }) {
  const load = useCallback(async () => {
    return api().reports.clearance({ from: period.from, to: period.to });
    // a new refreshKey (the page's 刷新) makes a new loader, and everything is read again
  }, [period.from, period.to, refreshKey]);
  const { value, error } = useLoaded(load);

  const body = () => {
    if (error) return <Typography.Text type="danger">{error}</Typography.Text>;
    if (!value) return <Skeleton active paragraph={{ rows: 2 }} />;
    return (
      <>
        <div className="clearance-figures">
          <Statistic title="尚有欠薪的项目" value={value.projects.length} formatter={shown(String(value.projects.length), 'clearance-projects')} suffix="个" />
          <Statistic title="未办结线索" value={value.openClues} formatter={shown(String(value.openClues), 'clearance-open')} suffix="件" />
          <Statistic title="待清偿（涉及金额）" value={value.remainingFen} formatter={shown(formatFenAsWanYuan(value.remainingFen), 'clearance-remaining')} suffix="万元" />
          <Statistic title="本年已清偿" value={value.clearedFen} formatter={shown(formatFenAsWanYuan(value.clearedFen), 'clearance-cleared')} suffix={`万元（${value.clearedClues}件）`} />
        </div>
        {value.projects.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="政府投资项目已无未办结的欠薪线索" />
        ) : (
          <ul className="clearance-list">
            {value.projects.map((p) => (
              <li key={p.id}>
                <button type="button" className="clearance-item" onClick={() => goTo('projects', p.id)} data-testid={`clearance-project-${p.id}`}>
                  <span className="clearance-name">{p.name}</span>
                  <span className="clearance-owed">
                    {p.openClues}件，{formatFenAsWanYuan(p.owedFen)}万元
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </>
    );
  };

  return (
    <Card size="small" title="政府投资项目两清零" extra={<Typography.Text type="secondary">按涉及项目为政府投资的线索统计</Typography.Text>} data-testid="dashboard-clearance">
      {body()}
    </Card>
  );
}
