import type { TownshipStats } from '../../../shared/contract/reports';
import { formatFenAsWanYuan } from '../../../shared/money';

/** One number on a card: a field of the weekly statistics (reports.weekly), never a figure of the dashboard's own. */
export interface FigureItem {
  key: keyof TownshipStats;
  label: string;
  unit: string;
}

export interface FigureGroup {
  title: string;
  items: FigureItem[];
  /**
   * The project register as it stands (projects under way, five systems, deposits, contracts): the weekly report
   * gives the same value for the week and the year, so it is shown once.
   */
  register?: boolean;
}

/** The campaign figures of DOMAIN.md ("the figures a weekly report must be able to produce"), in the report's order. */
export const FIGURE_GROUPS: readonly FigureGroup[] = [
  {
    title: '在建项目与五项制度',
    register: true,
    items: [
      { key: 'projectsUnderway', label: '在建项目', unit: '个' },
      { key: 'realNameRate', label: '实名制覆盖率', unit: '' },
      { key: 'wageAccountRate', label: '专用账户覆盖率', unit: '' },
      { key: 'bankPayrollRate', label: '银行代发覆盖率', unit: '' },
      { key: 'rightsBoardRate', label: '公示牌覆盖率', unit: '' },
      { key: 'depositProjects', label: '保证金存储项目', unit: '个' },
      { key: 'depositFen', label: '保证金金额', unit: '万元' },
      { key: 'contractRate', label: '劳动合同签订率', unit: '' },
    ],
  },
  {
    title: '工作成效',
    items: [
      { key: 'projectsInspected', label: '检查项目', unit: '个' },
      { key: 'employersInspected', label: '检查单位', unit: '家' },
      { key: 'problemsFound', label: '发现问题', unit: '个' },
      { key: 'problemsRectified', label: '整改销号', unit: '个' },
      { key: 'cluesReceived', label: '受理线索', unit: '件' },
      { key: 'cluesClosed', label: '办结线索', unit: '件' },
      { key: 'closureRate', label: '办结率', unit: '' },
      { key: 'casesOpened', label: '立案', unit: '件' },
      { key: 'workersResolved', label: '追回欠薪人数', unit: '人' },
      { key: 'amountResolvedFen', label: '追回欠薪金额', unit: '万元' },
      { key: 'consultations', label: '热线咨询', unit: '人次' },
      { key: 'disputesMediated', label: '调解纠纷', unit: '件' },
    ],
  },
];

const MONEY_KEYS: ReadonlySet<keyof TownshipStats> = new Set(['depositFen', 'govFundsArrangedFen', 'amountResolvedFen']);

/** A figure as the weekly report prints it: money in 万元 with two decimals, counts and rates as they come. */
export function figureText(stats: TownshipStats, key: keyof TownshipStats): string {
  const value = stats[key];
  return MONEY_KEYS.has(key) && typeof value === 'number' ? formatFenAsWanYuan(value) : String(value);
}
