/** 秦安县根治欠薪工作周报（2026年第48周）.xlsx — the name the city and province expect, safe on Windows. */
export function weeklyWorkbookName(countyName: string, weekLabel: string): string {
  return `${countyName}根治欠薪工作周报（${weekLabel}）.xlsx`.replace(/[\\/:*?"<>|]/g, '');
}
