import { app, Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * The Chinese application menu. Ctrl+N, Ctrl+S and Ctrl+F are deliberately absent: the renderer binds them
 * (new record, save, search), and a menu accelerator would swallow the key before the page sees it.
 */

export interface MenuOptions {
  /** developer tools appear only in development builds */
  isPackaged: boolean;
  showAbout: () => void;
}

/** The template as a pure function so a test can inspect it without Electron. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom', label: '实际大小' },
    { role: 'zoomIn', label: '放大' },
    { role: 'zoomOut', label: '缩小' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: '切换全屏' },
  ];
  if (!options.isPackaged) {
    view.push({ type: 'separator' }, { role: 'toggleDevTools', label: '开发者工具' });
  }
  return [
    { label: '文件(&F)', submenu: [{ role: 'quit', label: '退出' }] },
    {
      label: '编辑(&E)',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    { label: '视图(&V)', submenu: view },
    { label: '帮助(&H)', submenu: [{ label: '关于', click: () => options.showAbout() }] },
  ];
}

/** 帮助 → 关于 opens the page's own 关于 dialog, where each folder has its 打开 button (the same one 设置 shows). */
export function installMenu(showAbout: () => void): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ isPackaged: app.isPackaged, showAbout })));
}
