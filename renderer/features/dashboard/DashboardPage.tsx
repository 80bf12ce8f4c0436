import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { api } from '../../api/client';
import { CampaignFigures } from './CampaignFigures';
import { ClearanceCard } from './ClearanceCard';
import { ClosureTrendChart } from './charts/ClosureTrendChart';
import { ProblemStatusChart } from './charts/ProblemStatusChart';
import { SourceChart } from './charts/SourceChart';
import { TownshipRecoveryChart } from './charts/TownshipRecoveryChart';
import './dashboard.css';
import { useLoaded } from './useLoaded';
import { refreshNavBadges } from './useNavBadges';
import { WarningsPanel } from './WarningsPanel';

/**
 * 工作台, the first screen of the morning: where the campaign stands (the weekly report's figures, 两清零, charts
 * whose bars open the records behind them) and what needs doing today (the warnings, each opening its record).
 */
export function DashboardPage() {
  const [refreshKey, setRefreshKey] = useState(0);
  // a new refreshKey (刷新) makes a new loader, and every part reads its figures again
  const loadReport = useCallback(() => api().reports.weekly({}), [refreshKey]);
  const { value: report, error } = useLoaded(loadReport);

  return (
    <div className="dashboard-page" data-testid="page-dashboard">
      <div className="dashboard-toolbar">
        <Typography.Title level={4} className="dashboard-title">
          工作台
        </Typography.Title>
        <Button
          icon={<ReloadOutlined />}
          onClick={() => {
            setRefreshKey((k) => k + 1);
            refreshNavBadges();
          }}
          data-testid="dashboard-reload"
        >
          刷新
        </Button>
      </div>
      {error && <Alert type="error" showIcon title="无法读取统计" description={error} className="dashboard-error" />}
      <div className="dashboard-layout">
        <div className="dashboard-main">
          <CampaignFigures report={report} />
          {report && (
            <>
              <div className="chart-grid">
                <Card size="small" title="线索来源（本年累计，点击柱形查看线索）">
                  <SourceChart table={report.yearToDate} />
                </Card>
                <Card size="small" title="线索办结率（近八周）">
                  <ClosureTrendChart current={report} />
                </Card>
                <Card size="small" title="各乡镇追回欠薪（本年累计，万元）">
                  <TownshipRecoveryChart table={report.yearToDate} />
                </Card>
                <Card size="small" title="整改问题（点击扇区查看问题）">
                  <ProblemStatusChart refreshKey={refreshKey} />
                </Card>
              </div>
              <ClearanceCard period={report.yearToDate.period} refreshKey={refreshKey} />
            </>
          )}
        </div>
        <aside className="dashboard-side" aria-label="预警">
          <WarningsPanel refreshKey={refreshKey} />
        </aside>
      </div>
    </div>
  );
}
