import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FromCore, ToCore } from '../../electron/core/process/protocol';
import type { LedgerInfo } from '../../shared/contract/system';

const electron = vi.hoisted(() => ({ fork: vi.fn() }));
vi.mock('electron', () => ({ utilityProcess: { fork: electron.fork } }));

import { CORE_STOPPED, CoreHost, startCore, type CoreChild } from '../../electron/shell/core-host';

/** Stands in for Electron's UtilityProcess: records what the host sends, lets the test answer. */
class FakeChild extends EventEmitter implements CoreChild {
  readonly sent: ToCore[] = [];
  killed = false;
  failSends = false;
  postMessage(message: ToCore): void {
    if (this.failSends) throw new Error('process gone');
    this.sent.push(message);
  }
  kill(): boolean {
    this.killed = true;
    return true;
  }
  reply(message: FromCore | unknown): void {
    this.emit('message', message);
  }
  exit(code: number): void {
    this.emit('exit', code);
  }
}

const info: LedgerInfo = {
  appVersion: '0.1.0',
  dbPath: '/tmp/ledger.db',
  schemaVersion: 1,
  operator: '张三',
  counts: { companies: 0, projects: 0, clues: 0, deleted: 0 },
};

async function readyHost(child = new FakeChild()): Promise<{ child: FakeChild; host: CoreHost }> {
  const started = CoreHost.attach(child);
  child.reply({ type: 'ready', info });
  const result = await started;
  if (!result.ok) throw new Error('expected ready');
  return { child, host: result.host };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('startCore', () => {
  it('forks dist/core/entry.cjs with --db, --operator, --exports and --require-login as the 台账服务 utility process', async () => {
    const child = new FakeChild();
    electron.fork.mockReturnValueOnce(child);
    const started = startCore({ entryPath: '/app/dist/core/entry.cjs', dbPath: '/data/县台账.db', operator: '李四', exportsDir: '/docs/导出' });
    expect(electron.fork).toHaveBeenCalledWith(
      '/app/dist/core/entry.cjs',
      ['--db', '/data/县台账.db', '--operator', '李四', '--exports', '/docs/导出', '--require-login'],
      expect.objectContaining({ serviceName: '台账服务' }),
    );
    const options = electron.fork.mock.calls[0]?.[2] as Record<string, unknown>;
    expect(options).not.toHaveProperty('cwd');
    child.reply({ type: 'ready', info });
    await expect(started).resolves.toMatchObject({ ok: true, info });
  });

  it("pipes the core's output and hands each line, stderr marked, to the log", async () => {
    const child = Object.assign(new FakeChild(), { stdout: new PassThrough(), stderr: new PassThrough() });
    electron.fork.mockReturnValueOnce(child);
    const lines: string[] = [];
    void startCore({ entryPath: '/e.cjs', dbPath: '/d.db', operator: '李四', exportsDir: '/x', onOutput: (line, stream) => lines.push(`${stream}: ${line}`) });
    expect(electron.fork.mock.calls.at(-1)?.[2]).toMatchObject({ stdio: 'pipe' });
    child.stderr.write('Error: 出错了\n    at core.js:1\n');
    child.stdout.write('已打开台账\n\n');
    child.stdout.end();
    child.stderr.end();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(lines).toEqual(['stderr: Error: 出错了', 'stderr:     at core.js:1', 'stdout: 已打开台账']);
  });
});

describe('CoreHost start-up', () => {
  it('reports the fatal error the core sends instead of ready, and kills it if it lingers', async () => {
    vi.useFakeTimers();
    const child = new FakeChild();
    const started = CoreHost.attach(child);
    const error = { code: 'LEDGER_LOCKED' as const, message: '台账文件正被另一个程序使用' };
    child.reply({ type: 'fatal', error });
    await expect(started).resolves.toEqual({ ok: false, error });
    expect(child.killed).toBe(false);
    vi.advanceTimersByTime(5_000);
    expect(child.killed).toBe(true);
  });

  it('does not kill a core that exits by itself after fatal', async () => {
    vi.useFakeTimers();
    const child = new FakeChild();
    const started = CoreHost.attach(child);
    child.reply({ type: 'fatal', error: { code: 'LEDGER_REFUSED', message: '不是台账文件' } });
    await started;
    child.exit(1);
    vi.advanceTimersByTime(5_000);
    expect(child.killed).toBe(false);
  });

  it('fails start-up when the core exits before ready', async () => {
    const child = new FakeChild();
    const started = CoreHost.attach(child);
    child.exit(3);
    const result = await started;
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INTERNAL');
      expect(result.error.message).toContain('3');
    }
  });

  it('ignores messages that are not protocol messages', async () => {
    const child = new FakeChild();
    const started = CoreHost.attach(child);
    child.reply(null);
    child.reply('ready');
    child.reply({ type: 'hello' });
    child.reply({ type: 'ready', info });
    await expect(started).resolves.toMatchObject({ ok: true });
  });
});

