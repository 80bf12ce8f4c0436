import { z } from 'zod';
import type { MethodDef } from './define';

/**
 * Methods the shell answers itself, without the core: what only the desktop can do (file dialogs, opening a folder in
 * Explorer, printing). They travel on the same bridge as the core's methods, so the renderer has one client; the
 * shell's ipc routes a `shell.*` name to its own handlers and forwards the rest. In the end-to-end tests the test host
 * stands in for these (tests/e2e/support/shell-double.ts).
 *
 * A path returned by a dialog is what the clerk chose; core methods that write a file take it and check its
 * extension. The renderer never invents paths.
 */

function shellMethod<O>() {
  return <I extends z.ZodType>(input: I, summary: string): MethodDef<I, O> => ({ input, writes: false, access: 'read', summary });
}

/** The kinds of file a dialog offers, each with its Windows filter. */
export const FILE_KINDS = {
  xlsx: { label: 'Excel 工作簿', extensions: ['xlsx'] },
  pdf: { label: 'PDF 文件', extensions: ['pdf'] },
  html: { label: '网页文件', extensions: ['html'] },
  backup: { label: '台账备份', extensions: ['db'] },
} as const;
export type FileKind = keyof typeof FILE_KINDS;
const fileKind = z.enum(Object.keys(FILE_KINDS) as [FileKind, ...FileKind[]]);

/** Folders the program keeps, which the clerk can open in Explorer from 设置 and 关于. */
export const APP_FOLDERS = ['data', 'backups', 'logs', 'exports'] as const;
export type AppFolder = (typeof APP_FOLDERS)[number];

export interface AppInfo {
  productName: string;
  version: string;
  electron: string | null;
  chrome: string | null;
  folders: Record<AppFolder, string>;
}

const title = z.string().min(1).max(60);
// a file name only: no folders, nothing Windows refuses
const fileName = z
  .string()
  .min(1)
  .max(120)
  .refine((name) => !/[\\/:*?"<>|]/.test(name) && ![...name].some((ch) => ch.charCodeAt(0) < 32), '文件名含有不允许的字符');

/** One self-contained HTML document from shared/print (a batch of 500 notices is a few MB). */
const printableHtml = z.string().min(1, '没有要打印的内容').max(64 * 1024 * 1024, '一次打印的内容太多，请分批打印');

export const shellContract = {
  'shell.chooseSaveFile': shellMethod<{ path: string } | null>()(
    z.strictObject({ title, defaultName: fileName, kind: fileKind }),
    '选择保存位置（“另存为”对话框）；取消时为 null',
  ),
  'shell.chooseOpenFile': shellMethod<{ path: string } | null>()(z.strictObject({ title, kind: fileKind }), '选择要打开的文件；取消时为 null'),
  'shell.chooseFolder': shellMethod<{ path: string } | null>()(z.strictObject({ title }), '选择文件夹（如U盘）；取消时为 null'),
  'shell.openFolder': shellMethod<{ opened: boolean }>()(z.strictObject({ folder: z.enum(APP_FOLDERS) }), '在资源管理器中打开程序的文件夹'),
  'shell.showFile': shellMethod<{ shown: boolean }>()(
    z.strictObject({ path: z.string().min(1).max(1000) }),
    '在资源管理器中显示刚保存的文件（只限导出、备份和所选文件夹中的文件）',
  ),
  'shell.print': shellMethod<{ printed: boolean }>()(
    z.strictObject({ html: printableHtml }),
    '打印：在系统打印对话框中选择打印机；取消时 printed 为 false',
  ),
  'shell.savePdf': shellMethod<{ path: string; bytes: number }>()(
    z.strictObject({ html: printableHtml, path: z.string().min(1).max(1000) }),
    '另存为PDF：路径必须是刚在“另存为”对话框中选择的',
  ),
  'shell.appInfo': shellMethod<AppInfo>()(z.strictObject({}).optional(), '版本和文件夹位置（关于）'),
};

export type ShellContract = typeof shellContract;
export type ShellMethodName = keyof ShellContract & string;
