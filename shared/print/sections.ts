import { html, type SafeHtml } from './escape';
import { heading1 } from './official-parts';
import { chineseOrdinal } from './ordinals';

/** Numbered first-level sections (一、二、…), numbered after the optional ones are left out. */
export function numberedSections(sections: readonly (readonly [string, SafeHtml] | null)[]): SafeHtml {
  const present = sections.filter((section): section is readonly [string, SafeHtml] => section !== null);
  return html`${present.map(([title, body], i) => html`${heading1(`${chineseOrdinal(i + 1)}、${title}`)}${body}`)}`;
}
