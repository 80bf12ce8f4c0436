import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Space, Tabs, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import { api } from '../../api/client';
import { useLedgerData } from '../../app/LedgerDataContext';
import { CampaignPeriodPanel } from './CampaignPeriodPanel';
import { ExportResultAlert } from './ExportResultAlert';
import { ExportWeeklyButton, type WeeklyExport } from './ExportWeeklyButton';
import { isoWeekLabel, isoWeekOf, isoWeekSpan } from './isoWeek';
import { StatsPanel } from './StatsPanel';
import { useStats } from './useStats';
import './reports.css';

/** Weeks after the current one have nothing to report yet. */
const isFutureWeek = (day: Dayjs) => day.isAfter(dayjs().endOf('isoWeek'));

/**
 * 周报统计: the weekly statistics the city and province ask for — this week, the year to date, or a campaign
 * window — per township with 合计 and by clue source, and the one-click weekly workbook. Every figure comes from
 * the core (the same numbers the workbook holds); this page only shows them.
 */
export function WeeklyReportPage() {
  const [day, setDay] = useState<Dayjs>(() => dayjs());
  const [exported, setExported] = useState<WeeklyExport | null>(null);
  const [periodRefresh, setPeriodRefresh] = useState(0);
  const week = isoWeekOf(day);
  const load = useCallback(() => api().reports.weekly({ week }), [week]);
  const { value: report, loading, error, reload } = useStats(load);
  // the county's name is known before the figures arrive, so the title does not change under the clerk's eyes
  const { settings } = useLedgerData();

  const refresh = () => {
    void reload();
    setPeriodRefresh((n) => n + 1);
  };

  return (
    <div className="ledger-page report-page" data-testid="page-reports">
      <div className="ledger-toolbar" role="toolbar" aria-label="周报统计工具栏">
        <Space wrap>
          <Typography.Text>周次：</Typography.Text>
          <DatePicker
            picker="week"
            value={day}
            allowClear={false}
            format={isoWeekLabel}
            // the label "2026年第48周" is not typed back in: the week is picked from the calendar
            inputReadOnly
            disabledDate={isFutureWeek}
            onChange={(next: Dayjs | null) => next && setDay(next)}
            data-testid="report-week"
          />
          <Typography.Text type="secondary" data-testid="report-week-span">
            {isoWeekSpan(day)}
          </Typography.Text>
          <Button onClick={() => setDay(dayjs())} disabled={week === isoWeekOf(dayjs())} data-testid="report-this-week">
            回到本周
          </Button>
        </Space>
        <Space>
          <Button icon={<ReloadOutlined />} onClick={refresh} data-testid="report-reload">
            刷新
          </Button>
          <ExportWeeklyButton week={week} onExported={setExported} />
        </Space>
      </div>
      {exported && <ExportResultAlert key={exported.path} result={exported} onDismiss={() => setExported(null)} />}
      {error && <Alert type="error" showIcon title="无法统计周报" description={error} className="report-error" />}
      <Typography.Title level={4} className="report-title" data-testid="report-title">
        {`${report?.countyName ?? settings?.countyName ?? ''}根治欠薪工作周报（${isoWeekLabel(day)}）`}
      </Typography.Title>
      {report?.issuingAuthority && <div className="report-authority">填报单位：{report.issuingAuthority}</div>}
      <Tabs
        className="report-tabs"
        items={[
          { key: 'week', label: <span data-testid="report-tab-week">本周</span>, children: <StatsPanel table={report?.thisWeek ?? null} loading={loading} testId="week" /> },
          { key: 'year', label: <span data-testid="report-tab-year">本年累计</span>, children: <StatsPanel table={report?.yearToDate ?? null} loading={loading} testId="year" /> },
          { key: 'period', label: <span data-testid="report-tab-period">专项行动期间</span>, children: <CampaignPeriodPanel refreshToken={periodRefresh} /> },
        ]}
      />
    </div>
  );
}
