import { CLUE_STATES, SATISFACTION_LEVELS } from './clue-workflow';
import type { EntityDef } from './field';

export const CLUE_SOURCES = ['国家平台', '省平台', '12345热线', '12333', '来访', '来电', '信访', '排查发现', '其他'] as const;
export const CLUE_SECTORS = ['工程建设', '非工程建设'] as const;

/**
 * 欠薪线索 / 案件. Intake fields are typed by the clerk; handling fields (number, state, assignment, deadline,
 * outcome) are `assigned`: only the workflow actions in the core set them, so the log always explains them.
 */
export const clueEntity: EntityDef = {
  name: 'clues',
  label: '线索',
  titleField: 'clueNo',
  fields: [
    // 登记
    { key: 'clueNo', label: '线索编号', type: 'text', assigned: true, group: '线索登记', width: 110 },
    { key: 'platformNo', label: '平台编号', type: 'text', unique: true, synonyms: ['线索平台编号', '平台线索编号'], group: '线索登记', width: 150, hint: '国家或省平台的线索编号，填写后不能重复登记' },
    { key: 'source', label: '线索来源', type: 'enum', options: CLUE_SOURCES, required: true, group: '线索登记', width: 100 },
    { key: 'receivedDate', label: '接收日期', type: 'date', required: true, group: '线索登记', width: 110 },
    { key: 'sector', label: '行业领域', type: 'enum', options: CLUE_SECTORS, required: true, defaultValue: '工程建设', group: '线索登记', width: 100 },
    { key: 'township', label: '发生地乡镇', type: 'code', codeList: 'townships', group: '线索登记', width: 110 },
    // 投诉人（身份保密）
    { key: 'anonymous', label: '匿名', type: 'bool', defaultValue: false, group: '投诉人（身份保密）', width: 70, hiddenInGrid: true },
    { key: 'complainantName', label: '投诉人', type: 'text', group: '投诉人（身份保密）', width: 90 },
    { key: 'complainantIdNumber', label: '投诉人身份证号', type: 'idcard', synonyms: ['投诉人身份证号码', '投诉人证件号码'], group: '投诉人（身份保密）', width: 170, hiddenInGrid: true },
    { key: 'complainantPhone', label: '投诉人电话', type: 'phone', personal: 'phone', group: '投诉人（身份保密）', width: 120 },
    // 被投诉单位与诉求
    { key: 'employerCompanyId', label: '被投诉单位', type: 'companyRef', companyRole: '施工总承包', group: '被投诉单位与诉求', width: 200 },
    { key: 'employerName', label: '被投诉单位（未登记时填写）', type: 'text', group: '被投诉单位与诉求', width: 200, hiddenInGrid: true },
    { key: 'projectId', label: '涉及项目', type: 'projectRef', group: '被投诉单位与诉求', width: 200 },
    { key: 'workersInvolved', label: '涉及人数', type: 'int', synonyms: ['欠薪人数'], group: '被投诉单位与诉求', width: 90 },
    { key: 'amountInvolved', label: '涉及金额', type: 'money', synonyms: ['欠薪金额', '涉案金额'], group: '被投诉单位与诉求', width: 120 },
    { key: 'arrearsPeriod', label: '欠薪期间', type: 'text', group: '被投诉单位与诉求', width: 140, hiddenInGrid: true, hint: '如 2025年10月至2026年1月' },
    { key: 'summary', label: '反映问题', type: 'longtext', group: '被投诉单位与诉求', width: 240, hiddenInGrid: true },
    { key: 'demand', label: '诉求', type: 'longtext', group: '被投诉单位与诉求', width: 200, hiddenInGrid: true },
    // 办理（由办理操作填写）
    { key: 'status', label: '办理状态', type: 'enum', options: CLUE_STATES, assigned: true, defaultValue: '待受理', group: '办理情况', width: 90 },
    { key: 'assignedTownship', label: '交办乡镇', type: 'code', codeList: 'townships', assigned: true, group: '办理情况', width: 110 },
    { key: 'assignedDepartment', label: '交办部门', type: 'code', codeList: 'departments', assigned: true, group: '办理情况', width: 110 },
    { key: 'assignedDate', label: '交办日期', type: 'date', assigned: true, group: '办理情况', width: 110 },
    { key: 'deadline', label: '办理期限', type: 'date', assigned: true, group: '办理情况', width: 110 },
    { key: 'dueState', label: '期限状态', type: 'text', computed: true, group: '办理情况', width: 110 },
    { key: 'conclusion', label: '核处结论', type: 'code', codeList: 'conclusions', assigned: true, group: '办理情况', width: 160 },
    { key: 'workersResolved', label: '解决人数', type: 'int', assigned: true, group: '办理情况', width: 90 },
    { key: 'amountResolved', label: '解决金额', type: 'money', assigned: true, group: '办理情况', width: 120 },
    { key: 'feedbackDate', label: '反馈日期', type: 'date', assigned: true, group: '办理情况', width: 110, hiddenInGrid: true },
    { key: 'closedDate', label: '办结日期', type: 'date', assigned: true, group: '办理情况', width: 110 },
    { key: 'closedOnTime', label: '按期办结', type: 'bool', assigned: true, group: '办理情况', width: 90, hiddenInGrid: true },
    { key: 'satisfaction', label: '回访满意度', type: 'enum', options: SATISFACTION_LEVELS, assigned: true, group: '办理情况', width: 100, hiddenInGrid: true },
    { key: 'unresolvedReason', label: '未解决原因', type: 'longtext', assigned: true, group: '办理情况', width: 200, hiddenInGrid: true },
    { key: 'lastProgressDate', label: '最近办理日期', type: 'date', assigned: true, group: '办理情况', width: 110, hiddenInGrid: true },
    // 督办与升级
    { key: 'supervised', label: '挂牌督办', type: 'bool', assigned: true, group: '督办与升级', width: 90 },
    { key: 'supervisedDate', label: '督办日期', type: 'date', assigned: true, group: '督办与升级', width: 110, hiddenInGrid: true },
    { key: 'supervisionReason', label: '督办原因', type: 'longtext', assigned: true, group: '督办与升级', width: 200, hiddenInGrid: true },
    { key: 'leaderOwned', label: '领导包案', type: 'bool', assigned: true, group: '督办与升级', width: 90 },
    { key: 'ownerLeader', label: '包案领导', type: 'code', codeList: 'leaders', assigned: true, group: '督办与升级', width: 100, hiddenInGrid: true },
    { key: 'leaderPlan', label: '包案方案', type: 'longtext', assigned: true, group: '督办与升级', width: 200, hiddenInGrid: true },
    { key: 'caseFiled', label: '立案', type: 'bool', assigned: true, group: '督办与升级', width: 70, hiddenInGrid: true },
    { key: 'caseNumber', label: '立案编号', type: 'text', assigned: true, group: '督办与升级', width: 140, hiddenInGrid: true },
    { key: 'caseFiledDate', label: '立案日期', type: 'date', assigned: true, group: '督办与升级', width: 110, hiddenInGrid: true },
    { key: 'referredToPolice', label: '移送公安', type: 'bool', assigned: true, group: '督办与升级', width: 90, hiddenInGrid: true },
    { key: 'policeReferralDate', label: '移送日期', type: 'date', assigned: true, group: '督办与升级', width: 110, hiddenInGrid: true },
    { key: 'guidedToArbitration', label: '引导仲裁/诉讼', type: 'bool', assigned: true, group: '督办与升级', width: 110, hiddenInGrid: true },
    { key: 'arbitrationDate', label: '引导日期', type: 'date', assigned: true, group: '督办与升级', width: 110, hiddenInGrid: true },
    { key: 'note', label: '备注', type: 'longtext', group: '其他', width: 200, hiddenInGrid: true },
  ],
  checks: [
    {
      field: 'employerName',
      message: '被投诉单位：请选择已登记的单位，或填写单位名称',
      holds: (r) => Boolean(r['employerCompanyId']) || Boolean(r['employerName']),
    },
    {
      field: 'complainantName',
      message: '投诉人：非匿名线索请填写投诉人姓名',
      holds: (r) => Boolean(r['anonymous']) || Boolean(r['complainantName']),
    },
  ],
};

/** 欠薪农民工名单: one row per worker of a clue. */
export const clueWorkerEntity: EntityDef = {
  name: 'clueWorkers',
  label: '欠薪农民工',
  titleField: 'name',
  fields: [
    { key: 'name', label: '姓名', type: 'text', required: true, width: 90 },
    { key: 'idNumber', label: '身份证号', type: 'idcard', width: 180, synonyms: ['身份证号码', '证件号码', '公民身份号码'] },
    { key: 'phone', label: '联系电话', type: 'mobile', personal: 'phone', width: 120, synonyms: ['手机号', '手机号码', '电话'] },
    { key: 'amountOwed', label: '欠薪金额', type: 'money', width: 120, synonyms: ['拖欠金额', '拖欠工资'] },
    { key: 'amountPaid', label: '已支付金额', type: 'money', width: 120 },
    { key: 'paidDate', label: '支付日期', type: 'date', width: 110 },
    { key: 'note', label: '备注', type: 'text', width: 160 },
  ],
  checks: [
    {
      field: 'amountPaid',
      message: '已支付金额：不能多于欠薪金额',
      holds: (r) => r['amountOwed'] == null || r['amountPaid'] == null || Number(r['amountPaid']) <= Number(r['amountOwed']),
    },
  ],
};
