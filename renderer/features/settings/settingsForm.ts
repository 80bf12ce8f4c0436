import type { YearCalendar } from '../../../shared/calendar/published';
import type { DepositRules, LedgerSettings, Leader } from '../../../shared/domain/settings';
import { formatFenAsYuan, parseYuanToFen } from '../../../shared/money';
import { datesToText, effectiveCalendars, isBundledAsIs, textToDates } from './calendarText';

/**
 * The settings form's values: amounts as 元 strings and the rate as a percent string ("2.00"), so nothing passes
 * through a float; townships and departments as lists of names.
 */
export interface SettingsFormValues {
  countyName: string;
  issuingAuthority: string;
  townships: string[];
  departments: string[];
  leaders: Leader[];
  documentPrefixes: { type: string; prefix: string }[];
  depositRules: {
    exemptThresholdYuan: string;
    ratePercent: string;
    capYuan: string;
    cleanRecordPercent: number;
    arrearsPercent: number;
    blacklistPercent: number;
    arrearsLiftsCap: boolean;
  };
  conclusions: string[];
  /** 线索来源 → working days */
  clueDeadlineDays: Record<string, number | null>;
  dueSoonWorkdays: number | null;
  /** every year shown (bundled and the clerk's own), its days as text: one day or run of days per line */
  workCalendars: CalendarFormValues[];
  idleLockMinutes: number | null;
  loginLockout: { maxFailures: number | null; lockMinutes: number | null };
}

export interface CalendarFormValues {
  year: number | null;
  holidays: string;
  makeUpWorkdays: string;
}

/** "2.5" % → 250 basis points: the same two-decimal parse as 元 → fen, so no float is involved. */
export const parsePercentToBasisPoints = parseYuanToFen;
const formatBasisPointsAsPercent = (bp: number) => formatFenAsYuan(bp, false);

export function settingsToForm(settings: LedgerSettings): SettingsFormValues {
  const rules = settings.depositRules;
  return {
    countyName: settings.countyName,
    issuingAuthority: settings.issuingAuthority,
    townships: [...settings.townships],
    departments: [...settings.departments],
    leaders: settings.leaders.map((l) => ({ ...l })),
    documentPrefixes: Object.entries(settings.documentPrefixes).map(([type, prefix]) => ({ type, prefix })),
    depositRules: {
      exemptThresholdYuan: formatFenAsYuan(rules.exemptThresholdFen, false),
      ratePercent: formatBasisPointsAsPercent(rules.rateBasisPoints),
      capYuan: formatFenAsYuan(rules.capFen, false),
      cleanRecordPercent: rules.cleanRecordPercent,
      arrearsPercent: rules.arrearsPercent,
      blacklistPercent: rules.blacklistPercent,
      arrearsLiftsCap: rules.arrearsLiftsCap,
    },
    conclusions: [...settings.conclusions],
    clueDeadlineDays: { ...settings.clueDeadlineDays },
    dueSoonWorkdays: settings.dueSoonWorkdays,
    workCalendars: effectiveCalendars(settings.workCalendars).map(calendarToForm),
    idleLockMinutes: settings.idleLockMinutes,
    loginLockout: { ...settings.loginLockout },
  };
}

export function calendarToForm(calendar: YearCalendar): CalendarFormValues {
  return { year: calendar.year, holidays: datesToText(calendar.holidays), makeUpWorkdays: datesToText(calendar.makeUpWorkdays) };
}

/** The settings this form edits: a patch, so settings edited elsewhere (e.g. the work calendar) are left alone. */
export type SettingsFormPatch = Pick<
  LedgerSettings,
  | 'countyName'
  | 'issuingAuthority'
  | 'townships'
  | 'departments'
  | 'leaders'
  | 'documentPrefixes'
  | 'depositRules'
  | 'conclusions'
  | 'clueDeadlineDays'
  | 'dueSoonWorkdays'
  | 'workCalendars'
  | 'idleLockMinutes'
  | 'loginLockout'
>;

export type FormToSettings = { ok: true; settings: SettingsFormPatch } | { ok: false; field: (string | number)[]; message: string };

function amount(text: unknown): number | null {
  return text === null || text === undefined || text === '' ? 0 : parseYuanToFen(String(text));
}

