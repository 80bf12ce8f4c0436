import type { DocumentContent, PlanFacts } from '../contract/documents';
import { amountInFiguresAndWords } from './chinese-money';
import { clueFactRows } from './clue-facts';
import { html, type SafeHtml } from './escape';
import { addressee, documentHead, type FactRow, factsTable, orDash, signature } from './official-parts';

export type ProjectPlanContent = Extract<DocumentContent, { type: 'projectPlan' }>;
export type CluePlanContent = Extract<DocumentContent, { type: 'cluePlan' }>;

/** The plan's five 落实 (措施、责任、资金、事项、预案) and its progress, the same rows on both sheets. `funds` is free
 *  text (sources and sums as the clerk writes them), so it prints as written; the amounts held in fen (contract
 *  price, amount involved) print in figures and 大写. */
function planRows(plan: PlanFacts, withRisk: boolean): FactRow[] {
  return [
    ['方案名称', orDash(plan.title)],
    ...(withRisk ? [['风险等级', orDash(plan.riskLevel)] as const] : []),
    ['落实措施', orDash(plan.measures)],
    ['落实责任', orDash(plan.responsibility)],
    ['落实资金', orDash(plan.funds)],
    ['落实事项', orDash(plan.items)],
    ['应急预案', orDash(plan.contingency)],
    ['工作进展', orDash(plan.progress)],
  ];
}

/** Each system whole on its line ("工资专用账户：未落实" never split across two). */
function fiveSystems(systems: ProjectPlanContent['project']['fiveSystems']): SafeHtml | string {
  if (systems.length === 0) return '—';
  return html`${systems.map((system, i) => html`${i > 0 ? '　' : null}<span class="nowrap">${system.label}：${system.inPlace ? '已落实' : '未落实'}</span> `)}`;
}

/** 一项目一策表: the project's key facts and its five systems, then the plan. */
export function projectPlanBody(content: ProjectPlanContent): SafeHtml {
  const { heading, project } = content;
  return html`${documentHead(heading)}${addressee(heading.addressee)}
${factsTable([
  ['项目名称', orDash(project.name)],
  ['所在乡镇', orDash(project.township), '风险等级', orDash(content.plan.riskLevel)],
  ['施工总承包', orDash(project.contractor)],
  ['合同价款', amountInFiguresAndWords(project.contractPriceFen)],
  ['五项制度', fiveSystems(project.fiveSystems)],
  ...planRows(content.plan, false),
])}
${signature(heading.issuingAuthority, heading.date)}`;
}

/** 一案一策表: the clue's key facts, then the plan. */
export function cluePlanBody(content: CluePlanContent): SafeHtml {
  const { heading } = content;
  return html`${documentHead(heading)}${addressee(heading.addressee)}
${factsTable([...clueFactRows(content.clue), ...planRows(content.plan, true)])}
${signature(heading.issuingAuthority, heading.date)}`;
}
