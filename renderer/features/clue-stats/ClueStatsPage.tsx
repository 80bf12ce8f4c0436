import { ReloadOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Radio, Segmented, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import type { ClueFigureRow, ClueFigures } from '../../../shared/contract/clues';
import { formatFenAsWanYuan } from '../../../shared/money';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { PERIOD_LABELS, periodRange, type PeriodKind } from './periods';
import '../clues/clues.css';

type GroupBy = 'source' | 'township';

const number = (value: number) => value.toLocaleString('zh-CN');

const columns = (groupBy: GroupBy) => [
  { title: groupBy === 'source' ? '线索来源' : '乡镇', dataIndex: 'key', width: 120, fixed: 'left' as const, render: (key: string) => key || '（未填）' },
  { title: '受理', dataIndex: 'received', align: 'right' as const, render: number },
  { title: '办结', dataIndex: 'closed', align: 'right' as const, render: number },
  { title: '办结率', dataIndex: 'closureRate', align: 'right' as const },
  { title: '按期办结', dataIndex: 'closedOnTime', align: 'right' as const, render: number },
  { title: '按期办结率', dataIndex: 'onTimeRate', align: 'right' as const },
  { title: '回访', dataIndex: 'followedUp', align: 'right' as const, render: number },
  { title: '满意率', dataIndex: 'satisfactionRate', align: 'right' as const },
  { title: '涉及人数', dataIndex: 'workersInvolved', align: 'right' as const, render: number },
  { title: '涉及金额（万元）', dataIndex: 'amountInvolvedFen', align: 'right' as const, render: formatFenAsWanYuan },
  { title: '解决人数', dataIndex: 'workersResolved', align: 'right' as const, render: number },
  { title: '解决金额（万元）', dataIndex: 'amountResolvedFen', align: 'right' as const, render: formatFenAsWanYuan },
  { title: '当前超期', dataIndex: 'overdueNow', align: 'right' as const, render: (n: number) => <span className={n > 0 ? 'stat-overdue' : undefined}>{number(n)}</span> },
];

/** The cells of the 合计 row, in the columns' order. */
function totalCells(total: ClueFigureRow) {
  return [
    '合计',
    number(total.received),
    number(total.closed),
    total.closureRate,
    number(total.closedOnTime),
    total.onTimeRate,
    number(total.followedUp),
    total.satisfactionRate,
    number(total.workersInvolved),
    formatFenAsWanYuan(total.amountInvolvedFen),
    number(total.workersResolved),
    formatFenAsWanYuan(total.amountResolvedFen),
    number(total.overdueNow),
  ];
}

/**
 * 线索统计: received, closed and the three rates (办结率 = 办结/受理, 按期办结率 = 按期办结/办结, 满意率) for a period,
 * by source or by township, with workers and amounts. The core computes every figure; this page only shows them.
 */
export function ClueStatsPage() {
  const { message } = App.useApp();
  const [kind, setKind] = useState<PeriodKind>('month');
  const [range, setRange] = useState<[string, string]>(() => periodRange('month'));
  const [groupBy, setGroupBy] = useState<GroupBy>('source');
  const [figures, setFigures] = useState<ClueFigures | null>(null);
  const [loading, setLoading] = useState(false);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setFigures(await api().clues.figures({ from: range[0], to: range[1], groupBy }));
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setLoading(false);
    }
  }, [range, groupBy, message]);

  useEffect(() => {
    void load();
  }, [load]);

  const choosePeriod = (next: PeriodKind) => {
    setKind(next);
    if (next !== 'custom') setRange(periodRange(next));
  };

  return (
    <div className="ledger-page" data-testid="page-clue-stats">
      <div className="ledger-toolbar">
        <Space wrap>
          <Segmented<PeriodKind>
            value={kind}
            onChange={choosePeriod}
            options={(Object.keys(PERIOD_LABELS) as PeriodKind[]).map((k) => ({ value: k, label: <span data-testid={`stats-period-${k}`}>{PERIOD_LABELS[k]}</span> }))}
          />
          <DatePicker.RangePicker
            value={[dayjs(range[0]), dayjs(range[1])]}
            allowClear={false}
            onChange={(dates) => {
              const [from, to] = (dates ?? []) as [Dayjs | null, Dayjs | null];
              if (!from || !to) return;
              setKind('custom');
              setRange([from.format('YYYY-MM-DD'), to.format('YYYY-MM-DD')]);
            }}
            data-testid="stats-range"
          />
          <Radio.Group
            value={groupBy}
            onChange={(e) => setGroupBy(e.target.value as GroupBy)}
            optionType="button"
            options={[
              { value: 'source', label: '按来源' },
              { value: 'township', label: '按乡镇' },
            ]}
          />
        </Space>
        <Button icon={<ReloadOutlined />} onClick={() => void load()} data-testid="stats-reload">
          刷新
        </Button>
      </div>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }} data-testid="stats-period">
        统计期间：{range[0]} 至 {range[1]}（受理按接收日期、办结按办结日期计入期间）
      </Typography.Paragraph>
      <Table<ClueFigureRow>
        size="middle"
        bordered
        rowKey="key"
        loading={loading}
        dataSource={figures?.rows ?? []}
        columns={columns(groupBy)}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '本期间没有线索' }}
        data-testid="stats-table"
        summary={() =>
          figures ? (
            <Table.Summary fixed>
              <Table.Summary.Row className="stat-total-row" data-testid="stats-total">
                {totalCells(figures.total).map((text, index) => (
                  <Table.Summary.Cell key={index} index={index} align={index === 0 ? 'left' : 'right'}>
                    <span data-testid={`stats-total-${columns(groupBy)[index]?.dataIndex ?? index}`}>{text}</span>
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            </Table.Summary>
          ) : null
        }
      />
    </div>
  );
}
