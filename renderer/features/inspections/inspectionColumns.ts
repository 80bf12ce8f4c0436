import type { CellClassParams } from 'ag-grid-community';
import type { LedgerRecord } from '../../../shared/contract/records';
import { CHECKLIST } from '../../../shared/domain/inspection';
import type { ColumnExtras } from '../../components/ledger-grid/columnDefs';

/** A 不合格 result is what the clerk scans the grid for: shown in red, as is a non-zero 不合格项数. */
const failed = { cellClassRules: { 'inspection-failed': (params: CellClassParams<LedgerRecord>) => params.value === '不合格' } };

export const inspectionColumnExtras: ColumnExtras = {
  ...Object.fromEntries(CHECKLIST.map((item) => [item.key, failed])),
  // the count stays in view at the right edge, so a failed inspection is seen without scrolling across the checklist
  failedItems: { initialPinned: 'right', cellClassRules: { 'inspection-failed': (params: CellClassParams<LedgerRecord>) => typeof params.value === 'number' && params.value > 0 } },
};
