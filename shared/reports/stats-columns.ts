import type { TownshipStats } from '../contract/reports';

/**
 * The columns of the statistics table, in order, with the group each sits under: one definition for the report
 * page, the workbook and the printed sheet. `kind` says how a value is shown: a count, 万元 (from fen), or a rate.
 */
export interface StatsColumn {
  key: keyof TownshipStats;
  header: string;
  group: string;
  kind: 'text' | 'count' | 'wan' | 'rate';
}

export const STATS_COLUMNS: readonly StatsColumn[] = [
  { key: 'township', header: '乡镇', group: '', kind: 'text' },
  { key: 'projectsUnderway', header: '在建项目', group: '在建项目及五项制度', kind: 'count' },
  { key: 'realNameInPlace', header: '实名制', group: '在建项目及五项制度', kind: 'count' },
  { key: 'realNameRate', header: '覆盖率', group: '在建项目及五项制度', kind: 'rate' },
  { key: 'wageAccountOpened', header: '专用账户', group: '在建项目及五项制度', kind: 'count' },
  { key: 'wageAccountRate', header: '覆盖率', group: '在建项目及五项制度', kind: 'rate' },
  { key: 'bankPayrollInPlace', header: '银行代发', group: '在建项目及五项制度', kind: 'count' },
  { key: 'bankPayrollRate', header: '覆盖率', group: '在建项目及五项制度', kind: 'rate' },
  { key: 'rightsBoardInPlace', header: '公示牌', group: '在建项目及五项制度', kind: 'count' },
  { key: 'rightsBoardRate', header: '覆盖率', group: '在建项目及五项制度', kind: 'rate' },
  { key: 'depositProjects', header: '存储项目', group: '工资保证金', kind: 'count' },
  { key: 'depositFen', header: '金额（万元）', group: '工资保证金', kind: 'wan' },
  { key: 'registeredWorkers', header: '实名登记人数', group: '实名制与劳动合同', kind: 'count' },
  { key: 'wageCardsIssued', header: '工资卡', group: '实名制与劳动合同', kind: 'count' },
  { key: 'contractsDue', header: '应签合同', group: '实名制与劳动合同', kind: 'count' },
  { key: 'contractsSigned', header: '已签合同', group: '实名制与劳动合同', kind: 'count' },
  { key: 'contractRate', header: '签订率', group: '实名制与劳动合同', kind: 'rate' },
  { key: 'projectsInspected', header: '检查项目', group: '检查整改', kind: 'count' },
  { key: 'employersInspected', header: '检查单位', group: '检查整改', kind: 'count' },
  { key: 'problemsFound', header: '发现问题', group: '检查整改', kind: 'count' },
  { key: 'problemsRectified', header: '整改销号', group: '检查整改', kind: 'count' },
  { key: 'noticesIssued', header: '整改通知书', group: '检查整改', kind: 'count' },
  { key: 'cluesReceived', header: '受理线索', group: '欠薪线索办理', kind: 'count' },
  { key: 'cluesClosed', header: '办结', group: '欠薪线索办理', kind: 'count' },
  { key: 'closureRate', header: '办结率', group: '欠薪线索办理', kind: 'rate' },
  { key: 'cluesOverdue', header: '超期未结', group: '欠薪线索办理', kind: 'count' },
  { key: 'casesOpened', header: '立案', group: '欠薪线索办理', kind: 'count' },
  { key: 'workersResolved', header: '追回人数', group: '欠薪线索办理', kind: 'count' },
  { key: 'amountResolvedFen', header: '追回金额（万元）', group: '欠薪线索办理', kind: 'wan' },
  { key: 'consultations', header: '热线咨询', group: '日常工作', kind: 'count' },
  { key: 'disputesMediated', header: '调解纠纷', group: '日常工作', kind: 'count' },
  { key: 'publicityEvents', header: '宣传活动', group: '日常工作', kind: 'count' },
  { key: 'materialsHandedOut', header: '发放资料', group: '日常工作', kind: 'count' },
];
