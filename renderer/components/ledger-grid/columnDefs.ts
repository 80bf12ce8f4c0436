import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { LedgerRecord } from '../../../shared/contract/records';
import type { EntityDef, FieldDef } from '../../../shared/domain/field';
import { formatFenAsYuan, parseYuanToFen } from '../../../shared/money';
import { cellText } from './cellText';
import { ChoiceFilter, ChoiceFloatingFilter, type ChoiceFilterParams } from './choiceFilter';
import { isInlineEditable } from './editedValue';
import type { GridContext } from './gridContext';
import { loadedPinyinKeys } from './quickFilterPinyin';

type Col = ColDef<LedgerRecord>;

/** Per-field additions a page puts on its columns (e.g. colours for 期限状态), keyed by field key. */
export type ColumnExtras = Readonly<Record<string, Col>>;

const NUMERIC_OR_DATE = new Set(['money', 'int', 'date']);

const textFilter = {
  filter: 'agTextColumnFilter',
  filterParams: { filterOptions: ['contains', 'equals', 'notContains', 'notEqual', 'startsWith', 'blank', 'notBlank'], maxNumConditions: 1 },
};

/** 勾选筛选 (choiceFilter.ts) for a column of a few values, listed in `order` (the option or code list). */
function choiceFilter(order: ChoiceFilterParams['order']): Col {
  const filterParams: ChoiceFilterParams = { order };
  return { filter: ChoiceFilter, filterParams, floatingFilterComponent: ChoiceFloatingFilter };
}

const YES_NO = ['是', '否'];

/** Money is compared in fen, but the clerk types and reads 元 in the filter box. */
const moneyFilterParams = {
  allowedCharPattern: '\\d\\-\\.,，',
  numberParser: (text: string | null) => (text ? parseYuanToFen(text) : null),
  numberFormatter: (fen: number | null) => (fen == null ? null : formatFenAsYuan(fen, false)),
  maxNumConditions: 1,
};

function text(params: ValueFormatterParams<LedgerRecord>, field: FieldDef): string {
  return cellText(field, params.value, (params.context as GridContext).lookups);
}

/** How each field type is filtered, edited and aligned; the text shown always comes from cellText. */
function typeSpecific(field: FieldDef): Col {
  switch (field.type) {
    case 'money':
      return {
        cellDataType: false,
        type: 'rightAligned',
        filter: 'agNumberColumnFilter',
        filterParams: moneyFilterParams,
        cellEditor: 'agTextCellEditor',
        cellEditorParams: { useFormatter: true },
      };
    case 'int':
      return {
        cellDataType: 'number',
        type: 'rightAligned',
        filter: 'agNumberColumnFilter',
        filterParams: { maxNumConditions: 1 },
        cellEditor: 'agNumberCellEditor',
        cellEditorParams: { precision: 0, min: 0 },
      };
    case 'date':
      // ISO strings: the dateString type gives the date filter without a Date round trip. Plain text boxes instead of
      // the browser's date input, whose placeholder follows the browser's language (mm/dd/yyyy on an English build)
      return {
        cellDataType: 'dateString',
        filter: 'agDateColumnFilter',
        // 在范围内 includes both days, as a clerk reads 2026-01-01 至 2026-06-30 (AG Grid's default leaves them out)
        filterParams: { maxNumConditions: 1, browserDatePicker: false, inRangeInclusive: true },
        cellEditor: 'agTextCellEditor',
      };
    case 'bool':
      return {
        cellDataType: false,
        ...choiceFilter(() => YES_NO),
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: [true, false] },
      };
    case 'enum':
      return {
        cellDataType: false,
        ...choiceFilter(() => field.options ?? []),
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: field.required ? [...(field.options ?? [])] : ['', ...(field.options ?? [])] },
      };
    case 'code':
      return {
        cellDataType: false,
        ...choiceFilter((context) => context.codeList(field.codeList)),
        // the code list is read when the editor opens, so a list changed in 设置 applies at once
        cellEditorSelector: (params) => {
          const values = (params.context as GridContext).codeList(field.codeList);
          return { component: 'agSelectCellEditor', params: { values: field.required ? values : ['', ...values] } };
        },
      };
    default:
      return { cellDataType: false, ...textFilter };
  }
}

/**
 * What the quick search matches in a cell: the text shown, and for the field that names the record its pinyin
 * initials too. Amounts, counts, dates and 是/否 are left out: nobody finds a case by typing 是, and on 100,000 rows
 * every column left out is a million fewer strings to build for the first search (the grid caches them after it).
 * The search box waits for pinyin-pro before the first search (quickFilterPinyin.ts), so the keys are always there.
 */
function quickFilterText(entity: EntityDef, field: FieldDef) {
  const isTitle = field.key === entity.titleField;
  if (NUMERIC_OR_DATE.has(field.type) || field.type === 'bool') return () => '';
  return (params: { value: unknown; context: GridContext }) => {
    const shown = cellText(field, params.value, params.context.lookups);
    const keys = isTitle ? loadedPinyinKeys(shown) : null;
    return keys === null ? shown : `${shown} ${keys}`;
  };
}

/**
 * The same columns for an account that may only read (查看): nothing is editable in place, so a 查看 clerk is not
 * offered an editor whose save the core would refuse anyway.
 */
export function readOnlyColumns(columns: readonly Col[]): Col[] {
  return columns.map((col) => (col.editable ? { ...col, editable: false, cellClass: 'ledger-cell-readonly' } : col));
}

/** The catalog's fields, with the `leading` ones (in that order) moved to the front. */
function orderedFields(entity: EntityDef, leading: readonly string[]): FieldDef[] {
  const first = leading.map((key) => entity.fields.find((f) => f.key === key)).filter((f): f is FieldDef => f !== undefined);
  return [...first, ...entity.fields.filter((f) => !leading.includes(f.key))];
}

/**
 * One column per catalog field. Widths and visibility are *initial* values so that the clerk's own layout
 * (restored from localStorage) is never overwritten when the grid re-renders.
 */
export function buildColumnDefs(entity: EntityDef, extras: ColumnExtras = {}, leading: readonly string[] = []): Col[] {
  return orderedFields(entity, leading).map((field): Col => {
    const editable = isInlineEditable(field);
    return {
      colId: field.key,
      field: field.key,
      headerName: field.label,
      headerTooltip: field.hint ? `${field.label}：${field.hint}` : field.label,
      initialWidth: field.width ?? 120,
      initialHide: field.hiddenInGrid === true,
      // the record's name stays in view while the clerk scrolls across a wide ledger
      ...(field.key === entity.titleField ? { initialPinned: 'left' as const } : {}),
      minWidth: 60,
      editable,
      valueFormatter: (params) => text(params, field),
      getQuickFilterText: quickFilterText(entity, field),
      cellClass: editable ? 'ledger-cell-editable' : 'ledger-cell-readonly',
      ...typeSpecific(field),
      // text filters match what the clerk sees (是/否, names, joined lists); number and date filters use the values
      ...(NUMERIC_OR_DATE.has(field.type) ? {} : { filterValueGetter: (params) => cellText(field, params.data?.[field.key], (params.context as GridContext).lookups) }),
      ...extras[field.key],
    };
  });
}
