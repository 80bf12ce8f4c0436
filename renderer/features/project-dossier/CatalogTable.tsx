import { Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import type { LedgerRecord } from '../../../shared/contract/records';
import type { EntityDef } from '../../../shared/domain/field';
import { useLedgerData } from '../../app/LedgerDataContext';
import { factText } from './factItems';

interface Props {
  entity: EntityDef;
  /** the catalog fields shown, in order */
  keys: readonly string[];
  rows: readonly LedgerRecord[];
  /** per-field cell instead of the plain text (e.g. a coloured state) */
  render?: Partial<Record<string, (record: LedgerRecord) => ReactNode>>;
  onOpen?: (record: LedgerRecord) => void;
  empty: string;
  testId: string;
}

/** A short list of related records inside the dossier: catalog labels and texts, a click opens the record. */
export function CatalogTable({ entity, keys, rows, render, onOpen, empty, testId }: Props) {
  const { lookups } = useLedgerData();
  const columns: TableColumnsType<LedgerRecord> = keys.flatMap((key) => {
    const field = entity.fields.find((f) => f.key === key);
    if (!field) return [];
    const custom = render?.[key];
    return [
      {
        key,
        title: field.label,
        // short values keep to one line; long text takes what is left and shows two lines at most
        className: field.type === 'longtext' || custom ? undefined : 'dossier-cell-short',
        render: (_value: unknown, record: LedgerRecord) =>
          custom ? (
            custom(record)
          ) : (
            <span className={field.type === 'longtext' ? 'dossier-cell-long' : undefined} data-testid={`cell-${key}`}>
              {factText(field, record, lookups)}
            </span>
          ),
      },
    ];
  });
  return (
    <Table<LedgerRecord>
      size="small"
      tableLayout="auto"
      rowKey="id"
      columns={columns}
      dataSource={[...rows]}
      pagination={rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
      locale={{ emptyText: empty }}
      rowClassName={onOpen ? 'dossier-clickable' : undefined}
      onRow={(record) => ({ onClick: () => onOpen?.(record), 'data-testid': `${testId}-row` }) as HTMLAttributes<HTMLElement>}
      data-testid={testId}
    />
  );
}