export function formToSettings(form: SettingsFormValues): FormToSettings {
  const exempt = amount(form.depositRules.exemptThresholdYuan);
  if (exempt === null) return { ok: false, field: ['depositRules', 'exemptThresholdYuan'], message: '免缴标准：金额格式不正确' };
  const cap = amount(form.depositRules.capYuan);
  if (cap === null) return { ok: false, field: ['depositRules', 'capYuan'], message: '存储上限：金额格式不正确' };
  const rate = parsePercentToBasisPoints(String(form.depositRules.ratePercent ?? ''));
  if (rate === null) return { ok: false, field: ['depositRules', 'ratePercent'], message: '存储比例：应为百分比，最多两位小数' };
  const depositRules: DepositRules = {
    exemptThresholdFen: exempt,
    rateBasisPoints: rate,
    capFen: cap,
    cleanRecordPercent: Number(form.depositRules.cleanRecordPercent ?? 100),
    arrearsPercent: Number(form.depositRules.arrearsPercent ?? 100),
    blacklistPercent: Number(form.depositRules.blacklistPercent ?? 100),
    arrearsLiftsCap: form.depositRules.arrearsLiftsCap === true,
  };
  const calendars = formToCalendars(form.workCalendars ?? []);
  if (!calendars.ok) return calendars;
  const clueDeadlineDays: Record<string, number> = {};
  for (const [source, days] of Object.entries(form.clueDeadlineDays ?? {})) {
    if (typeof days !== 'number') return { ok: false, field: ['clueDeadlineDays', source], message: `办理时限：请填写“${source}”的工作日数` };
    clueDeadlineDays[source] = days;
  }
  const documentPrefixes: Record<string, string> = {};
  for (const entry of form.documentPrefixes ?? []) documentPrefixes[entry.type] = entry.prefix ?? '';
  return {
    ok: true,
    settings: {
      countyName: form.countyName,
      issuingAuthority: form.issuingAuthority,
      townships: form.townships ?? [],
      departments: form.departments ?? [],
      leaders: (form.leaders ?? []).map((l) => ({ name: l.name, title: l.title ?? '' })),
      documentPrefixes,
      depositRules,
      conclusions: form.conclusions ?? [],
      clueDeadlineDays,
      dueSoonWorkdays: Number(form.dueSoonWorkdays ?? 0),
      workCalendars: calendars.calendars,
      idleLockMinutes: Number(form.idleLockMinutes ?? 15),
      loginLockout: { maxFailures: Number(form.loginLockout?.maxFailures ?? 5), lockMinutes: Number(form.loginLockout?.lockMinutes ?? 15) },
    },
  };
}

/**
 * The calendars to store: only years that differ from the bundled notice (or have none), so a later program
 * version's corrected bundle still applies to years the clerk never changed.
 */
function formToCalendars(entries: readonly CalendarFormValues[]): { ok: true; calendars: YearCalendar[] } | { ok: false; field: (string | number)[]; message: string } {
  const calendars: YearCalendar[] = [];
  const years = new Set<number>();
  for (const [index, entry] of entries.entries()) {
    const year = entry.year;
    if (typeof year !== 'number') return { ok: false, field: ['workCalendars', index, 'year'], message: '工作日历：请填写年份' };
    if (years.has(year)) return { ok: false, field: ['workCalendars', index, 'year'], message: `工作日历：${year}年出现了两次` };
    years.add(year);
    const holidays = textToDates(entry.holidays ?? '');
    if (!holidays.ok) return { ok: false, field: ['workCalendars', index, 'holidays'], message: `${year}年放假日期：${holidays.message}` };
    const makeUp = textToDates(entry.makeUpWorkdays ?? '');
    if (!makeUp.ok) return { ok: false, field: ['workCalendars', index, 'makeUpWorkdays'], message: `${year}年调休上班日期：${makeUp.message}` };
    const calendar = { year, holidays: holidays.dates, makeUpWorkdays: makeUp.dates };
    if (!isBundledAsIs(calendar)) calendars.push(calendar);
  }
  return { ok: true, calendars };
}

/** A core field path such as "depositRules.capFen" or "townships.2" → the form's name path. */
export function formPathOf(coreField: string): (string | number)[] {
  const parts: (string | number)[] = coreField.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const renamed: Record<string, string> = { exemptThresholdFen: 'exemptThresholdYuan', capFen: 'capYuan', rateBasisPoints: 'ratePercent' };
  return parts.map((p) => (typeof p === 'string' ? (renamed[p] ?? p) : p));
}
