// Builds everything the app runs from, into dist/ (package.json "main" is dist/shell/main.cjs):
//   dist/renderer/       the React UI (vite, config vite.config.ts), served by the shell at app://ledger/
//   dist/shell/main.cjs  the Electron main process
//   dist/shell/preload.cjs  the sandboxed preload (a sandboxed preload can require only 'electron': one file)
//   dist/core/entry.cjs  the ledger service, started by the shell as a utility process
// Usage: node scripts/build.mjs [renderer] [main] [preload] [core]   (no argument: all of them)
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// vite and esbuild resolve their paths from the working folder; make it the repository whatever npm's cwd was
process.chdir(root);

// Bundled ESM sources may say import.meta.url; in a CJS bundle that would be undefined. Give it the bundle's own
// file URL (so it points at dist/…, not at the source file).
const importMetaUrlShim = {
  banner: { js: "const __bundleFileUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__bundleFileUrl' },
};

/** Options every bundle shares: source maps for readable stack traces, Chinese kept readable in the output. */
const common = {
  bundle: true,
  sourcemap: true,
  charset: 'utf8',
  logLevel: 'warning',
  metafile: true,
};

/**
 * The preload needs only the contract's method names, not its zod schemas (about 600 KiB). This plugin evaluates
 * the contract at build time and gives the preload a module holding just the names, so the code running in the
 * page's privileged preload context stays small. If the import path ever changes, the plugin simply does not
 * match and the preload bundles the full contract: bigger, still correct.
 */
const contractNamesOnly = {
  name: 'contract-method-names-only',
  setup(build) {
    build.onResolve({ filter: /shared\/contract\/index$/ }, (args) =>
      args.importer.endsWith(path.join('electron', 'shell', 'preload.ts'))
        ? { path: path.resolve(args.resolveDir, args.path), namespace: 'contract-method-names' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'contract-method-names' }, async () => {
      const temp = await mkdtemp(path.join(os.tmpdir(), 'ledger-contract-'));
      try {
        const evaluated = await esbuild({
          entryPoints: ['shared/contract/index.ts'],
          bundle: true,
          platform: 'node',
          format: 'esm',
          write: false,
          logLevel: 'warning',
        });
        const file = path.join(temp, 'contract.mjs');
        await writeFile(file, evaluated.outputFiles[0].contents);
        const { bridgeMethodNames } = await import(pathToFileURL(file).href);
        return { contents: `export const bridgeMethodNames = ${JSON.stringify(bridgeMethodNames)};`, loader: 'js' };
      } finally {
        await rm(temp, { recursive: true, force: true });
      }
    });
  },
};

const bundles = {
  main: {
    ...common,
    ...importMetaUrlShim,
    entryPoints: ['electron/shell/main.ts'],
    outfile: 'dist/shell/main.cjs',
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    // electron is provided by the runtime; better-sqlite3 is a native module loaded from node_modules
    external: ['electron', 'better-sqlite3'],
  },
  preload: {
    ...common,
    entryPoints: ['electron/shell/preload.ts'],
    outfile: 'dist/shell/preload.cjs',
    // it runs in the renderer's sandbox: no Node modules, only require('electron')
    platform: 'browser',
    format: 'cjs',
    target: 'es2023',
    external: ['electron'],
    plugins: [contractNamesOnly],
  },
  core: {
    ...common,
    ...importMetaUrlShim,
    entryPoints: ['electron/core/process/entry.ts'],
    outfile: 'dist/core/entry.cjs',
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    // the only module shipped in node_modules (its native .node file cannot be bundled); everything else is inlined
    external: ['better-sqlite3'],
  },
};

const allTargets = ['renderer', ...Object.keys(bundles)];
const requested = process.argv.slice(2);
const unknown = requested.filter((target) => !allTargets.includes(target));
if (unknown.length > 0) {
  console.error(`unknown build target(s): ${unknown.join(', ')} (known: ${allTargets.join(', ')})`);
  process.exit(2);
}
const targets = requested.length > 0 ? requested : allTargets;

function formatSize(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.push({ file: path.relative(root, file), bytes: (await stat(file)).size });
  }
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

const built = [];

if (targets.includes('renderer')) {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  built.push(...(await listFiles(path.join(root, 'dist/renderer'))));
}

for (const [name, options] of Object.entries(bundles)) {
  if (!targets.includes(name)) continue;
  // no stale output: a file left from an older build would be packaged too
  await rm(options.outfile, { force: true });
  await rm(`${options.outfile}.map`, { force: true });
  const result = await esbuild(options);
  for (const [file, output] of Object.entries(result.metafile.outputs)) built.push({ file, bytes: output.bytes });
}

const width = Math.max(...built.map((entry) => entry.file.length));
console.log('built:');
for (const entry of built) console.log(`  ${entry.file.padEnd(width)}  ${formatSize(entry.bytes).padStart(10)}`);
console.log(`  ${'total'.padEnd(width)}  ${formatSize(built.reduce((sum, entry) => sum + entry.bytes, 0)).padStart(10)}`);
