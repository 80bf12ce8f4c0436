import type { ClueFacts, DocumentContent, DocumentHeading, PlanFacts } from '../../shared/contract/documents';
import type { LedgerSheet } from '../../shared/print';

/** Realistic content for each form, as the core would freeze it at issue (a real county's townships, made-up firms). */

const AUTHORITY = '秦安县根治拖欠农民工工资工作领导小组办公室';

function heading(overrides: Partial<DocumentHeading> & Pick<DocumentHeading, 'type' | 'title'>): DocumentHeading {
  return { number: null, issuingAuthority: AUTHORITY, countyName: '秦安县', date: '2026-01-05', addressee: '', ...overrides };
}

export const clue: ClueFacts = {
  clueNo: 'XS2026-0017',
  platformNo: 'GJ20260103000218',
  source: '国家平台',
  receivedDate: '2026-01-03',
  employer: '甘肃陇顺建筑劳务有限公司',
  project: '秦安县兴国镇幸福家园三期住宅楼建设项目',
  workersInvolved: 23,
  amountInvolvedFen: 48_635_000,
  arrearsPeriod: '2025年8月至2025年11月',
  summary: '投诉人反映，其与22名工友在幸福家园三期项目从事钢筋、模板作业，劳务分包单位以总包未拨付进度款为由，拖欠2025年8月至11月工资。',
  demand: '要求春节前足额支付拖欠工资486,350元。',
};

const plan: PlanFacts = {
  title: '幸福家园三期项目欠薪风险化解方案',
  riskLevel: '较高风险（黄色）',
  measures: '1.督促建设单位按合同约定拨付进度款，专款用于支付农民工工资；\n2.总包单位通过农民工工资专用账户代发，逐人核对工资表；\n3.对劳务分包单位开展约谈，责令限期清偿。',
  responsibility: '包案领导：县人社局局长 王建军；责任单位：兴国镇人民政府、县住建局；专班联系人：李娜（0938-6521234）',
  funds: '建设单位已筹措进度款300万元，其中48.64万元于1月15日前拨入农民工工资专用账户。',
  items: '1月10日前完成工资核对；1月15日前资金拨付到账；1月20日前全部发放到位。',
  contingency: '资金未按期到位时，动用工资保证金先行垫付；发生聚集讨薪时，属地乡镇、住建、公安“四必到”现场处置。',
  progress: '1月5日已召开协调会，总包单位确认应付工资清单。',
};

export const rectification: Extract<DocumentContent, { type: 'rectification' }> = {
  type: 'rectification',
  heading: heading({ type: 'rectification', title: '整改通知书', number: '秦欠薪办整改〔2026〕3号', addressee: '甘肃华建建设集团有限公司' }),
  target: '秦安县兴国镇幸福家园三期住宅楼建设项目',
  inspectionDate: '2026-01-04',
  inspectors: '张明、李强',
  problems: [
    { item: '维权信息公示牌', description: '施工现场未设立维权信息公示牌。', requirement: '在施工现场醒目位置设立维权信息公示牌，公示项目负责人、劳资专管员、工资支付日期及投诉举报电话。' },
    { item: '农民工工资专用账户', description: '未按规定开设农民工工资专用账户，工资由劳务班组长现金发放。', requirement: '在开工后30日内开设专用账户，并通过专用账户按月足额代发工资。' },
    { item: '劳动合同', description: '抽查的42名农民工中，有9人未签订书面劳动合同。', requirement: null },
  ],
  deadline: '2026-01-20',
  reportBack: '将整改情况书面报送县根治欠薪办（联系电话：0938-6521234）',
  receiptTo: '秦安县根治欠薪办',
};

export const supervision: Extract<DocumentContent, { type: 'supervision' }> = {
  type: 'supervision',
  heading: heading({ type: 'supervision', title: '挂牌督办通知书', number: '秦欠薪办督〔2026〕2号', addressee: '兴国镇人民政府、县住房和城乡建设局' }),
  clue,
  responsibleUnits: ['兴国镇人民政府', '县住房和城乡建设局'],
  leader: '王建军（县人社局局长）',
  deadline: '2026-01-20',
  requirement: '请责任单位接到本通知后立即组织核查，每周五前将办理进展报送县根治欠薪办；办结后3个工作日内报送办理结果及佐证材料。',
};

