import type { YearCalendar } from '../calendar/published';

/**
 * Settings: the county's own names and code lists (字典) and the deposit rules. Nothing county-specific is
 * hard-coded anywhere else; a fresh ledger starts with these defaults and the clerk edits them in 设置.
 */
export interface Leader {
  name: string;
  title: string;
}

export interface DepositRules {
  /** contracts under this amount (fen) are exempt when the contractor has no arrears record */
  exemptThresholdFen: number;
  /** base rate of the contract price, in basis points (1% = 100) */
  rateBasisPoints: number;
  /** cap on the required amount, in fen (0 = no cap) */
  capFen: number;
  /** adjustment in percent for a contractor with two clean years (e.g. 50 = halved) */
  cleanRecordPercent: number;
  /** adjustment in percent for a contractor with arrears in the last two years */
  arrearsPercent: number;
  /** adjustment in percent for a contractor on the arrears blacklist */
  blacklistPercent: number;
  /** whether arrears or the blacklist lift the cap */
  arrearsLiftsCap: boolean;
}

export interface LedgerSettings {
  countyName: string;
  /** 发文机关 */
  issuingAuthority: string;
  townships: string[];
  departments: string[];
  leaders: Leader[];
  /** document-number prefix per document type, e.g. { 督办: "秦欠薪办督" } */
  documentPrefixes: Record<string, string>;
  depositRules: DepositRules;
  /** 核处结论 code list */
  conclusions: string[];
  /** handling limit in working days per clue source (线索来源 → 工作日) */
  clueDeadlineDays: Record<string, number>;
  /** a clue counts as due soon this many working days before its deadline */
  dueSoonWorkdays: number;
  /** holiday arrangements entered by the clerk; a year here replaces the bundled one */
  workCalendars: YearCalendar[];
  /** default rectification period for a problem found by an inspection, in calendar days */
  problemDeadlineDays: number;
  /** thresholds of the warning rules (预警) */
  warningThresholds: { guaranteeExpiryDays: number; depositGraceDays: number; supervisedIdleDays: number };
  /** minutes without activity after which the signed-in session locks (the password unlocks it) */
  idleLockMinutes: number;
  /** wrong passwords in a row that lock an account, and for how many minutes */
  loginLockout: { maxFailures: number; lockMinutes: number };
}

export const DEFAULT_DEPOSIT_RULES: DepositRules = {
  exemptThresholdFen: 300_0000_00, // 300万元
  rateBasisPoints: 200, // 2%
  capFen: 500_0000_00, // 500万元
  cleanRecordPercent: 50,
  arrearsPercent: 200,
  blacklistPercent: 300,
  arrearsLiftsCap: true,
};

export const DEFAULT_SETTINGS: LedgerSettings = {
  countyName: '某某县',
  issuingAuthority: '某某县根治拖欠农民工工资工作领导小组办公室',
  townships: [],
  departments: ['住建局', '交通运输局', '水务局', '自然资源局', '发改局', '工信局', '人社局'],
  leaders: [],
  documentPrefixes: {
    整改通知书: '欠薪办整改',
    督办通知书: '欠薪办督',
    交办单: '欠薪办交',
    一项目一策表: '欠薪办项策',
    一案一策表: '欠薪办案策',
  },
  depositRules: DEFAULT_DEPOSIT_RULES,
  conclusions: ['已解决', '部分解决', '已达成协议', '诉求不属实', '已引导仲裁或诉讼', '已移送公安', '其他'],
  clueDeadlineDays: {
    国家平台: 10,
    省平台: 10,
    '12345热线': 10,
    '12333': 10,
    来访: 15,
    来电: 15,
    信访: 15,
    排查发现: 15,
    其他: 15,
  },
  dueSoonWorkdays: 2,
  workCalendars: [],
  problemDeadlineDays: 15,
  warningThresholds: { guaranteeExpiryDays: 30, depositGraceDays: 30, supervisedIdleDays: 15 },
  idleLockMinutes: 15,
  loginLockout: { maxFailures: 5, lockMinutes: 15 },
};
