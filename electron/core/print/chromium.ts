import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { PDF_OPTIONS } from '../../../shared/print/pdf-options';

/**
 * Chromium where the app is not running: the CLI's `print --out x.pdf`, the tests and the benchmark print through
 * Debian's chromium with playwright-core (a devDependency — the CLI is a developer/admin tool run with npm; the
 * installed app prints through Electron's own Chromium in the shell instead).
 */

/** Debian's Chromium (apt package chromium); CHROMIUM_PATH overrides. */
export function chromiumPath(): string {
  if (process.env['CHROMIUM_PATH']) return process.env['CHROMIUM_PATH'];
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (fs.existsSync(candidate)) return candidate;
  return execSync('command -v chromium', { encoding: 'utf8' }).trim();
}

/** The flags this closed network needs: no background connections, no sandbox as root, a fresh profile. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Writes one HTML document as a PDF with the options every printer of the program uses; answers the bytes. */
export async function htmlToPdf(html: string, file: string): Promise<number> {
  // loaded only when a PDF is asked for: `print --out x.html` and the rest of the CLI work without it
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    await page.pdf({ ...PDF_OPTIONS, path: file });
  } finally {
    await browser.close();
  }
  return fs.statSync(file).size;
}
