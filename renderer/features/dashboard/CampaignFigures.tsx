import { Card, Skeleton, Statistic, Typography } from 'antd';
import type { TownshipStats, WeeklyReport } from '../../../shared/contract/reports';
import { FIGURE_GROUPS, figureText, type FigureGroup, type FigureItem } from './figures';

/** 2026-11-23 → 11月23日 */
const monthDay = (iso: string) => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

function FigureTile({ item, ytd, week, register }: { item: FigureItem; ytd: TownshipStats; week: TownshipStats; register: boolean }) {
  return (
    <div className="figure-tile">
      <Statistic
        title={item.label}
        value={figureText(ytd, item.key)}
        // the text exactly as the weekly report gives it: antd would add thousands separators to 万元 and counts
        formatter={() => <span data-testid={`figure-ytd-${item.key}`}>{figureText(ytd, item.key)}</span>}
        suffix={item.unit || undefined}
      />
      {!register && (
        <div className="figure-week">
          本周 <span data-testid={`figure-week-${item.key}`}>{figureText(week, item.key)}</span>
          {item.unit}
        </div>
      )}
    </div>
  );
}

function FigureCard({ group, report }: { group: FigureGroup; report: WeeklyReport }) {
  const register = group.register === true;
  const { thisWeek, yearToDate } = report;
  const extra = register ? (
    <Typography.Text type="secondary">当前在册</Typography.Text>
  ) : (
    <Typography.Text type="secondary" className="figure-period" data-testid="dashboard-period">
      <span>大字为本年累计（{yearToDate.period.label}）</span>
      <span>
        小字为本周（{thisWeek.period.label}，{monthDay(thisWeek.period.from)}至{monthDay(thisWeek.period.to)}）
      </span>
    </Typography.Text>
  );
  return (
    <Card size="small" title={group.title} extra={extra} className="figure-card">
      <div className="figure-tiles">
        {group.items.map((item) => (
          <FigureTile key={item.key} item={item} ytd={report.yearToDate.total} week={report.thisWeek.total} register={register} />
        ))}
      </div>
    </Card>
  );
}

/**
 * The campaign figures, all from reports.weekly's 合计 rows: the year to date large, this week under it. The register
 * figures (projects and their five systems) are the ledger as it stands, so they appear once. 金额单位：万元.
 */
export function CampaignFigures({ report }: { report: WeeklyReport | null }) {
  if (!report) return <Skeleton active paragraph={{ rows: 4 }} />;
  return (
    <section className="dashboard-figures" aria-label="工作进展" data-testid="dashboard-figures">
      {FIGURE_GROUPS.map((group) => (
        <FigureCard key={group.title} group={group} report={report} />
      ))}
    </section>
  );
}
