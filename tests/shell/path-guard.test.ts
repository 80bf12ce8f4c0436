import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ChosenPaths } from '../../electron/shell/chosen-paths';
import { refusedPath } from '../../electron/shell/path-guard';
import { bridgeContract, bridgeMethodNames } from '../../shared/contract/index';

const root = path.join(os.tmpdir(), 'ledger-path-guard');
const exportsDir = path.join(root, 'exports');
const backupsDir = path.join(root, 'backups');
const fresh = () => new ChosenPaths([exportsDir, backupsDir]);
const gridExport = (file: string) => ({ path: file, entity: 'projects', title: '项目台账', columns: [{ key: 'name', width: 100 }], ids: [1] });

/** The fields of a method's input object, whether the schema is optional or not. */
function inputKeys(schema: z.ZodType): string[] {
  const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
  return inner instanceof z.ZodObject ? Object.keys(inner.shape) : [];
}

describe('paths named by a call', () => {
  it('are declared for every core method whose input names a file or folder, and name real input fields', () => {
    for (const method of bridgeMethodNames) {
      if (method.startsWith('shell.')) continue;
      const def = bridgeContract[method];
      const keys = inputKeys(def.input);
      for (const field of Object.keys(def.paths ?? {})) expect(keys, `${method}.${field}`).toContain(field);
      // a new method taking a path or folder must say how it uses it, or the shell would let any path through
      for (const field of keys.filter((key) => key === 'path' || key === 'folder')) expect(def.paths?.[field], `${method}.${field}`).toBeDefined();
    }
  });

  it('lets a write go only to exactly what a dialog answered', () => {
    const chosen = fresh();
    const target = path.join(root, 'desktop', '项目台账.xlsx');
    expect(refusedPath('grids.export', gridExport(target), chosen)).toMatchObject({ code: 'FORBIDDEN', fields: [{ field: 'path' }] });
    // not even a file inside the program's own folders: the ledger and its backups live there
    expect(refusedPath('grids.export', gridExport(path.join(exportsDir, 'x.xlsx')), chosen)?.code).toBe('FORBIDDEN');
    chosen.remember(target);
    expect(refusedPath('grids.export', gridExport(target), chosen)).toBeNull();
    expect(refusedPath('grids.export', gridExport(`${target}.xlsx`), chosen)?.code).toBe('FORBIDDEN');
  });

  it('lets a read come from a chosen file or the program folders, and a backup go to a chosen folder', () => {
    const chosen = fresh();
    expect(refusedPath('backups.restore', { path: path.join(backupsDir, '2026-11-28.db') }, chosen)).toBeNull();
    expect(refusedPath('backups.restore', { path: '/etc/passwd.db' }, chosen)?.code).toBe('FORBIDDEN');
    const usb = path.join(root, 'U盘');
    expect(refusedPath('backups.createTo', { folder: usb }, chosen)?.code).toBe('FORBIDDEN');
    chosen.remember(usb);
    expect(refusedPath('backups.createTo', { folder: usb }, chosen)).toBeNull();
    const sheet = path.join(root, '旧台账.xlsx');
    expect(refusedPath('imports.preview', { kind: 'companies', path: sheet }, chosen)?.code).toBe('FORBIDDEN');
    chosen.remember(sheet);
    expect(refusedPath('imports.preview', { kind: 'companies', path: sheet }, chosen)).toBeNull();
  });

  it('leaves methods without paths, and inputs the core will refuse anyway, to the core', () => {
    const chosen = fresh();
    expect(refusedPath('companies.list', {}, chosen)).toBeNull();
    expect(refusedPath('grids.export', null, chosen)).toBeNull();
    expect(refusedPath('grids.export', { path: 42 }, chosen)).toBeNull();
  });
});
