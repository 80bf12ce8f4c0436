// Draws resources/icon.png (256×256, transparent corners): a red seal-like tile with a gold double ring and the
// character 薪 — wages, what the task force recovers. Rendered from SVG in headless Chromium so the glyph comes
// from a real CJK font (fonts-noto-cjk). Regenerate with: npx node resources/make-icon.mjs
// Needs Debian's chromium (`command -v chromium`) and fonts-noto-cjk; electron-builder turns the PNG into .ico.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const SIZE = 256;
const output = path.join(path.dirname(fileURLToPath(import.meta.url)), 'icon.png');

const RED_LIGHT = '#d32f2f';
const RED_DARK = '#9a0f12';
const GOLD = '#f6cf6b';
const GOLD_DARK = '#d9a532';

// Drawn on a 256 grid. The ring stays thick enough to survive the 16×16 taskbar size, where only the red tile,
// the ring and the character's mass remain visible.
const svg = `
<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 256 256">
  <defs>
    <radialGradient id="tile" cx="38%" cy="30%" r="80%">
      <stop offset="0" stop-color="${RED_LIGHT}"/>
      <stop offset="1" stop-color="${RED_DARK}"/>
    </radialGradient>
    <linearGradient id="gold" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${GOLD}"/>
      <stop offset="1" stop-color="${GOLD_DARK}"/>
    </linearGradient>
  </defs>
  <rect x="8" y="8" width="240" height="240" rx="48" fill="url(#tile)"/>
  <rect x="8" y="8" width="240" height="240" rx="48" fill="none" stroke="#6d0a0c" stroke-width="2" opacity="0.6"/>
  <circle cx="128" cy="128" r="100" fill="none" stroke="url(#gold)" stroke-width="9"/>
  <circle cx="128" cy="128" r="86" fill="none" stroke="url(#gold)" stroke-width="3"/>
  <text x="128" y="131" text-anchor="middle" dominant-baseline="central"
        font-family="Noto Serif CJK SC" font-weight="700" font-size="128" fill="url(#gold)">薪</text>
</svg>`;

const html = `<!doctype html><html><head><meta charset="utf-8">
<style>html,body{margin:0;padding:0;background:transparent}svg{display:block}</style></head>
<body>${svg}</body></html>`;

const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'ledger-icon-'));
try {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: SIZE, height: SIZE },
    deviceScaleFactor: 1,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setContent(html);
    // the glyph must come from the CJK font, not a fallback box
    await page.evaluate('document.fonts.ready');
    const png = await page.locator('svg').screenshot({ omitBackground: true, type: 'png' });
    await writeFile(output, png);
    console.log(`wrote ${path.relative(process.cwd(), output)} (${png.length} bytes, ${SIZE}×${SIZE})`);
  } finally {
    await context.close();
  }
} finally {
  await rm(userDataDir, { recursive: true, force: true });
}
