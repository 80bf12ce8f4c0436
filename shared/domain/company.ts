import type { EntityDef } from './field';

export const COMPANY_ROLES = ['建设单位', '施工总承包', '专业分包', '劳务分包', '其他用人单位'] as const;

/** 单位: builders, contractors, subcontractors and other employers. */
export const companyEntity: EntityDef = {
  name: 'companies',
  label: '单位',
  titleField: 'name',
  fields: [
    { key: 'name', label: '单位名称', type: 'text', required: true, unique: true, group: '基本信息', width: 240, synonyms: ['单位', '企业名称', '公司名称'] },
    { key: 'uscc', label: '统一社会信用代码', type: 'uscc', unique: true, group: '基本信息', width: 190, hint: '18位，字母须大写', synonyms: ['信用代码', '社会信用代码', '统一信用代码'] },
    { key: 'roles', label: '单位类型', type: 'multiEnum', options: COMPANY_ROLES, required: true, group: '基本信息', width: 160 },
    { key: 'legalRepresentative', label: '法定代表人', type: 'text', group: '基本信息', width: 100, synonyms: ['法人', '法人代表'] },
    { key: 'contactPerson', label: '联系人', type: 'text', group: '联系方式', width: 100 },
    { key: 'contactPhone', label: '联系电话', type: 'phone', personal: 'phone', group: '联系方式', width: 130, synonyms: ['电话', '联系方式'] },
    { key: 'address', label: '地址', type: 'text', group: '联系方式', width: 220, hiddenInGrid: true },
    { key: 'township', label: '所在乡镇', type: 'code', codeList: 'townships', group: '联系方式', width: 110 },
    { key: 'seriousViolation', label: '重大违法公布', type: 'bool', group: '信用状况', width: 110, defaultValue: false },
    { key: 'seriousViolationDate', label: '公布日期', type: 'date', group: '信用状况', width: 110, hiddenInGrid: true },
    { key: 'blacklisted', label: '失信联合惩戒名单', type: 'bool', group: '信用状况', width: 130, defaultValue: false },
    { key: 'blacklistFrom', label: '列入日期', type: 'date', group: '信用状况', width: 110, hiddenInGrid: true },
    { key: 'blacklistTo', label: '移出日期', type: 'date', group: '信用状况', width: 110, hiddenInGrid: true },
    { key: 'note', label: '备注', type: 'longtext', group: '其他', width: 200, hiddenInGrid: true },
  ],
  checks: [
    {
      field: 'seriousViolationDate',
      message: '公布日期：已勾选“重大违法公布”时必须填写',
      holds: (r) => !r['seriousViolation'] || Boolean(r['seriousViolationDate']),
    },
    {
      field: 'blacklistFrom',
      message: '列入日期：已勾选“失信联合惩戒名单”时必须填写',
      holds: (r) => !r['blacklisted'] || Boolean(r['blacklistFrom']),
    },
    {
      field: 'blacklistTo',
      message: '移出日期：不能早于列入日期',
      holds: (r) => !r['blacklistFrom'] || !r['blacklistTo'] || String(r['blacklistTo']) >= String(r['blacklistFrom']),
    },
  ],
};
