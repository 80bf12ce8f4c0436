import type { CellClassParams } from 'ag-grid-community';
import type { LedgerRecord } from '../../../shared/contract/records';
import type { ColumnExtras } from '../../components/ledger-grid/columnDefs';

/** The core computes 期限状态 and 超期 on every read; the grid only colours them: overdue red, closed grey. */
const isOverdue = (params: CellClassParams<LedgerRecord>) => params.data?.['overdue'] === true;
const isClosed = (params: CellClassParams<LedgerRecord>) => params.data?.['status'] === '已复核销号';

// state and deadline stay in view at the right edge while the clerk scrolls, as the description does at the left
export const problemColumnExtras: ColumnExtras = {
  dueState: { initialPinned: 'right', cellClassRules: { 'problem-due-overdue': isOverdue, 'problem-due-closed': isClosed } },
  status: {
    initialPinned: 'right',
    cellClassRules: {
      'problem-status-closed': isClosed,
      'problem-status-review': (params: CellClassParams<LedgerRecord>) => params.value === '已报整改',
    },
  },
};
