import fs from 'node:fs';

/**
 * Measuring the ink of a rendered page. pdftotext's word boxes are unreliable for the Type 3 fonts Chromium embeds,
 * so margins are measured where a reader would measure them: on the printed image. A page is rendered in grey at
 * 300 dpi (one pixel = 0.085 mm); a pixel is ink when darker than mid-grey, which the black text, the black rules
 * and the GB red (≈ grey 70) all are, and the white paper and anti-aliasing fringes are not.
 */
export interface GrayImage {
  width: number;
  height: number;
  dpi: number;
  data: Uint8Array;
}

export const INK_THRESHOLD = 128;

/** A binary PGM (P5) as pdftoppm -gray writes it. */
export function readPgm(file: string, dpi: number): GrayImage {
  const bytes = fs.readFileSync(file);
  const header: string[] = [];
  let offset = 0;
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[offset] ?? 0))) offset++;
    let token = '';
    while (offset < bytes.length && !/\s/.test(String.fromCharCode(bytes[offset] ?? 0))) token += String.fromCharCode(bytes[offset++] ?? 0);
    header.push(token);
  }
  offset++; // the single whitespace after maxval
  if (header[0] !== 'P5' || header[3] !== '255') throw new Error(`not an 8-bit binary PGM: ${header.join(' ')}`);
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, dpi, data: bytes.subarray(offset, offset + width * height) };
}

export const pxToMm = (px: number, dpi: number): number => (px * 25.4) / dpi;
const mmToPx = (mm: number, dpi: number): number => Math.round((mm * dpi) / 25.4);

export interface Region {
  topMm: number;
  bottomMm: number;
  leftMm?: number;
  rightMm?: number;
}

export interface InkBox {
  topMm: number;
  bottomMm: number;
  leftMm: number;
  rightMm: number;
}

/** The bounding box of all ink inside a region (mm from the paper's top-left corner); null when the region is blank.
 *  Top and left are the outer edges of the first inked pixel row/column, bottom and right those of the last. */
export function inkBox(image: GrayImage, region: Region): InkBox | null {
  const y0 = Math.max(0, mmToPx(region.topMm, image.dpi));
  const y1 = Math.min(image.height, mmToPx(region.bottomMm, image.dpi));
  const x0 = Math.max(0, mmToPx(region.leftMm ?? 0, image.dpi));
  const x1 = Math.min(image.width, mmToPx(region.rightMm ?? pxToMm(image.width, image.dpi), image.dpi));
  let top = -1;
  let bottom = -1;
  let left = Number.POSITIVE_INFINITY;
  let right = -1;
  for (let y = y0; y < y1; y++) {
    const row = y * image.width;
    for (let x = x0; x < x1; x++) {
      if ((image.data[row + x] ?? 255) < INK_THRESHOLD) {
        if (top < 0) top = y;
        bottom = y;
        if (x < left) left = x;
        if (x > right) right = x;
      }
    }
  }
  if (top < 0) return null;
  const mm = (px: number) => pxToMm(px, image.dpi);
  return { topMm: mm(top), bottomMm: mm(bottom + 1), leftMm: mm(left), rightMm: mm(right + 1) };
}

/** The first horizontal rule at or below `fromMm`: a row whose longest run of ink is at least `minLengthMm` long
 *  (text never inks a run that long). Returns the rule's extent, its rows joined. */
export function findRule(image: GrayImage, fromMm: number, minLengthMm: number): InkBox | null {
  const minRun = mmToPx(minLengthMm, image.dpi);
  let found: { top: number; bottom: number; left: number; right: number } | null = null;
  for (let y = mmToPx(fromMm, image.dpi); y < image.height; y++) {
    const run = longestRun(image, y);
    if (run && run.end - run.start >= minRun) {
      if (!found) found = { top: y, bottom: y, left: run.start, right: run.end };
      else {
        found.bottom = y;
        found.left = Math.min(found.left, run.start);
        found.right = Math.max(found.right, run.end);
      }
    } else if (found) break;
  }
  if (!found) return null;
  const mm = (px: number) => pxToMm(px, image.dpi);
  return { topMm: mm(found.top), bottomMm: mm(found.bottom + 1), leftMm: mm(found.left), rightMm: mm(found.right) };
}

function longestRun(image: GrayImage, y: number): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  let start = -1;
  const row = y * image.width;
  for (let x = 0; x <= image.width; x++) {
    const ink = x < image.width && (image.data[row + x] ?? 255) < INK_THRESHOLD;
    if (ink && start < 0) start = x;
    if (!ink && start >= 0) {
      if (!best || x - start > best.end - best.start) best = { start, end: x };
      start = -1;
    }
  }
  return best;
}

/** Bands of inked rows (text lines) in a region, each as its top and bottom in mm, with gaps under `mergeMm` closed. */
export function inkBands(image: GrayImage, region: Region, mergeMm = 0.5): { topMm: number; bottomMm: number }[] {
  const y0 = mmToPx(region.topMm, image.dpi);
  const y1 = Math.min(image.height, mmToPx(region.bottomMm, image.dpi));
  const x0 = mmToPx(region.leftMm ?? 0, image.dpi);
  const x1 = Math.min(image.width, mmToPx(region.rightMm ?? pxToMm(image.width, image.dpi), image.dpi));
  const bands: { top: number; bottom: number }[] = [];
  const merge = mmToPx(mergeMm, image.dpi);
  for (let y = y0; y < y1; y++) {
    let ink = false;
    for (let x = x0; x < x1 && !ink; x++) ink = (image.data[y * image.width + x] ?? 255) < INK_THRESHOLD;
    if (!ink) continue;
    const last = bands[bands.length - 1];
    if (last && y - last.bottom <= merge) last.bottom = y;
    else bands.push({ top: y, bottom: y });
  }
  return bands.map((band) => ({ topMm: pxToMm(band.top, image.dpi), bottomMm: pxToMm(band.bottom + 1, image.dpi) }));
}
