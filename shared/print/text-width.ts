/**
 * Approximate printed width in characters (full-width = 1, ASCII = ½), for the few layout choices a template must
 * make before Chromium lays out the page: how large the masthead may be, whether the signature can be centred on
 * the date. Exact widths are Chromium's business; these only choose between layouts that all stay on the page.
 */
export function widthInChars(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1;
  return width;
}
