import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => ({ app: {}, Menu: {} }));

import { buildMenuTemplate } from '../../electron/shell/menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const showAbout = vi.fn();

describe('buildMenuTemplate', () => {
  it('has the four Chinese menus in order', () => {
    const labels = buildMenuTemplate({ isPackaged: true, showAbout }).map((item) => item.label ?? '');
    expect(labels.map((label) => label.replace(/\(&.\)$/, ''))).toEqual(['文件', '编辑', '视图', '帮助']);
  });

  it('gives every item a Chinese label', () => {
    for (const item of flatten(buildMenuTemplate({ isPackaged: false, showAbout }))) {
      if (item.type === 'separator') continue;
      expect(item.label, JSON.stringify(item)).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('uses roles for quit, edit and view commands', () => {
    const roles = flatten(buildMenuTemplate({ isPackaged: true, showAbout })).map((item) => item.role).filter(Boolean);
    expect(roles).toEqual(['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('shows 开发者工具 only in development builds', () => {
    const packaged = flatten(buildMenuTemplate({ isPackaged: true, showAbout }));
    const development = flatten(buildMenuTemplate({ isPackaged: false, showAbout }));
    expect(packaged.some((item) => item.role === 'toggleDevTools' || item.label === '开发者工具')).toBe(false);
    expect(development.some((item) => item.role === 'toggleDevTools' && item.label === '开发者工具')).toBe(true);
  });

  it('leaves Ctrl+N, Ctrl+S and Ctrl+F to the page', () => {
    for (const item of flatten(buildMenuTemplate({ isPackaged: false, showAbout }))) {
      const accelerator = item.accelerator ?? '';
      expect(accelerator).not.toMatch(/\+(N|S|F)$/i);
    }
  });

  it('opens the About dialog from 帮助 → 关于', () => {
    const help = buildMenuTemplate({ isPackaged: true, showAbout }).at(-1);
    const about = Array.isArray(help?.submenu) ? help.submenu.find((item) => item.label === '关于') : undefined;
    expect(about).toBeDefined();
    about?.click?.({} as never, undefined, {} as never);
    expect(showAbout).toHaveBeenCalledTimes(1);
  });
});
