// The security scan (`npm run security`, part of `npm test`): @doyensec/electronegativity over the shell's sources
// (electron/shell) and over the built app (dist/shell bundles and dist/renderer's HTML), findings written to SARIF in a
// temp folder, read back, printed, and the run failed on any HIGH finding that is not a reasoned exclusion below.
//
// electronegativity always exits 0, and its CLI fetches translations and Electron's release list from the internet
// (crashing in got when offline), so it is run here in-process, offline: its i18n module is replaced by a local
// set-up, the Electron version comes from package.json, and the one check that needs the network is left out.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

/**
 * False positives, each with why it is one. A finding is excluded only when check, file and sample all match, so
 * the same pattern anywhere else still fails the run.
 */
const EXCLUSIONS = [
  {
    check: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'window.ts',
    sample: 'new BrowserWindow(secureWindowOptions(settings))',
    reason:
      'the options come from secureWindowOptions() in the same file (contextIsolation: true, sandbox: true, nodeIntegration: false), ' +
      'which electronegativity cannot follow through a function call; tests/shell/window.test.ts asserts them and ' +
      'tests/shell/structure.test.ts fails on any of them turned off anywhere in the shell',
  },
  {
    check: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'window.ts',
    sample: 'new BrowserWindow(printWindowOptions())',
    reason:
      'the hidden print window takes secureWindowOptions() webPreferences (contextIsolation, sandbox, no node) with JavaScript ' +
      'and the preload removed, through printWindowOptions() in the same file; tests/shell/printing.test.ts asserts them',
  },
];

/** Checks left out: AvailableSecurityFixesGlobalCheck downloads Electron's release list, which CI cannot reach. */
const EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck'];

function electronVersion() {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  return String(pkg.devDependencies.electron).replace(/^[^\d]*/, '');
}

function buildIfNeeded() {
  const needed = ['dist/shell/main.cjs', 'dist/shell/preload.cjs', 'dist/renderer/index.html'];
  if (needed.every((file) => fs.existsSync(path.join(root, file)))) return;
  console.log('security: dist/ is incomplete, building first');
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
}

/** electronegativity's runner with a local i18n set-up instead of the one that fetches translations. */
export function offlineRunner() {
  const engineRequire = createRequire(require.resolve('@doyensec/electronegativity/package.json'));
  const i18n = engineRequire('i18n');
  const i18nPath = engineRequire.resolve('./dist/locales/i18n.js');
  const stub = new Module(i18nPath);
  stub.filename = i18nPath;
  stub.loaded = true;
  stub.exports = async () => {
    i18n.configure({ locales: ['en-US'], defaultLocale: 'en-US', directory: path.dirname(i18nPath), updateFiles: false, objectNotation: true, retryInDefaultLocale: true, register: globalThis });
    i18n.setLocale('en-US');
  };
  Module._cache[i18nPath] = stub;
  return engineRequire('./dist/runner.js');
}

/**
 * The built app as electronegativity can read it: it scans only .js/.ts/.html files, so the .cjs bundles are copied
 * under .js names, beside the renderer's HTML (the CSP check reads the meta tag there).
 */
function stageBuiltApp(folder) {
  fs.mkdirSync(path.join(folder, 'shell'), { recursive: true });
  fs.mkdirSync(path.join(folder, 'renderer'), { recursive: true });
  for (const name of fs.readdirSync(path.join(root, 'dist/shell')).filter((n) => n.endsWith('.cjs'))) {
    fs.copyFileSync(path.join(root, 'dist/shell', name), path.join(folder, 'shell', name.replace(/\.cjs$/, '.js')));
  }
  for (const name of fs.readdirSync(path.join(root, 'dist/renderer')).filter((n) => n.endsWith('.html'))) {
    fs.copyFileSync(path.join(root, 'dist/renderer', name), path.join(folder, 'renderer', name));
  }
  return folder;
}

/**
 * The findings as written to the SARIF file, each joined with the runner's own record of it for the severity and
 * the source line (SARIF's level is only note/warning). CSV is not used: electronegativity writes its header and its
 * rows with two unordered fs.writeFile calls, and the header's truncating write can land last and erase the rows.
 */
