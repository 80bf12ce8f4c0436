import type { CustomCellRendererProps } from 'ag-grid-react';
import type { LedgerRecord } from '../../../../shared/contract/records';
import { useCan } from '../../accounts/SessionContext';

/** What the roster's cells read through the grid context: revealed ID numbers, and how to reveal one. */
export interface RosterCellContext {
  revealed: ReadonlyMap<number, string>;
  reveal: (record: LedgerRecord) => void;
}

/** 身份证号 as the core sent it (masked), with 显示 for this one row: the reveal is written to the audit log. */
export function RosterIdCell(props: CustomCellRendererProps<LedgerRecord, unknown, RosterCellContext>) {
  const can = useCan();
  const record = props.data;
  if (!record) return null;
  const shown = props.context.revealed.get(record.id);
  if (shown !== undefined) return <span data-testid={`roster-id-revealed-${record.id}`}>{shown}</span>;
  const masked = typeof props.value === 'string' ? props.value : '';
  if (!masked) return null;
  // only 管理员 may reveal personal data
  if (!can('admin')) return <span>{masked}</span>;
  return (
    <span className="roster-id-cell">
      <span>{masked}</span>
      <button type="button" className="roster-cell-link" onClick={() => props.context.reveal(record)} title="显示完整身份证号（将记入操作日志）" data-testid={`roster-reveal-${record.id}`}>
        显示
      </button>
    </span>
  );
}