describe('CoreHost calls', () => {
  it('forwards calls with distinct ids and resolves each with its own result', async () => {
    const { child, host } = await readyHost();
    const a = host.call('companies.list', { page: 1 });
    const b = host.call('system.info', undefined);
    const [callA, callB] = child.sent;
    expect(callA).toMatchObject({ type: 'call', method: 'companies.list', input: { page: 1 } });
    expect(callB).toMatchObject({ type: 'call', method: 'system.info' });
    if (callA?.type !== 'call' || callB?.type !== 'call') throw new Error('expected calls');
    expect(callA.id).not.toBe(callB.id);

    child.reply({ type: 'result', id: callB.id, result: { ok: true, value: 'info' } });
    child.reply({ type: 'result', id: callA.id, result: { ok: false, error: { code: 'VALIDATION', message: '请检查' } } });
    await expect(a).resolves.toEqual({ ok: false, error: { code: 'VALIDATION', message: '请检查' } });
    await expect(b).resolves.toEqual({ ok: true, value: 'info' });
  });

  it('answers pending calls with 台账服务已停止 when the core exits, and tells the app', async () => {
    const { child, host } = await readyHost();
    const onExit = vi.fn();
    host.onUnexpectedExit(onExit);
    const pending = host.call('companies.list', {});
    child.exit(9);
    await expect(pending).resolves.toEqual({ ok: false, error: CORE_STOPPED });
    expect(CORE_STOPPED).toEqual({ code: 'INTERNAL', message: '台账服务已停止，请重新启动程序' });
    expect(onExit).toHaveBeenCalledWith(9);
    expect(host.running).toBe(false);
    await expect(host.call('system.info', undefined)).resolves.toEqual({ ok: false, error: CORE_STOPPED });
  });

  it('answers with 台账服务已停止 when sending fails', async () => {
    const { child, host } = await readyHost();
    child.failSends = true;
    await expect(host.call('system.info', undefined)).resolves.toEqual({ ok: false, error: CORE_STOPPED });
  });
});

describe('CoreHost.close', () => {
  it('sends close and waits for the exit; a closing exit is not reported as a crash', async () => {
    const { child, host } = await readyHost();
    const onExit = vi.fn();
    host.onUnexpectedExit(onExit);
    const closed = host.close();
    expect(child.sent).toContainEqual({ type: 'close' });
    child.exit(0);
    await closed;
    expect(child.killed).toBe(false);
    expect(onExit).not.toHaveBeenCalled();
  });

  it('kills a core that does not exit in time', async () => {
    vi.useFakeTimers();
    const { child, host } = await readyHost();
    const closed = host.close(1_000);
    await vi.advanceTimersByTimeAsync(1_000);
    await closed;
    expect(child.killed).toBe(true);
  });

  it('refuses new calls once closing', async () => {
    const { child, host } = await readyHost();
    void host.close();
    await expect(host.call('system.info', undefined)).resolves.toEqual({ ok: false, error: CORE_STOPPED });
    expect(child.sent.filter((m) => m.type === 'call')).toHaveLength(0);
    child.exit(0);
  });
});
