import { formatChineseDate } from '../dates';
import type { DocumentContent } from '../contract/documents';
import { clueFactRows } from './clue-facts';
import { html, type SafeHtml } from './escape';
import { HEI } from './fonts';
import { addressee, documentHead, factsTable, signature } from './official-parts';

export type AssignmentContent = Extract<DocumentContent, { type: 'assignment' }>;

/** 交办单 (one per receiving unit under 双交办): the clue, what is asked and by when, then a feedback section the
 *  receiving unit fills in by hand and returns. */
export function assignmentBody(content: AssignmentContent): SafeHtml {
  const { heading } = content;
  return html`${documentHead(heading)}${addressee(heading.addressee)}
<p>现将下列欠薪线索交你单位办理，请按要求核查处置，并在办结时限内反馈办理结果。</p>
${factsTable([
  ...clueFactRows(content.clue),
  ['承办单位', content.receivingUnit],
  ['交办日期', formatChineseDate(content.assignedDate), '办结时限', content.deadline ? `${formatChineseDate(content.deadline)}前` : '按规定时限'],
  ['办理要求', content.requirement],
])}
${signature(heading.issuingAuthority, heading.date)}
<div class="feedback">
<div class="feedback-title">办理情况反馈（由承办单位填写）</div>
<table class="facts"><colgroup><col class="label"><col><col class="label"><col></colgroup><tbody>
<tr class="tall"><th>处置情况</th><td colspan="3"></td></tr>
<tr><th>处理结论</th><td colspan="3"></td></tr>
<tr><th>解决人数</th><td class="unit">人</td><th>解决金额</th><td class="unit">元</td></tr>
<tr><th>承办人</th><td></td><th>联系电话</th><td></td></tr>
<tr class="stamp"><th>承办单位<br>（盖章）</th><td colspan="3" class="blank-date">年\u3000\u3000月\u3000\u3000日</td></tr>
</tbody></table>
</div>`;
}

export const ASSIGNMENT_CSS = `
.feedback { margin-top: 6mm; break-inside: avoid; text-indent: 0; }
.feedback-title { font-family: ${HEI}; text-align: center; letter-spacing: 0; }
.feedback .tall td { height: 30mm; }
.feedback .stamp td { height: 16mm; vertical-align: bottom; }
.feedback .unit, .feedback .blank-date { text-align: right; }
`;