export const assignment: Extract<DocumentContent, { type: 'assignment' }> = {
  type: 'assignment',
  heading: heading({ type: 'assignment', title: '欠薪线索交办单', number: '秦欠薪办交〔2026〕12号', addressee: '兴国镇人民政府' }),
  clue,
  receivingUnit: '兴国镇人民政府',
  assignedDate: '2026-01-05',
  deadline: '2026-01-16',
  requirement: '请会同县住建局核实欠薪事实，督促总包单位依法清偿，并于时限内反馈办理结果。',
};

export const projectPlan: Extract<DocumentContent, { type: 'projectPlan' }> = {
  type: 'projectPlan',
  heading: heading({ type: 'projectPlan', title: '一项目一策表', number: '秦欠薪办策〔2026〕5号', addressee: '县住房和城乡建设局' }),
  project: {
    name: '秦安县兴国镇幸福家园三期住宅楼建设项目',
    township: '兴国镇',
    contractor: '甘肃华建建设集团有限公司',
    contractPriceFen: 8_652_300_000,
    fiveSystems: [
      { label: '实名制管理', inPlace: true },
      { label: '工资保证金', inPlace: true },
      { label: '工资专用账户', inPlace: false },
      { label: '总包代发', inPlace: false },
      { label: '维权信息公示', inPlace: false },
    ],
  },
  plan,
};

export const cluePlan: Extract<DocumentContent, { type: 'cluePlan' }> = {
  type: 'cluePlan',
  heading: heading({ type: 'cluePlan', title: '一案一策表', number: '秦欠薪办案策〔2026〕4号', addressee: '兴国镇人民政府' }),
  clue,
  plan,
};

export const ALL_FORMS = { rectification, supervision, assignment, projectPlan, cluePlan } as const;

/** Names no template may turn into markup, and one that no line can hold. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  style: '</style><h1>注入</h1>',
  tags: '<b onmouseover="x()">加粗</b>&amp;',
  long: 'A'.repeat(300),
};

/** A rectification notice whose every clerk-typed field is hostile. */
export function hostileNotice(): DocumentContent {
  return {
    ...rectification,
    heading: { ...rectification.heading, addressee: `${HOSTILE.script}${HOSTILE.long}`, issuingAuthority: `秦安县${HOSTILE.style}` },
    target: HOSTILE.tags,
    inspectors: HOSTILE.long,
    problems: [
      { item: HOSTILE.script, description: `${HOSTILE.long}${HOSTILE.style}`, requirement: HOSTILE.tags },
      ...rectification.problems,
    ],
  };
}

/** Notice i of a batch: same form, its own number and addressee. */
export function numberedNotice(i: number): DocumentContent {
  return {
    ...rectification,
    heading: { ...rectification.heading, number: `秦欠薪办整改〔2026〕${i}号`, addressee: `第${i}号测试建设有限公司` },
  };
}

const TOWNSHIPS = ['兴国镇', '西川镇', '莲花镇', '郭嘉镇', '五营镇', '陇城镇', '叶堡镇', '安伏镇', '千户镇', '王窑镇'];

/** The project ledger with `count` rows and a 合计 row. */
export function projectLedger(count: number): LedgerSheet {
  const rows = Array.from({ length: count }, (_, i) => [
    String(i + 1),
    `秦安县${TOWNSHIPS[i % TOWNSHIPS.length]}第${i + 1}号安置房建设项目`,
    TOWNSHIPS[i % TOWNSHIPS.length] ?? '',
    '甘肃华建建设集团有限公司',
    (1200 + i * 7.5).toFixed(2),
    i % 3 === 0 ? '否' : '是',
    i % 4 === 0 ? '未开设' : '已开设',
    String(30 + (i % 50)),
    '2026-01-05',
  ]);
  return {
    title: '秦安县在建工程项目及五项制度落实情况台账',
    unitLine: '填报单位：秦安县根治欠薪办　　　　统计截至：2026年1月5日　　　　金额单位：万元',
    columns: [
      { header: '序号', align: 'center', width: 12 },
      { header: '项目名称', width: 70 },
      { header: '乡镇', align: 'center', width: 18 },
      { header: '施工总承包单位', width: 48 },
      { header: '合同价款', align: 'right', width: 24 },
      { header: '保证金', align: 'center', width: 16 },
      { header: '专用账户', align: 'center', width: 20 },
      { header: '实名制人数', align: 'right', width: 22 },
      { header: '更新日期', align: 'center' },
    ],
    rows,
    totals: ['合计', `${count}个项目`, '', '', rows.reduce((sum, row) => sum + Number(row[4]), 0).toFixed(2), '', '', '', ''],
  };
}