export function findingsFromSarif(sarif, issues) {
  const byKey = new Map(issues.map((issue) => [`${issue.id}|${issue.file}|${issue.location?.line ?? 0}`, issue]));
  return (sarif.runs?.[0]?.results ?? []).map((result) => {
    const uri = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? 'N/A';
    const line = result.locations?.[0]?.physicalLocation?.region?.startLine ?? 1;
    const file = uri === 'file:///' ? 'N/A' : uri;
    const issue = byKey.get(`${result.ruleId}|${file}|${line}`) ?? byKey.get(`${result.ruleId}|${file}|0`);
    if (!issue) throw new Error(`security: the SARIF file names ${result.ruleId} in ${file}:${line}, which the scan did not report`);
    return {
      check: result.ruleId,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file,
      line,
      sample: issue.sample ?? '',
      description: result.message?.text ?? '',
    };
  });
}

/** The SARIF is written by an fs.writeFile the runner does not wait for: wait until it is whole. */
async function readSarif(sarifPath) {
  for (let waited = 0; ; waited += 50) {
    try {
      return JSON.parse(fs.readFileSync(sarifPath, 'utf8'));
    } catch (error) {
      if (waited > 10_000) throw new Error(`security: ${sarifPath} was not written: ${error.message}`, { cause: error });
      await new Promise((resolve) => globalThis.setTimeout(resolve, 50));
    }
  }
}

/** Scans one folder; `label` names it in the printout. */
export async function scan(run, label, input, sarifPath) {
  const result = await run(
    { input, output: sarifPath, isSarif: true, customScan: [], excludeFromScan: EXCLUDED_CHECKS, isRelative: true, isVerbose: false, electronVersionOverride: electronVersion(), parserPlugins: [] },
    false,
  );
  // a file the parser could not read was not scanned at all: that must not pass silently
  const unreadable = result.errors.filter((error) => !error.tolerable);
  const findings = findingsFromSarif(await readSarif(sarifPath), result.issues);
  if (findings.length !== result.issues.length) throw new Error(`security: ${sarifPath} holds ${findings.length} findings, the scan reported ${result.issues.length}`);
  return { label, findings, unreadable };
}

export function excludedBy(finding) {
  return EXCLUSIONS.find((rule) => rule.check === finding.check && finding.file.endsWith(rule.file) && finding.sample.includes(rule.sample));
}

async function main() {
  buildIfNeeded();
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-security-'));
  try {
    const run = offlineRunner();
    const results = [
      await scan(run, 'electron/shell (sources)', path.join(root, 'electron/shell'), path.join(temp, 'sources.sarif')),
      await scan(run, 'dist (built shell and renderer html)', stageBuiltApp(path.join(temp, 'built')), path.join(temp, 'built.sarif')),
    ];
    let failed = false;
    const used = new Set();
    for (const { label, findings, unreadable } of results) {
      console.log(`\n== ${label}: ${findings.length} finding(s)`);
      for (const finding of findings) {
        const rule = excludedBy(finding);
        if (rule) used.add(rule);
        const blocking = finding.severity === 'HIGH' && !rule;
        if (blocking) failed = true;
        const mark = blocking ? 'FAIL' : rule ? 'excluded' : 'review';
        console.log(`[${mark}] ${finding.severity}/${finding.confidence} ${finding.check} ${finding.file}:${finding.line} ${finding.sample}`);
        console.log(`         ${finding.description}${rule ? ` — excluded: ${rule.reason}` : ''}`);
      }
      for (const error of unreadable) {
        failed = true;
        console.log(`[FAIL] could not parse ${error.file}: ${error.message}`);
      }
    }
    for (const rule of EXCLUSIONS.filter((r) => !used.has(r))) console.log(`\nnote: exclusion no longer needed: ${rule.check} in ${rule.file}`);
    console.log(failed ? '\nsecurity: HIGH findings (or unreadable files) above — failing.' : '\nsecurity: no HIGH findings.');
    process.exitCode = failed ? 1 : 0;
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
