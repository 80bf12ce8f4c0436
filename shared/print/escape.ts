/**
 * Every piece of text that reaches a printed page goes through `escapeHtml`, and templates are written with the
 * `html` tag below, which escapes each interpolated value unless it is markup the templates built themselves.
 * Names, addresses and problem descriptions are typed by clerks or imported from platforms, so a company called
 * `</style><script>…` must print as those characters and never become markup.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text → HTML text content or attribute value. Control characters (except tab and line breaks) are dropped:
 *  a NUL or form feed pasted from a platform export has no printable meaning and some break HTML parsing. */
export function escapeHtml(text: string | number | null | undefined): string {
  if (text === null || text === undefined) return '';
  return String(text)
    .replace(/(?![\t\n\r])\p{Cc}/gu, '')
    .replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/** Markup the templates produced; the only values `html` inserts unescaped. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolation = SafeHtml | string | number | null | undefined | false | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(value as string | number);
}

/** Tagged template: html`<td>${name}</td>` escapes `name`; nested html`` results and arrays of them pass through. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** For CSS and markup written in this folder (never for data): marks a constant string as already safe. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
