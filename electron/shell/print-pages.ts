import { randomUUID } from 'node:crypto';
import { APP_ORIGIN } from './security';

/**
 * The pages the hidden print window loads: each HTML document to print is held here under a random one-time name
 * and served at app://ledger/__print/<name>.html by app-protocol.ts, so the print window stays on our own origin
 * (the navigation guards hold) and gets a CSP of its own that allows no script at all. A data: URL would do the
 * same for a form, but Chromium refuses data: URLs above 2 MB, and a batch of 500 notices is larger.
 * Pure (no Electron), so it is unit-tested directly.
 */

export const PRINT_PATH_PREFIX = '/__print/';

/** Printed pages run no script, load nothing from anywhere, and embed only inline styles and data: images/fonts. */
export const PRINT_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export class PrintPages {
  private readonly pages = new Map<string, string>();

  /** Holds the HTML until the print window has read it; answers the URL to load. */
  add(html: string): string {
    const name = randomUUID();
    this.pages.set(name, html);
    return `${APP_ORIGIN}${PRINT_PATH_PREFIX}${name}.html`;
  }

  /** The HTML of a print URL, once: a second read (or a guessed name) gets null. */
  take(url: string): string | null {
    const name = printPageName(url);
    if (name === null) return null;
    const html = this.pages.get(name) ?? null;
    this.pages.delete(name);
    return html;
  }

  /** Forgets a page whose window failed before reading it. */
  drop(url: string): void {
    const name = printPageName(url);
    if (name !== null) this.pages.delete(name);
  }

  get size(): number {
    return this.pages.size;
  }
}

/** The one-time name in app://ledger/__print/<uuid>.html, or null for any other URL. */
export function printPageName(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (`${parsed.protocol}//${parsed.host}` !== APP_ORIGIN) return null;
  const match = /^\/__print\/([0-9a-f-]{36})\.html$/.exec(parsed.pathname);
  return match?.[1] ?? null;
}
