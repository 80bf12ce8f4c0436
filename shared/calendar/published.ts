/**
 * The State Council's published holiday arrangements (国务院办公厅关于部分节假日安排的通知): days off that fall on
 * weekdays, and weekend days that are make-up workdays (调休上班). Newer years are entered in 设置 → 工作日历
 * when the notice comes out (usually in November); what is entered there overrides these.
 */
export interface YearCalendar {
  year: number;
  /** days off, including the weekend days inside a holiday block */
  holidays: string[];
  /** weekend days that are working days */
  makeUpWorkdays: string[];
}

function days(from: string, to: string): string[] {
  const out: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

export const PUBLISHED_CALENDARS: readonly YearCalendar[] = [
  {
    year: 2025,
    holidays: [
      '2025-01-01',
      ...days('2025-01-28', '2025-02-04'), // 春节
      ...days('2025-04-04', '2025-04-06'), // 清明
      ...days('2025-05-01', '2025-05-05'), // 劳动节
      ...days('2025-05-31', '2025-06-02'), // 端午
      ...days('2025-10-01', '2025-10-08'), // 国庆、中秋
    ],
    makeUpWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    year: 2026,
    holidays: [
      ...days('2026-01-01', '2026-01-03'), // 元旦
      ...days('2026-02-15', '2026-02-23'), // 春节
      ...days('2026-04-04', '2026-04-06'), // 清明
      ...days('2026-05-01', '2026-05-05'), // 劳动节
      ...days('2026-06-19', '2026-06-21'), // 端午
      ...days('2026-09-25', '2026-09-27'), // 中秋
      ...days('2026-10-01', '2026-10-07'), // 国庆
    ],
    makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
];
