import type { CellClassParams, ValueFormatterParams } from 'ag-grid-community';
import type { LedgerRecord } from '../../../shared/contract/records';
import { fieldByKey } from '../../../shared/domain/field';
import { clueEntity } from '../../../shared/domain/clue';
import { cellText } from '../../components/ledger-grid/cellText';
import type { ColumnExtras } from '../../components/ledger-grid/columnDefs';
import type { GridContext } from '../../components/ledger-grid/gridContext';

/** The clerk reads a clue's number, where it stands and how long is left before anything else. */
export const CLUE_LEADING_COLUMNS = ['clueNo', 'status', 'dueState'] as const;

/** The core computes 期限状态 on every read; the grid only colours it: past the deadline red, close to it orange. */
const isOverdue = (params: CellClassParams<LedgerRecord>) => params.data?.['overdue'] === true || params.value === '超期办结';
const isDueSoon = (params: CellClassParams<LedgerRecord>) => params.data?.['dueSoon'] === true && params.data['overdue'] !== true;

const employerField = fieldByKey(clueEntity, 'employerCompanyId');

/** 被投诉单位: the registered company's name, or the name typed for an employer that is not registered. */
function employerText(data: LedgerRecord | undefined, context: GridContext): string {
  if (!data || !employerField) return '';
  return cellText(employerField, data['employerCompanyId'], context.lookups) || String(data['employerName'] ?? '');
}

export const clueColumnExtras: ColumnExtras = {
  dueState: { cellClassRules: { 'clue-due-overdue': isOverdue, 'clue-due-soon': isDueSoon } },
  employerCompanyId: {
    valueFormatter: (params: ValueFormatterParams<LedgerRecord>) => employerText(params.data, params.context as GridContext),
    filterValueGetter: (params) => employerText(params.data, params.context as GridContext),
    getQuickFilterText: (params) => employerText(params.data, params.context as GridContext),
  },
};
