import { Table, type TableColumnType } from 'antd';
import type { ClueFigureRow } from '../../../shared/contract/clues';
import { formatFenAsWanYuan } from '../../../shared/money';
import { formatRate } from '../../../shared/rates';

interface Props {
  rows: ClueFigureRow[];
  loading: boolean;
  testId: string;
}

type CountKey = Exclude<keyof ClueFigureRow, 'key' | 'closureRate' | 'onTimeRate' | 'satisfactionRate'>;

const count = (n: number) => n.toLocaleString('zh-CN');

const COLUMNS: (TableColumnType<ClueFigureRow> & { dataIndex: keyof ClueFigureRow; text: (row: ClueFigureRow) => string })[] = [
  { title: '来源', dataIndex: 'key', text: (r) => r.key || '（未填）' },
  { title: '受理', dataIndex: 'received', text: (r) => count(r.received) },
  { title: '办结', dataIndex: 'closed', text: (r) => count(r.closed) },
  { title: '办结率', dataIndex: 'closureRate', text: (r) => r.closureRate },
  { title: '按期办结率', dataIndex: 'onTimeRate', text: (r) => r.onTimeRate },
  { title: '满意率', dataIndex: 'satisfactionRate', text: (r) => r.satisfactionRate },
  { title: '追回人数', dataIndex: 'workersResolved', text: (r) => count(r.workersResolved) },
  { title: '追回金额（万元）', dataIndex: 'amountResolvedFen', text: (r) => formatFenAsWanYuan(r.amountResolvedFen) },
];

const columns = COLUMNS.map(({ text, ...column }, index) => ({
  ...column,
  align: index === 0 ? ('left' as const) : ('right' as const),
  width: index === 0 ? 120 : undefined,
  render: (_: unknown, row: ClueFigureRow) => text(row),
}));

/**
 * The report carries the sources' rows without a total; the total adds their counts and takes the rates with the
 * same shared rule the core uses (shared/rates), so 合计 here equals the township table's 受理/办结/办结率.
 */
function sourceTotal(rows: ClueFigureRow[]): ClueFigureRow {
  const sum = (key: CountKey) => rows.reduce((acc, row) => acc + row[key], 0);
  const [received, closed, closedOnTime, followedUp, satisfied] = [sum('received'), sum('closed'), sum('closedOnTime'), sum('followedUp'), sum('satisfied')];
  return {
    key: '合计',
    received,
    closed,
    closedOnTime,
    followedUp,
    satisfied,
    workersInvolved: sum('workersInvolved'),
    amountInvolvedFen: sum('amountInvolvedFen'),
    workersResolved: sum('workersResolved'),
    amountResolvedFen: sum('amountResolvedFen'),
    overdueNow: sum('overdueNow'),
    closureRate: formatRate(closed, received),
    onTimeRate: formatRate(closedOnTime, closed),
    satisfactionRate: formatRate(satisfied, followedUp),
  };
}

/** 分来源线索办理: received, closed and the three rates per source (国家平台, 省平台, 12345热线…), with workers and amounts recovered. */
export function SourceStatsTable({ rows, loading, testId }: Props) {
  const total = sourceTotal(rows);
  return (
    <Table<ClueFigureRow>
      className="stats-table stats-source-table"
      size="small"
      bordered
      rowKey="key"
      loading={loading}
      dataSource={rows}
      columns={columns}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: '本期间没有受理或办结的线索' }}
      data-testid={`${testId}-source-table`}
      summary={() =>
        rows.length > 0 ? (
          <Table.Summary>
            <Table.Summary.Row className="stats-total-row" data-testid={`${testId}-source-total`}>
              {COLUMNS.map((column, index) => (
                <Table.Summary.Cell key={column.dataIndex} index={index} align={index === 0 ? 'left' : 'right'}>
                  <span data-testid={`${testId}-source-total-${column.dataIndex}`}>{column.text(total)}</span>
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          </Table.Summary>
        ) : null
      }
    />
  );
}
