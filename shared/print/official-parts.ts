import { formatChineseDate } from '../dates';
import type { DocumentHeading } from '../contract/documents';
import { html, type SafeHtml } from './escape';
import { GBT9704 } from './gbt9704';
import { widthInChars } from './text-width';

/** The building blocks every official form is made of, in the order GB/T 9704 §7 sets them. */

/**
 * 发文机关标志: red, centred, as large as the name allows. Long names (a county task force's office easily runs to
 * 21 characters) are condensed horizontally down to 70 %, as printed mastheads are, rather than shrunk to body size;
 * names longer still wrap. Only numbers computed here go into the style attribute.
 */
export function masthead(authority: string): SafeHtml {
  const usableMm = GBT9704.textWidthMm - 4;
  const chars = Math.max(widthInChars(authority), 1);
  const sizeMm = Math.min(15, Math.max(8, usableMm / (chars * 0.7)));
  const scale = Math.max(0.7, Math.min(1, usableMm / (chars * sizeMm)));
  const layoutWidthMm = GBT9704.textWidthMm / scale;
  const style = [
    `font-size:${sizeMm.toFixed(2)}mm`,
    `width:${layoutWidthMm.toFixed(2)}mm`,
    `margin-left:${((GBT9704.textWidthMm - layoutWidthMm) / 2).toFixed(2)}mm`,
    scale < 1 ? `transform:scaleX(${scale.toFixed(3)})` : '',
  ]
    .filter(Boolean)
    .join(';');
  return html`<div class="masthead" style="${style}">${authority}</div>`;
}

/** 发文字号, centred under the masthead; a preview has none yet. */
export function documentNumber(number: string | null): SafeHtml {
  if (number === null) return html`<div class="doc-number pending">（文号签发时生成）</div>`;
  return html`<div class="doc-number">${number}</div>`;
}

/** The head of every form: masthead, number, red rule, title. */
export function documentHead(heading: DocumentHeading): SafeHtml {
  return html`${masthead(heading.issuingAuthority)}${documentNumber(heading.number)}<div class="red-rule"></div><h1 class="title">${heading.title}</h1>`;
}

/** 主送机关: flush left, ending in a full-width colon. */
export function addressee(name: string): SafeHtml {
  const trimmed = name.trim();
  if (!trimmed) return html``;
  return html`<p class="addressee">${trimmed.replace(/[：:]$/, '')}：</p>`;
}

/** Body paragraphs, indented two characters; a clerk's line breaks start new paragraphs. */
export function paragraphs(text: string | null | undefined, lead?: SafeHtml): SafeHtml {
  const parts = (text ?? '')
    .split(/\r?\n/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return lead ? html`<p>${lead}</p>` : html``;
  return html`${parts.map((part, i) => html`<p>${i === 0 ? lead : null}${part}</p>`)}`;
}

/** A first-level heading in 黑体 ("一、存在问题"). */
export function heading1(text: string): SafeHtml {
  return html`<p class="h1">${text}</p>`;
}

/**
 * 发文机关署名 and 成文日期 (§7.3.5.1): the date four characters in from the right, the authority centred on the
 * date, room above for the seal. When the name is so much longer than the date that centring would push it past the
 * right margin, it is set flush right two characters in instead, as §7.3.5.2 does for unsealed documents.
 */
export function signature(authority: string, isoDate: string): SafeHtml {
  const date = formatChineseDate(isoDate);
  // centred, the name must end at least a character inside the right edge: the width estimate runs short for Latin
  const overflows = widthInChars(authority) / 2 > GBT9704.dateRightChars - 1 + widthInChars(date) / 2;
  return html`<div class="signature${overflows ? ' wide' : ''}"><div class="sign-box"><div class="sign-name">${authority}</div><div>${date}</div></div></div>`;
}

/** A row of a facts table: one fact across the line, or two side by side. */
export type FactRow = readonly [string, string | SafeHtml] | readonly [string, string | SafeHtml, string, string | SafeHtml];

/** A bordered table of facts on a four-column grid (label, value, label, value); values kept as typed, line breaks
 *  included. Pairing short facts on one row keeps a clue's particulars to half a page. */
export function factsTable(rows: readonly FactRow[]): SafeHtml {
  return html`<table class="facts"><colgroup><col class="label"><col><col class="label"><col></colgroup><tbody>${rows.map((row) =>
    row.length === 2
      ? html`<tr><th>${row[0]}</th><td colspan="3">${row[1]}</td></tr>`
      : html`<tr><th>${row[0]}</th><td>${row[1]}</td><th>${row[2]}</th><td>${row[3]}</td></tr>`,
  )}</tbody></table>`;
}

/** A value or the dash forms print for "not recorded". */
export function orDash(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const text = String(value).trim();
  return text ? text : '—';
}
