import { Table } from 'antd';
import { useMemo } from 'react';
import type { TownshipStats } from '../../../shared/contract/reports';
import { STATS_COLUMNS } from '../../../shared/reports/stats-columns';
import { statsCellText, statsTableColumns } from './statsColumns';

interface Props {
  rows: TownshipStats[];
  total: TownshipStats | null;
  loading: boolean;
  /** prefix of the test ids, so the tabs' tables stay apart (e.g. "week" → week-total-cluesClosed) */
  testId: string;
}

/**
 * The window's scrolling area (AppFrame's content), not the document: the sticky header and the sticky horizontal
 * scrollbar follow the element that really scrolls.
 */
const scrollContainer = (): HTMLElement | Window => document.querySelector<HTMLElement>('.app-content') ?? window;

/** 分乡镇统计: one row per township, grouped headers, the 合计 row bold at the foot. */
export function TownshipStatsTable({ rows, total, loading, testId }: Props) {
  const columns = useMemo(statsTableColumns, []);
  return (
    <Table<TownshipStats>
      className="stats-table"
      size="small"
      bordered
      rowKey="township"
      loading={loading}
      dataSource={rows}
      columns={columns}
      pagination={false}
      scroll={{ x: 'max-content' }}
      sticky={{ getContainer: scrollContainer }}
      locale={{ emptyText: '尚未设置乡镇，也没有可统计的记录' }}
      data-testid={`${testId}-township-table`}
      summary={() =>
        total ? (
          // inside the body's own table, not a fixed footer: a separate footer table sizes its columns apart from the body's
          <Table.Summary>
            <Table.Summary.Row className="stats-total-row" data-testid={`${testId}-total`}>
              {STATS_COLUMNS.map((column, index) => (
                <Table.Summary.Cell key={column.key} index={index} align={column.kind === 'text' ? 'left' : 'right'}>
                  <span data-testid={`${testId}-total-${column.key}`}>{statsCellText(column, total)}</span>
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          </Table.Summary>
        ) : null
      }
    />
  );
}
