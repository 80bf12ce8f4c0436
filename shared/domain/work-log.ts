import type { EntityDef } from './field';

/** The kinds of everyday work whose counts the weekly report asks for and no other record holds. */
export const WORK_LOG_KINDS = ['热线咨询', '调解纠纷', '宣传活动', '发放法规文本', '发放宣传资料', '其他'] as const;

/** 日常工作登记: date, kind, count. */
export const workLogEntity: EntityDef = {
  name: 'workLogs',
  label: '日常工作登记',
  titleField: 'kind',
  fields: [
    { key: 'date', label: '日期', type: 'date', required: true, width: 110 },
    { key: 'kind', label: '工作类别', type: 'enum', options: WORK_LOG_KINDS, required: true, width: 130 },
    { key: 'count', label: '数量', type: 'int', required: true, width: 90, hint: '人次、件、场或份' },
    { key: 'township', label: '乡镇', type: 'code', codeList: 'townships', width: 110, hint: '县本级的工作不填' },
    { key: 'note', label: '说明', type: 'text', width: 240 },
  ],
};
