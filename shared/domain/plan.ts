import type { EntityDef } from './field';

export const RISK_LEVELS = ['高', '中', '低'] as const;
export const PLAN_TARGETS = ['项目', '线索'] as const;

/** 一项目一策 / 一案一策: a plan per project or per hard case, with the five 落实. */
export const planEntity: EntityDef = {
  name: 'plans',
  label: '一项目一策/一案一策',
  titleField: 'title',
  fields: [
    { key: 'title', label: '方案名称', type: 'text', required: true, group: '对象', width: 220 },
    { key: 'targetType', label: '对象类型', type: 'enum', options: PLAN_TARGETS, required: true, defaultValue: '项目', group: '对象', width: 90 },
    { key: 'projectId', label: '项目', type: 'projectRef', group: '对象', width: 200 },
    { key: 'clueId', label: '线索', type: 'int', group: '对象', width: 90, hint: '线索的内部编号，在线索详情页打开“一案一策”时自动填写' },
    { key: 'riskLevel', label: '风险等级', type: 'enum', options: RISK_LEVELS, required: true, group: '对象', width: 90 },
    { key: 'measures', label: '落实措施', type: 'longtext', required: true, group: '五落实', width: 240 },
    { key: 'responsibility', label: '落实责任', type: 'longtext', required: true, group: '五落实', width: 200, hint: '责任单位和责任人' },
    { key: 'funds', label: '落实资金', type: 'longtext', group: '五落实', width: 200, hint: '资金来源、金额和到位时间' },
    { key: 'items', label: '落实事项及时限', type: 'longtext', group: '五落实', width: 240, hint: '每行一项，如：2026-12-10 前 拨付进度款' },
    { key: 'contingency', label: '落实预案', type: 'longtext', group: '五落实', width: 200 },
    { key: 'progress', label: '进展情况', type: 'longtext', group: '进展', width: 240, hiddenInGrid: true },
  ],
  checks: [
    { field: 'projectId', message: '项目：一项目一策请选择项目', holds: (r) => r['targetType'] !== '项目' || Boolean(r['projectId']) },
    { field: 'clueId', message: '线索：一案一策请指明线索', holds: (r) => r['targetType'] !== '线索' || Boolean(r['clueId']) },
  ],
};
