import type { TableColumnGroupType as ColumnGroupType, TableColumnType as ColumnType } from 'antd';
import type { TownshipStats } from '../../../shared/contract/reports';
import { formatFenAsWanYuan } from '../../../shared/money';
import { STATS_COLUMNS, type StatsColumn } from '../../../shared/reports/stats-columns';

type Column = ColumnType<TownshipStats> | ColumnGroupType<TownshipStats>;

/** A statistics cell as text: counts with separators, fen as 万元 with two decimals, rates as the core formatted them. */
export function statsCellText(column: StatsColumn, row: TownshipStats): string {
  const value = row[column.key];
  if (column.kind === 'wan') return formatFenAsWanYuan(Number(value));
  if (column.kind === 'count') return Number(value).toLocaleString('zh-CN');
  return String(value);
}

function leafColumn(column: StatsColumn): ColumnType<TownshipStats> {
  const isName = column.kind === 'text';
  return {
    key: column.key,
    dataIndex: column.key,
    title: column.header,
    align: isName ? 'left' : 'right',
    // the township stays in view while the figures scroll sideways
    fixed: isName ? 'left' : undefined,
    width: isName ? 96 : undefined,
    render: (_value: unknown, row: TownshipStats) => statsCellText(column, row),
    // figures align right in their cells, but their headers centre under the group header, as printed tables do
    onHeaderCell: () => ({ style: { textAlign: 'center' } }),
  };
}

/**
 * The antd columns of the statistics table, built from STATS_COLUMNS (the definition the workbook uses too):
 * consecutive columns of one group sit under one group header; a column without a group spans both header rows.
 */
export function statsTableColumns(): Column[] {
  const columns: Column[] = [];
  for (const column of STATS_COLUMNS) {
    const last = columns[columns.length - 1];
    if (!column.group) columns.push(leafColumn(column));
    else if (last && 'children' in last && last.title === column.group) last.children.push(leafColumn(column));
    else columns.push({ key: `group-${column.group}`, title: column.group, align: 'center', children: [leafColumn(column)] });
  }
  return columns;
}
