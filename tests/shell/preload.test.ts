import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'from main' })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: { invoke: electron.invoke, send: vi.fn(), on: vi.fn(), sendSync: vi.fn() },
}));

await import('../../electron/shell/preload');
const { bridgeMethodNames: methodNames } = await import('../../shared/contract/index');

type ExposedBridge = Record<string, Record<string, (input: unknown) => Promise<unknown>>>;

function exposedLedger(): ExposedBridge {
  const ledger = electron.exposed.get('ledger');
  if (typeof ledger !== 'object' || ledger === null) throw new Error('window.ledger not exposed');
  return ledger as ExposedBridge;
}

describe('preload', () => {
  it('exposes only window.ledger', () => {
    expect([...electron.exposed.keys()]).toEqual(['ledger']);
  });

  it('offers one function per contract method, and nothing else', () => {
    const ledger = exposedLedger();
    const offered = Object.entries(ledger).flatMap(([domain, verbs]) =>
      Object.entries(verbs).map(([verb, fn]) => {
        expect(typeof fn).toBe('function');
        return `${domain}.${verb}`;
      }),
    );
    expect(offered.sort()).toEqual([...methodNames].sort());
  });

  it('never hands out ipcRenderer or any of its methods', () => {
    const ledger = exposedLedger();
    const values = Object.values(ledger).flatMap((verbs) => Object.values(verbs));
    for (const value of values) {
      expect(value).not.toBe(electron.invoke);
    }
    expect(Object.keys(ledger)).not.toContain('invoke');
    expect(Object.keys(ledger)).not.toContain('ipcRenderer');
  });

  it("sends every call through 'ledger:call' with the method name and the input", async () => {
    const method = methodNames[0];
    if (method === undefined) throw new Error('no methods');
    const [domain, verb] = method.split('.') as [string, string];
    const input = { page: 1 };
    await expect(exposedLedger()[domain]?.[verb]?.(input)).resolves.toEqual({ ok: true, value: 'from main' });
    expect(electron.invoke).toHaveBeenCalledWith('ledger:call', method, input);
  });
});
