import type { EntityDef } from './field';

export const CHECK_RESULTS = ['合格', '不合格', '不适用'] as const;
export const INSPECTION_TARGETS = ['项目', '单位'] as const;

/** The mandatory checklist: each item is one field of the inspection, 合格 / 不合格 / 不适用. */
export const CHECKLIST = [
  { key: 'checkPledge', label: '零欠薪承诺书', requirement: '签订零欠薪承诺书并在项目部公示' },
  { key: 'checkContracts', label: '劳动合同', requirement: '与全部农民工依法签订书面劳动合同' },
  { key: 'checkRealName', label: '实名制管理', requirement: '落实农民工实名制管理，建立用工管理台账和考勤记录' },
  { key: 'checkBoard', label: '维权信息公示牌', requirement: '在施工现场醒目位置设立维权信息告示牌' },
  { key: 'checkDeposit', label: '工资保证金', requirement: '按规定足额存储农民工工资保证金' },
  { key: 'checkAccount', label: '农民工工资专用账户', requirement: '开设并使用农民工工资专用账户' },
  { key: 'checkBankPayroll', label: '银行代发工资', requirement: '由施工总承包单位通过专用账户按月足额代发工资' },
] as const;

export type ChecklistKey = (typeof CHECKLIST)[number]['key'];

/** Inspectors are written as names separated by 、 or commas; a lawful inspection has at least two. */
export function inspectorNames(text: unknown): string[] {
  if (typeof text !== 'string') return [];
  return text
    .split(/[、,，;；\s]+/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** 检查: of a project or an employer, against the mandatory checklist. */
export const inspectionEntity: EntityDef = {
  name: 'inspections',
  label: '检查',
  titleField: 'title',
  fields: [
    { key: 'title', label: '检查事项', type: 'text', required: true, group: '检查对象', width: 220, hint: '如：2026年冬季专项行动检查' },
    { key: 'targetType', label: '检查对象类型', type: 'enum', options: INSPECTION_TARGETS, required: true, defaultValue: '项目', group: '检查对象', width: 110 },
    { key: 'projectId', label: '被检查项目', type: 'projectRef', group: '检查对象', width: 220 },
    { key: 'companyId', label: '被检查单位', type: 'companyRef', group: '检查对象', width: 200 },
    { key: 'township', label: '所在乡镇', type: 'code', codeList: 'townships', group: '检查对象', width: 110 },
    { key: 'inspectionDate', label: '检查日期', type: 'date', required: true, group: '检查情况', width: 110 },
    { key: 'inspectors', label: '检查人员', type: 'text', required: true, group: '检查情况', width: 160, hint: '至少两人，用顿号分隔，如：张三、李四' },
    ...CHECKLIST.map((item) => ({ key: item.key, label: item.label, type: 'enum' as const, options: CHECK_RESULTS, required: true, group: '检查内容', width: 110 })),
    { key: 'failedItems', label: '不合格项数', type: 'int', computed: true, group: '检查内容', width: 100 },
    { key: 'findings', label: '检查发现', type: 'longtext', group: '检查情况', width: 240, hiddenInGrid: true },
  ],
  checks: [
    { field: 'inspectors', message: '检查人员：至少两人，请用顿号分隔姓名（如：张三、李四）', holds: (r) => r['inspectors'] == null || inspectorNames(r['inspectors']).length >= 2 },
    { field: 'projectId', message: '被检查项目：检查项目时请选择项目', holds: (r) => r['targetType'] !== '项目' || Boolean(r['projectId']) },
    { field: 'companyId', message: '被检查单位：检查单位时请选择单位', holds: (r) => r['targetType'] !== '单位' || Boolean(r['companyId']) },
  ],
};
