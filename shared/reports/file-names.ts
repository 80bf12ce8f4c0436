/** 秦安县根治欠薪工作周报（2026年第48周）.xlsx — the name the city and province expect, safe on Windows. */
export function weeklyWorkbookName(countyName: string, weekLabel: string): string {
  return `${countyName}根治欠薪工作周报（${weekLabel}）.xlsx`.replace(/[\\/:*?"<>|]/g, '');
}

/** 项目台账（2026-11-27）.xlsx — a grid's export, named after the grid and the day; safe on Windows. */
export function gridExportName(title: string, isoDate: string): string {
  return `${title}（${isoDate}）.xlsx`.replace(/[\\/:*?"<>|]/g, '');
}
