import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import type { FromCore, ToCore } from '../../../electron/core/process/protocol';
import type { Result } from '../../../shared/errors';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const BUNDLE = path.join(ROOT, 'test-results', 'faults-core', 'entry.cjs');

/**
 * The core process the fault tests kill: electron/core/process/entry.ts bundled the way scripts/build.mjs bundles it
 * for the app (better-sqlite3 external, import.meta.url shimmed), forked under the same Node. Bundled once per run,
 * because a hundred starts under tsx would take minutes; what runs is the code the app runs.
 */
export async function bundleCore(): Promise<string> {
  fs.mkdirSync(path.dirname(BUNDLE), { recursive: true });
  await build(nodeBundleOptions(path.join(ROOT, 'electron/core/process/entry.ts'), BUNDLE));
  return BUNDLE;
}

/**
 * esbuild options for a Node entry bundled as scripts/build.mjs bundles the app's core: one CommonJS file,
 * better-sqlite3 left in node_modules (the output must sit inside the checkout to find it), import.meta.url shimmed.
 */
export function nodeBundleOptions(entry: string, outfile: string): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    charset: 'utf8',
    external: ['better-sqlite3'],
    banner: { js: "const __bundleFileUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__bundleFileUrl' },
    logLevel: 'warning',
  };
}

export class KillableCore {
  private nextId = 1;
  private readonly pending = new Map<number, (result: Result<unknown>) => void>();
  readonly exited: Promise<void>;

  private constructor(readonly child: ChildProcess) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    child.on('message', (message: FromCore) => {
      if (message.type !== 'result') return;
      this.pending.get(message.id)?.(message.result);
      this.pending.delete(message.id);
    });
    child.on('exit', () => {
      for (const resolve of this.pending.values()) resolve({ ok: false, error: { code: 'INTERNAL', message: 'killed' } });
      this.pending.clear();
    });
  }

  /** Forks the core; `ready` resolves with its first message (ready, or fatal), or null if it died first. */
  static spawn(bundle: string, dbPath: string): { core: KillableCore; ready: Promise<FromCore | null> } {
    const child = fork(bundle, ['--db', dbPath, '--operator', '故障测试'], {
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      // the 4 MB bundle is compiled once, not at each of a hundred starts
      env: { ...process.env, NODE_COMPILE_CACHE: path.join(path.dirname(bundle), 'compile-cache') },
    });
    const core = new KillableCore(child);
    const ready = new Promise<FromCore | null>((resolve) => {
      child.once('message', (message: FromCore) => resolve(message));
      child.once('exit', () => resolve(null));
    });
    return { core, ready };
  }

  call(method: string, input: unknown): Promise<Result<unknown>> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      try {
        this.child.send({ type: 'call', id, method, input } satisfies ToCore);
      } catch {
        this.pending.delete(id);
        resolve({ ok: false, error: { code: 'INTERNAL', message: 'gone' } });
      }
    });
  }

  /** SIGKILL: no close, no checkpoint, no lock release — a crash or a power cut as far as the file knows. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    this.child.send({ type: 'close' } satisfies ToCore);
    await this.exited;
  }
}
