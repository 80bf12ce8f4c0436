import type { EntityDef } from './field';

export const PROJECT_TYPES = ['房建', '市政', '交通', '水利', '其他'] as const;
export const INVESTMENT_TYPES = ['政府投资', '国有投资', '社会投资'] as const;
export const PROJECT_STATUSES = ['在建', '停工', '完工', '已销户'] as const;
export const DEPOSIT_FORMS = ['现金', '银行保函', '担保公司保函', '保证保险'] as const;
/** the contractor's record, which sets the deposit adjustment */
export const DEPOSIT_RECORDS = ['连续两年无拖欠', '一般', '近两年有拖欠'] as const;

/** 在建工程项目 with its five systems (五项制度) and wage deposit. */
export const projectEntity: EntityDef = {
  name: 'projects',
  label: '项目',
  titleField: 'name',
  fields: [
    // 基本信息
    { key: 'code', label: '项目编号', type: 'text', unique: true, group: '基本信息', width: 120 },
    { key: 'name', label: '项目名称', type: 'text', required: true, group: '基本信息', width: 240, synonyms: ['工程名称', '项目'] },
    { key: 'projectType', label: '项目类型', type: 'enum', options: PROJECT_TYPES, required: true, group: '基本信息', width: 90 },
    { key: 'investmentType', label: '投资类型', type: 'enum', options: INVESTMENT_TYPES, required: true, group: '基本信息', width: 100 },
    { key: 'township', label: '所在乡镇', type: 'code', codeList: 'townships', required: true, group: '基本信息', width: 110, synonyms: ['乡镇', '所属乡镇'] },
    { key: 'department', label: '行业主管部门', type: 'code', codeList: 'departments', required: true, group: '基本信息', width: 120 },
    { key: 'leader', label: '包保领导', type: 'code', codeList: 'leaders', group: '基本信息', width: 100 },
    { key: 'status', label: '项目状态', type: 'enum', options: PROJECT_STATUSES, required: true, defaultValue: '在建', group: '基本信息', width: 90 },
    // 参建单位
    { key: 'builderId', label: '建设单位', type: 'companyRef', companyRole: '建设单位', group: '参建单位', width: 200 },
    { key: 'contractorId', label: '施工总承包单位', type: 'companyRef', companyRole: '施工总承包', group: '参建单位', width: 200 },
    { key: 'subcontractorIds', label: '分包单位', type: 'companyRefs', companyRole: '劳务分包', group: '参建单位', width: 200, hiddenInGrid: true },
    { key: 'projectManager', label: '项目经理', type: 'text', group: '参建单位', width: 100, hiddenInGrid: true },
    { key: 'labourClerk', label: '劳资专管员', type: 'text', group: '参建单位', width: 100, hiddenInGrid: true },
    { key: 'labourClerkPhone', label: '劳资专管员电话', type: 'phone', personal: 'phone', group: '参建单位', width: 130, hiddenInGrid: true },
    // 合同与工期
    { key: 'contractPrice', label: '合同价款', type: 'money', synonyms: ['合同金额', '中标价'], group: '合同与工期', width: 140 },
    { key: 'startDate', label: '开工日期', type: 'date', group: '合同与工期', width: 110 },
    { key: 'plannedCompletionDate', label: '计划竣工日期', type: 'date', group: '合同与工期', width: 120, hiddenInGrid: true },
    { key: 'actualCompletionDate', label: '实际竣工日期', type: 'date', group: '合同与工期', width: 120, hiddenInGrid: true },
    // 五项制度：实名制
    { key: 'realNameInPlace', label: '实名制管理', type: 'bool', defaultValue: false, group: '实名制管理', width: 100 },
    { key: 'registeredWorkers', label: '实名登记人数', type: 'int', group: '实名制管理', width: 110 },
    // 五项制度：工资保证金
    { key: 'depositRecord', label: '总包单位欠薪记录', type: 'enum', options: DEPOSIT_RECORDS, defaultValue: '一般', group: '工资保证金', width: 130, hiddenInGrid: true, hint: '决定保证金的下浮或上浮' },
    { key: 'depositRequired', label: '应存保证金', type: 'money', computed: true, group: '工资保证金', width: 130 },
    { key: 'depositAmount', label: '已存保证金', type: 'money', group: '工资保证金', width: 130 },
    { key: 'depositForm', label: '存储形式', type: 'enum', options: DEPOSIT_FORMS, group: '工资保证金', width: 110 },
    { key: 'depositBankOrGuaranteeNo', label: '存储银行/保函编号', type: 'text', group: '工资保证金', width: 150, hiddenInGrid: true },
    { key: 'guaranteeExpiryDate', label: '保函到期日', type: 'date', group: '工资保证金', width: 110 },
    { key: 'depositDate', label: '存储日期', type: 'date', group: '工资保证金', width: 110, hiddenInGrid: true },
    { key: 'depositReturnedDate', label: '退还日期', type: 'date', group: '工资保证金', width: 110, hiddenInGrid: true },
    // 五项制度：专用账户
    { key: 'wageAccountOpened', label: '工资专用账户', type: 'bool', defaultValue: false, group: '农民工工资专用账户', width: 110 },
    { key: 'wageAccountBank', label: '开户银行', type: 'text', group: '农民工工资专用账户', width: 150, hiddenInGrid: true },
    { key: 'wageAccountNumber', label: '专用账户账号', type: 'bankAccount', group: '农民工工资专用账户', width: 150, hiddenInGrid: true },
    { key: 'wageAccountOpenedDate', label: '开户日期', type: 'date', group: '农民工工资专用账户', width: 110, hiddenInGrid: true },
    // 五项制度：银行代发
    { key: 'bankPayrollInPlace', label: '银行代发（总包代发）', type: 'bool', defaultValue: false, group: '银行代发工资', width: 150 },
    { key: 'workersPaid', label: '代发人数', type: 'int', group: '银行代发工资', width: 100, hiddenInGrid: true },
    { key: 'amountPaidThisYear', label: '本年代发金额', type: 'money', group: '银行代发工资', width: 130, hiddenInGrid: true },
    // 五项制度：公示牌
    { key: 'rightsBoardInPlace', label: '维权信息公示牌', type: 'bool', defaultValue: false, group: '维权信息公示牌', width: 130 },
    // 其他
    { key: 'zeroArrearsPledgeSigned', label: '零欠薪承诺书', type: 'bool', defaultValue: false, group: '其他', width: 110 },
    { key: 'zeroArrearsPledgeDate', label: '承诺书签订日期', type: 'date', group: '其他', width: 120, hiddenInGrid: true },
    { key: 'contractsDue', label: '应签劳动合同数', type: 'int', group: '其他', width: 120, hiddenInGrid: true },
    { key: 'contractsSigned', label: '已签劳动合同数', type: 'int', group: '其他', width: 120, hiddenInGrid: true },
    { key: 'wageCardsIssued', label: '发放工资卡数', type: 'int', group: '其他', width: 110, hiddenInGrid: true },
    { key: 'govFundsArranged', label: '政府投资资金已落实', type: 'money', group: '其他', width: 150, hiddenInGrid: true },
    { key: 'govFundsDisbursed', label: '政府投资资金已拨付', type: 'money', group: '其他', width: 150, hiddenInGrid: true },
    { key: 'note', label: '备注', type: 'longtext', group: '其他', width: 200, hiddenInGrid: true },
  ],
  checks: [
    {
      field: 'contractsSigned',
      message: '已签劳动合同数：不能多于应签劳动合同数',
      holds: (r) => r['contractsDue'] == null || r['contractsSigned'] == null || Number(r['contractsSigned']) <= Number(r['contractsDue']),
    },
    {
      field: 'actualCompletionDate',
      message: '实际竣工日期：不能早于开工日期',
      holds: (r) => !r['startDate'] || !r['actualCompletionDate'] || String(r['actualCompletionDate']) >= String(r['startDate']),
    },
    {
      field: 'plannedCompletionDate',
      message: '计划竣工日期：不能早于开工日期',
      holds: (r) => !r['startDate'] || !r['plannedCompletionDate'] || String(r['plannedCompletionDate']) >= String(r['startDate']),
    },
    {
      field: 'wageAccountNumber',
      message: '专用账户账号：已开设专用账户时请填写账号',
      holds: (r) => !r['wageAccountOpened'] || Boolean(r['wageAccountNumber']),
    },
  ],
};
