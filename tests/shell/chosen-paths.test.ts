import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChosenPaths } from '../../electron/shell/chosen-paths';

describe('ChosenPaths', () => {
  const root = path.resolve('/data/ledger');
  const exports = path.resolve('/docs/导出');

  it('allows files inside the program folders and nothing beside them', () => {
    const chosen = new ChosenPaths([root, exports]);
    expect(chosen.allows(path.join(exports, '周报.xlsx'))).toBe(true);
    expect(chosen.allows(path.join(root, 'backups', 'a.db'))).toBe(true);
    expect(chosen.allows(path.resolve('/docs/导出-other/x.xlsx'))).toBe(false);
    expect(chosen.allows(path.join(exports, '..', 'secret.txt'))).toBe(false);
    expect(chosen.allows('relative/file.xlsx')).toBe(false);
  });

  it('allows what the clerk picked in a dialog, and only that', () => {
    const chosen = new ChosenPaths([root]);
    const usb = path.resolve('/media/usb');
    const file = path.resolve('/home/clerk/out.pdf');
    expect(chosen.allows(path.join(usb, 'backup.db'))).toBe(false);
    chosen.remember(usb);
    chosen.remember(file);
    expect(chosen.allows(path.join(usb, 'backup.db'))).toBe(true);
    expect(chosen.allows(file)).toBe(true);
    expect(chosen.allows(path.resolve('/home/clerk/other.pdf'))).toBe(false);
  });
});
