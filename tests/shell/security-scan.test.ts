import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error the scan script is plain JavaScript run by node, without type declarations
import { excludedBy, offlineRunner, scan } from '../../scripts/security-scan.mjs';

interface Finding {
  check: string;
  severity: string;
  file: string;
  sample: string;
}
type Scan = (run: unknown, label: string, input: string, sarifPath: string) => Promise<{ findings: Finding[]; unreadable: unknown[] }>;

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** The scanner on a tiny shell written for the test, offline, as `npm run security` runs it. */
async function scanSource(source: string): Promise<Finding[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-scan-'));
  folders.push(folder);
  fs.mkdirSync(path.join(folder, 'app'));
  fs.writeFileSync(path.join(folder, 'app', 'main.js'), source);
  const result = await (scan as Scan)(offlineRunner(), 'test', path.join(folder, 'app'), path.join(folder, 'out.sarif'));
  return result.findings;
}

describe('the security scan (scripts/security-scan.mjs)', () => {
  it('reports a window without context isolation as HIGH, not excluded', async () => {
    const findings = await scanSource(
      "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n",
    );
    const high = findings.filter((finding) => finding.severity === 'HIGH' && !(excludedBy as (f: Finding) => unknown)(finding));
    expect(high.map((finding) => finding.check)).toContain('CONTEXT_ISOLATION_JS_CHECK');
  });

  it('excludes only the reasoned false positive, at its own place', () => {
    const excluded = excludedBy as (f: Finding) => unknown;
    const sample = 'const window = new BrowserWindow(secureWindowOptions(settings));';
    expect(excluded({ check: 'CONTEXT_ISOLATION_JS_CHECK', severity: 'HIGH', file: 'window.ts', sample })).toBeTruthy();
    expect(excluded({ check: 'CONTEXT_ISOLATION_JS_CHECK', severity: 'HIGH', file: 'menu.ts', sample })).toBeFalsy();
    expect(excluded({ check: 'NODE_INTEGRATION_JS_CHECK', severity: 'HIGH', file: 'window.ts', sample })).toBeFalsy();
  });
});
