import type { DocumentContent } from '../contract/documents';
import { ASSIGNMENT_CSS, assignmentBody } from './assignment';
import { html, type SafeHtml } from './escape';
import { OFFICIAL_CSS } from './gbt9704';
import { htmlDocument } from './html-document';
import { OFFICIAL_PAGE_NUMBER_CSS } from './page-numbers';
import { cluePlanBody, projectPlanBody } from './plan-sheets';
import { RECTIFICATION_CSS, rectificationBody } from './rectification';
import { supervisionBody } from './supervision';

const CSS = OFFICIAL_CSS + RECTIFICATION_CSS + ASSIGNMENT_CSS + OFFICIAL_PAGE_NUMBER_CSS;

function formBody(content: DocumentContent): SafeHtml {
  switch (content.type) {
    case 'rectification':
      return rectificationBody(content);
    case 'supervision':
      return supervisionBody(content);
    case 'assignment':
      return assignmentBody(content);
    case 'projectPlan':
      return projectPlanBody(content);
    case 'cluePlan':
      return cluePlanBody(content);
    default: {
      const unknown: never = content;
      throw new Error(`未知的文书类型：${(unknown as { type: string }).type}`);
    }
  }
}

function documentTitle(content: DocumentContent): string {
  const { title, number } = content.heading;
  return number ? `${title}（${number}）` : title;
}

/** One form as a complete HTML document: what the preview shows and what prints. */
export function renderDocument(content: DocumentContent): string {
  return renderDocuments([content]);
}

/**
 * Several forms in one HTML document for one PDF: each starts on a new page and numbers its own pages from 1
 * (see page-numbers.ts for how consecutive documents alternate between the doc-a and doc-b named pages).
 */
export function renderDocuments(contents: readonly DocumentContent[]): string {
  return joinDocumentSections(contents.map((content, i) => renderDocumentSection(content, i)), contents.length === 1 && contents[0] ? documentTitle(contents[0]) : null);
}

/**
 * One form of a batch at its position in it (the position picks the alternating named page). A batch with progress
 * renders its forms one by one with this and joins them with joinDocumentSections: the same HTML as renderDocuments.
 */
export function renderDocumentSection(content: DocumentContent, position: number): SafeHtml {
  return html`<section class="doc doc-${position % 2 === 0 ? 'a' : 'b'}">${formBody(content)}</section>\n`;
}

/** The sections of a batch as one HTML document; title null names it by the count (文书（3份）). */
export function joinDocumentSections(sections: readonly SafeHtml[], title: string | null = null): string {
  return htmlDocument({ title: title ?? `文书（${sections.length}份）`, css: CSS, body: html`${sections}` });
}
