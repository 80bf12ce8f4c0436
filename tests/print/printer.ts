import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { PDF_OPTIONS } from '../../shared/print';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/support/browser';
import { readPgm, type GrayImage, type Region } from './ink';

/** Where the PNGs of every printed form go for a person to look at (ignored by git). */
export const PREVIEW_DIR = path.resolve(import.meta.dirname, '../../test-results/print');

/** HTML → PDF the way the shell and the CLI print (Chromium, the options shared/print exports), and poppler to read
 *  the PDF back: pdfinfo for pages and size, pdftotext for text, pdftoppm for images. */
export class Printer {
  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
    readonly folder: string,
  ) {}

  static async start(): Promise<Printer> {
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    return new Printer(browser, page, fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-print-')));
  }

  /** Prints the HTML to `<folder>/<name>.pdf`; returns the file and the milliseconds from setContent to PDF bytes. */
  async pdf(html: string, name: string): Promise<{ file: string; ms: number }> {
    const file = path.join(this.folder, `${name}.pdf`);
    const started = performance.now();
    await this.page.setContent(html);
    await this.page.pdf({ ...PDF_OPTIONS, path: file });
    return { file, ms: performance.now() - started };
  }

  /** Milliseconds to lay out the HTML for the screen, as the preview does: setContent to the first painted frame. */
  async previewMs(html: string): Promise<number> {
    const started = performance.now();
    await this.page.setContent(html);
    // a string, not a function: this file is type-checked without the DOM library
    await this.page.evaluate('new Promise((resolve) => requestAnimationFrame(() => resolve(null)))');
    return performance.now() - started;
  }

  /** Elements matching a selector in the last page set, e.g. to prove that text made no markup. */
  async count(selector: string): Promise<number> {
    return this.page.locator(selector).count();
  }

  async close(): Promise<void> {
    await this.browser.close();
    fs.rmSync(this.folder, { recursive: true, force: true });
  }
}

export function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
}

/** Page size in mm, from pdfinfo's points. */
export function pageSizeMm(pdf: string): { width: number; height: number } {
  const match = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }));
  const toMm = (pt: string | undefined) => (Number(pt) * 25.4) / 72;
  return { width: toMm(match?.[1]), height: toMm(match?.[2]) };
}

/** The text of one page (or all pages). By default in drawing order (-raw), which for Chromium's PDFs is document
 *  order, so a table cell's wrapped lines stay together; 'layout' keeps each printed line on one text line. */
export function pdfText(pdf: string, page?: number, mode: 'raw' | 'layout' = 'raw'): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', [`-${mode}`, ...range, pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Every page's text at once (pdftotext ends each page with a form feed): one process for a 40-page batch. */
export function pdfPageTexts(pdf: string, mode: 'raw' | 'layout' = 'raw'): string[] {
  return pdfText(pdf, undefined, mode).split('\f').slice(0, pageCount(pdf));
}

/** Text with all white space removed: pdftotext puts spaces and line breaks where the layout had none. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/** One page rendered in grey at `dpi`, for ink measurement. */
export function pageImage(pdf: string, page: number, dpi = 300): GrayImage {
  const prefix = path.join(path.dirname(pdf), `${path.basename(pdf, '.pdf')}-p${page}-${dpi}`);
  execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix]);
  return readPgm(`${prefix}.pgm`, dpi);
}

/** Pages as 80 dpi colour PNGs in test-results/print/<name>-<n>.png, to be looked at (the first `maxPages`). */
export function writePreviewPngs(pdf: string, name: string, maxPages = 20): string[] {
  fs.mkdirSync(PREVIEW_DIR, { recursive: true });
  for (const old of fs.readdirSync(PREVIEW_DIR)) if (old.startsWith(`${name}-`) && old.endsWith('.png')) fs.rmSync(path.join(PREVIEW_DIR, old));
  execFileSync('pdftoppm', ['-r', '80', '-png', '-l', String(maxPages), pdf, path.join(PREVIEW_DIR, name)]);
  return fs.readdirSync(PREVIEW_DIR).filter((file) => file.startsWith(`${name}-`) && file.endsWith('.png'));
}

/** How many pixels of a region (mm) print clearly red, at 100 dpi in colour: the masthead and rule must be red. */
export function redPixels(pdf: string, page: number, region: Required<Region>): number {
  const dpi = 100;
  const px = (mm: number) => Math.round((mm * dpi) / 25.4);
  const [x, y, w, h] = [px(region.leftMm), px(region.topMm), px(region.rightMm - region.leftMm), px(region.bottomMm - region.topMm)];
  const args = ['-r', String(dpi), '-f', String(page), '-l', String(page), '-x', String(x), '-y', String(y), '-W', String(w), '-H', String(h), pdf];
  const ppm = execFileSync('pdftoppm', args, { maxBuffer: 1 << 26 });
  const pixels = ppm.subarray(ppm.length - w * h * 3); // the binary P6 raster follows its short text header
  let red = 0;
  for (let i = 0; i < pixels.length; i += 3) if ((pixels[i] ?? 0) > 180 && (pixels[i + 1] ?? 255) < 90 && (pixels[i + 2] ?? 255) < 90) red++;
  return red;
}

/**
 * One Chromium for a whole test file, with the render times it collects written to test-results/print/<name> at the
 * end (for looking at, never asserted). Call at the top of a describe block.
 */
export function printerForSuite(timingsFile: string): { printer: () => Printer; timings: Record<string, number> } {
  let printer: Printer | undefined;
  const timings: Record<string, number> = {};
  beforeAll(async () => {
    printer = await Printer.start();
  }, 60_000);
  afterAll(async () => {
    await printer?.close();
    fs.mkdirSync(PREVIEW_DIR, { recursive: true });
    fs.writeFileSync(path.join(PREVIEW_DIR, timingsFile), JSON.stringify(timings, null, 2));
  });
  return {
    printer: () => {
      if (!printer) throw new Error('the printer has not started');
      return printer;
    },
    timings,
  };
}
