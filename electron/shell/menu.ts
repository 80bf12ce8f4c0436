import { app, BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * The Chinese application menu. Ctrl+N, Ctrl+S and Ctrl+F are deliberately absent: the renderer binds them
 * (new record, save, search), and a menu accelerator would swallow the key before the page sees it.
 */

export interface AboutFacts {
  version: string;
  dbPath: string;
  schemaVersion?: number;
}

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

/** Text of the About dialog: the version and the ledger file, which is what a help-desk call needs first. */
export function aboutDetail(facts: AboutFacts): string {
  const lines = [`版本：${facts.version}`, `台账文件：${facts.dbPath}`];
  if (facts.schemaVersion !== undefined) lines.push(`数据结构版本：${facts.schemaVersion}`);
  return lines.join('\n');
}

export function installMenu(facts: AboutFacts): void {
  const showAbout = (): void => {
    const options = {
      type: 'info' as const,
      title: '关于',
      message: '根治欠薪工作台账',
      detail: aboutDetail(facts),
      buttons: ['确定'],
      noLink: true,
    };
    const parent = BrowserWindow.getFocusedWindow();
    void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ isPackaged: app.isPackaged, showAbout })));
}
