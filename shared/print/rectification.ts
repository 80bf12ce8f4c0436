import { formatChineseDate } from '../dates';
import type { DocumentContent } from '../contract/documents';
import { html, type SafeHtml } from './escape';
import { HEI } from './fonts';
import { addressee, documentHead, heading1, paragraphs, signature } from './official-parts';
import { chineseOrdinal } from './ordinals';

export type RectificationContent = Extract<DocumentContent, { type: 'rectification' }>;

/** 整改通知书: the problems found with what to do about each, the deadline, how to report back, then a 送达回证
 *  below a dashed cut line, kept whole on one page so it can be torn off and returned. */
export function rectificationBody(content: RectificationContent): SafeHtml {
  const { heading } = content;
  const reportBack = content.reportBack.trim().replace(/[。.;；]+$/, '');
  return html`${documentHead(heading)}${addressee(heading.addressee)}
<p>${heading.countyName}根治拖欠农民工工资工作专班于${formatChineseDate(content.inspectionDate)}对${content.target}开展保障农民工工资支付情况检查（检查人员：${content.inspectors}），发现存在以下问题：</p>
${heading1('一、存在的问题及整改要求')}
${content.problems.map(
  (problem, i) => html`${paragraphs(problem.description, html`<span class="h2">（${chineseOrdinal(i + 1)}）${problem.item}。</span>`)}${problem.requirement ? paragraphs(problem.requirement, html`整改要求：`) : null}`,
)}
${heading1('二、整改期限')}
<p>请你单位对上述问题立即整改，于${formatChineseDate(content.deadline)}前整改到位${reportBack ? html`，并${reportBack}` : null}。逾期未整改或整改不到位的，将依据《保障农民工工资支付条例》等有关规定依法处理。</p>
<p>特此通知。</p>
${signature(heading.issuingAuthority, heading.date)}
${receipt(content)}`;
}

function receipt(content: RectificationContent): SafeHtml {
  const { heading } = content;
  return html`<div class="receipt">
<div class="cut-line"><span>（沿此线剪下）</span></div>
<div class="receipt-title">送达回证</div>
<table class="receipt-table"><colgroup><col style="width:27mm"><col><col style="width:25mm"><col style="width:55mm"></colgroup><tbody>
<tr><th>文书名称</th><td>${heading.title}</td><th>文书编号</th><td>${heading.number ?? '（签发时生成）'}</td></tr>
<tr><th>受送达单位</th><td colspan="3">${heading.addressee}</td></tr>
<tr><th>送达人</th><td></td><th>送达方式</th><td>□直接送达\u3000□邮寄送达</td></tr>
<tr><th>签收人</th><td></td><th>签收日期</th><td class="blank-date">年\u3000\u3000月\u3000\u3000日</td></tr>
<tr class="stamp"><th>受送达单位<br>（盖章）</th><td colspan="3"></td></tr>
<tr><th>备注</th><td colspan="3">请受送达单位签收后将本回证退回${content.receiptTo}。</td></tr>
</tbody></table>
</div>`;
}

export const RECTIFICATION_CSS = `
.receipt { margin-top: 8mm; break-inside: avoid; text-indent: 0; }
.cut-line { border-top: 0.3mm dashed #000; text-align: center; line-height: 1; height: 6mm; }
/* the label sits on the line as an inline-block at the top of the line box, not moved up with position: relative:
   a positioned box is a paint layer of its own, and Chromium's print paint of each page visits every layer of the
   document, so 500 receipts made a 1000-page batch spend seconds in paint (same place to the pixel at 300 dpi) */
.cut-line span { display: inline-block; vertical-align: top; margin-top: -0.15mm; padding: 0 2mm; background: #fff; font-size: 10.5pt; letter-spacing: 0; }
.receipt-title { font-family: ${HEI}; font-size: 16pt; line-height: 1; letter-spacing: 0.5em; text-align: center; margin: 1mm 0 3mm; }
/* separate borders (each cell draws its right and bottom, the table its top and left): the receipt never breaks
   across pages, and Chromium lays these out measurably faster than collapsed borders in a 500-notice batch */
.receipt-table { width: 100%; border-collapse: separate; border-spacing: 0; border-top: 0.3mm solid #000; border-left: 0.3mm solid #000; table-layout: fixed; font-size: 12pt; line-height: 1.35; letter-spacing: 0; }
.receipt-table th, .receipt-table td { border-right: 0.3mm solid #000; border-bottom: 0.3mm solid #000; padding: 1.6mm 1.5mm; vertical-align: middle; text-align: left; }
.receipt-table th { font-family: ${HEI}; font-weight: 400; text-align: center; }
.receipt-table .blank-date { text-align: right; }
.receipt-table .stamp td { height: 14mm; }
`;
