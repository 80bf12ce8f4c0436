import { execFileSync } from 'node:child_process';
import os from 'node:os';

export interface MachineInfo {
  os: string;
  arch: string;
  cpus: { model: string; count: number };
  memoryGB: number;
  node: string;
  chromium: string | null;
}

/** What the figures were measured on: budgets are stated for the team's 2-core machines. */
export function machineInfo(chromiumPath: string | null): MachineInfo {
  const cpus = os.cpus();
  let chromium: string | null = null;
  if (chromiumPath) {
    try {
      chromium = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      chromium = null;
    }
  }
  return {
    os: `${os.type()} ${os.release()} (${os.platform()})`,
    arch: os.arch(),
    cpus: { model: cpus[0]?.model.trim() ?? 'unknown', count: cpus.length },
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    chromium,
  };
}
