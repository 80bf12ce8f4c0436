import { formatChineseDate } from '../dates';
import type { DocumentContent } from '../contract/documents';
import { clueFactRows } from './clue-facts';
import { html, type SafeHtml } from './escape';
import { addressee, documentHead, factsTable, paragraphs, signature } from './official-parts';
import { numberedSections } from './sections';

export type SupervisionContent = Extract<DocumentContent, { type: 'supervision' }>;

/** 挂牌督办通知书: the listed clue, who must resolve it, the leader who owns it, the deadline and how to report. */
export function supervisionBody(content: SupervisionContent): SafeHtml {
  const { heading } = content;
  const units = content.responsibleUnits.map((unit) => unit.trim()).filter(Boolean);
  return html`${documentHead(heading)}${addressee(heading.addressee)}
<p>为切实维护农民工劳动报酬权益，经研究，决定对下列欠薪线索实行挂牌督办。现将有关事项通知如下：</p>
${numberedSections([
  ['督办事项', factsTable(clueFactRows(content.clue))],
  ['责任单位', html`<p>${units.length > 0 ? units.join('、') : '—'}</p>`],
  content.leader ? ['包案领导', html`<p>${content.leader}</p>`] : null,
  ['办结时限', html`<p>${content.deadline ? `请于${formatChineseDate(content.deadline)}前办结。` : '请按规定时限办结。'}</p>`],
  ['工作要求', paragraphs(content.requirement)],
])}
${signature(heading.issuingAuthority, heading.date)}`;
}
