import { ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Segmented, Space, Statistic } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useState } from 'react';
import type { InspectionFigures } from '../../../shared/contract/inspections';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { PERIOD_LABELS, periodRange, type PeriodKind } from '../clue-stats/periods';

/** The figures in the order the weekly report lists them; 超期未整改 is as of today, whatever the period. */
const FIGURES: { key: keyof Omit<InspectionFigures, 'from' | 'to'>; label: string; unit: string; alarm?: boolean }[] = [
  { key: 'inspections', label: '检查次数', unit: '次' },
  { key: 'projectsInspected', label: '检查项目', unit: '个' },
  { key: 'employersInspected', label: '检查用人单位', unit: '家' },
  { key: 'problemsFound', label: '发现问题', unit: '个' },
  { key: 'problemsRectified', label: '整改销号', unit: '个' },
  { key: 'problemsOverdue', label: '当前超期未整改', unit: '个', alarm: true },
  { key: 'noticesIssued', label: '下发整改通知书', unit: '份' },
];

export interface InspectionFiguresHandle {
  reload: () => void;
}

/** 检查整改统计 for a period the clerk picks (本周/本月/本年 or any range), computed by the core. */
export const InspectionFiguresCard = forwardRef<InspectionFiguresHandle>(function InspectionFiguresCard(_props, ref) {
  const { message } = App.useApp();
  const [kind, setKind] = useState<PeriodKind>('year');
  const [range, setRange] = useState<[string, string]>(() => periodRange('year'));
  const [figures, setFigures] = useState<InspectionFigures | null>(null);
  const [loading, setLoading] = useState(false);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setFigures(await api().inspections.figures({ from: range[0], to: range[1] }));
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setLoading(false);
    }
  }, [range, message]);

  useEffect(() => {
    void load();
  }, [load]);
  useImperativeHandle(ref, () => ({ reload: () => void load() }), [load]);

  const choosePeriod = (next: PeriodKind) => {
    setKind(next);
    if (next !== 'custom') setRange(periodRange(next));
  };

  return (
    <Card
      size="small"
      className="inspection-figures"
      title="检查整改统计"
      data-testid="inspection-figures"
      extra={
        <Space size={8} wrap>
          <Segmented<PeriodKind>
            size="small"
            value={kind}
            onChange={choosePeriod}
            options={(Object.keys(PERIOD_LABELS) as PeriodKind[]).map((k) => ({ value: k, label: <span data-testid={`figures-period-${k}`}>{PERIOD_LABELS[k]}</span> }))}
          />
          <DatePicker.RangePicker
            size="small"
            value={[dayjs(range[0]), dayjs(range[1])]}
            allowClear={false}
            onChange={(dates) => {
              const [from, to] = (dates ?? []) as [Dayjs | null, Dayjs | null];
              if (!from || !to) return;
              setKind('custom');
              setRange([from.format('YYYY-MM-DD'), to.format('YYYY-MM-DD')]);
            }}
            data-testid="figures-range"
          />
          <Button size="small" icon={<ReloadOutlined />} onClick={() => void load()} aria-label="刷新统计" />
        </Space>
      }
    >
      <div className="inspection-figures-row">
        {FIGURES.map((f) => {
          const value = figures?.[f.key] ?? 0;
          return (
            <Statistic
              key={f.key}
              title={f.label}
              value={value}
              suffix={f.unit}
              loading={loading && !figures}
              styles={{ content: { fontSize: 20, color: f.alarm && value > 0 ? '#cf1322' : undefined } }}
              data-testid={`figure-${f.key}`}
            />
          );
        })}
      </div>
    </Card>
  );
});
