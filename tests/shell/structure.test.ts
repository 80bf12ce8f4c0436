import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Rules about the shell's source text that no type or unit test can see. */
const shellDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../electron/shell');

function shellSources(): Array<{ name: string; text: string }> {
  return readdirSync(shellDir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => ({ name, text: readFileSync(path.join(shellDir, name), 'utf8') }));
}

describe('electron/shell sources', () => {
  it('are found (the scan itself works)', () => {
    const names = shellSources().map((source) => source.name);
    expect(names).toEqual(expect.arrayContaining(['window.ts', 'main.ts', 'preload.ts', 'security.ts']));
  });

  it('create every BrowserWindow through the factory in window.ts', () => {
    const creators = shellSources()
      .filter((source) => /new\s+(?:electron\s*\.\s*)?BrowserWindow\s*\(/.test(source.text))
      .map((source) => source.name);
    expect(creators).toEqual(['window.ts']);
  });

  it('create no other kind of web view', () => {
    for (const source of shellSources()) {
      expect(source.text, source.name).not.toMatch(/new\s+(?:electron\s*\.\s*)?(?:BrowserView|WebContentsView|webContents)\b/);
    }
  });

  it('never turn the sandbox, context isolation or web security off', () => {
    for (const source of shellSources()) {
      expect(source.text, source.name).not.toMatch(/(sandbox|contextIsolation|webSecurity)\s*:\s*false/);
      expect(source.text, source.name).not.toMatch(/nodeIntegration\w*\s*:\s*true/);
    }
  });

  it('call shell.openExternal only behind the confirmation in guards.ts', () => {
    const callers = shellSources()
      .filter((source) => source.text.includes('openExternal('))
      .map((source) => source.name);
    expect(callers).toEqual(['guards.ts']);
    const guards = shellSources().find((source) => source.name === 'guards.ts')?.text ?? '';
    expect(guards.indexOf('isExternalLinkAllowed(url)')).toBeGreaterThan(-1);
    expect(guards.indexOf('isExternalLinkAllowed(url)')).toBeLessThan(guards.indexOf('openExternal('));
  });

  it('register exactly one IPC channel', () => {
    const registrations = shellSources().flatMap((source) =>
      [...source.text.matchAll(/ipcMain\s*\.\s*(handle|on|once|handleOnce)\s*\(/g)].map(() => source.name),
    );
    expect(registrations).toEqual(['ipc.ts']);
  });
});
