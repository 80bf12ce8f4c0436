import { AG_GRID_LOCALE_CN } from '@ag-grid-community/locale';
import {
  CellStyleModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  CustomFilterModule,
  DateFilterModule,
  EventApiModule,
  ExternalFilterModule,
  GridStateModule,
  InfiniteRowModelModule,
  LocaleModule,
  ModuleRegistry,
  NumberEditorModule,
  NumberFilterModule,
  QuickFilterModule,
  RenderApiModule,
  RowApiModule,
  RowSelectionModule,
  SelectEditorModule,
  TextEditorModule,
  TextFilterModule,
  TooltipModule,
  themeQuartz,
  type Module,
} from 'ag-grid-community';

/**
 * Only the features the app's grids use (AllCommunityModule is 1.2 MB of script to parse before the first row; this
 * set about half). A feature used without its module is not silent: AG Grid logs error #200 naming the module to add.
 */
const GRID_MODULES: Module[] = [
  ClientSideRowModelModule, // the ledgers
  ClientSideRowModelApiModule, // forEachNodeAfterFilter… (status bar totals, copy, export of the shown rows)
  InfiniteRowModelModule, // the roster and the audit log, read block by block
  TextFilterModule, // with their floating filters
  NumberFilterModule,
  DateFilterModule,
  CustomFilterModule, // 勾选筛选 (choiceFilter.ts)
  ExternalFilterModule, // a filter a page sets beside the columns' own (a link's 统计乡镇)
  QuickFilterModule, // 搜索
  TextEditorModule, // inline editing
  NumberEditorModule,
  SelectEditorModule,
  RowSelectionModule, // the checkbox column
  CellStyleModule, // cellClass and cellClassRules (期限状态 colours, 不合格)
  TooltipModule, // header hints and the audit log's change text
  GridStateModule, // initialState: a ledger opened with filters
  ColumnApiModule, // the remembered column layout and 列设置
  RowApiModule,
  RenderApiModule, // refreshCells when names or code lists change
  EventApiModule, // the status bar listens to the grid
  LocaleModule, // the Chinese texts
];

let registered = false;
export function registerGridModules(): void {
  if (registered) return;
  ModuleRegistry.registerModules(GRID_MODULES);
  registered = true;
}

/**
 * The Theming API injects its CSS at run time (allowed by style-src 'unsafe-inline'); fonts come from the system,
 * never from Google (loadThemeGoogleFonts stays off), so the CSP needs no remote font source.
 */
export const ledgerGridTheme = themeQuartz.withParams({
  fontFamily: ['Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'sans-serif'],
  fontSize: 13,
  headerFontSize: 13,
  headerFontWeight: 600,
  spacing: 6,
  rowHeight: 34,
  headerHeight: 36,
  wrapperBorderRadius: 4,
  headerBackgroundColor: '#f5f7fa',
  oddRowBackgroundColor: '#fafbfc',
  selectedRowBackgroundColor: '#e6f4ff',
  accentColor: '#1677ff',
});

/** Chinese texts for every built-in string of the grid (filters, menus, no-rows overlay…). */
export const gridLocaleText: Record<string, string> = {
  ...AG_GRID_LOCALE_CN,
  noRowsToShow: '暂无记录',
  loadingOoo: '正在加载…',
  dateFormatOoo: '如2026-01-05',
};
