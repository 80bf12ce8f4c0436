import { DatePicker, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import { api } from '../../api/client';
import { defaultCampaignRange } from './campaignRange';
import { StatsPanel } from './StatsPanel';
import { useStats } from './useStats';

/** 专项行动期间: the same statistics for any window the clerk picks (reports.period). */
export function CampaignPeriodPanel({ refreshToken }: { refreshToken: number }) {
  const [range, setRange] = useState<[string, string]>(() => defaultCampaignRange());
  const load = useCallback(() => {
    void refreshToken; // the page's 刷新 hands a new token: a new loader, so the figures load again
    return api().reports.period({ from: range[0], to: range[1] });
  }, [range, refreshToken]);
  const { value, loading } = useStats(load);

  return (
    <>
      <Space className="stats-range-bar" wrap>
        <Typography.Text>行动起止日期：</Typography.Text>
        <DatePicker.RangePicker
          value={[dayjs(range[0]), dayjs(range[1])]}
          allowClear={false}
          onChange={(dates) => {
            const [from, to] = (dates ?? []) as [Dayjs | null, Dayjs | null];
            if (from && to) setRange([from.format('YYYY-MM-DD'), to.format('YYYY-MM-DD')]);
          }}
          data-testid="period-range"
        />
      </Space>
      <StatsPanel table={value} loading={loading} testId="period" />
    </>
  );
}
