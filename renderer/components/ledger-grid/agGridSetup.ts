import { AG_GRID_LOCALE_CN } from '@ag-grid-community/locale';
import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';

/** AG Grid 33+ ships its features as modules; the Community set covers everything this app uses. */
let registered = false;
export function registerGridModules(): void {
  if (registered) return;
  ModuleRegistry.registerModules([AllCommunityModule]);
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
