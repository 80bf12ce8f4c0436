import type { ImportKind } from '../../../shared/import/kinds';
import { IMPORT_KIND_DEFS } from '../../../shared/import/kinds';
import { api } from '../../api/client';

/** Asks where to save and returns the chosen path, or null when the clerk cancelled. */
export async function chooseSavePath(title: string, defaultName: string): Promise<string | null> {
  const chosen = await api().shell.chooseSaveFile({ title, defaultName, kind: 'xlsx' });
  return chosen?.path ?? null;
}

export function templateName(kind: ImportKind): string {
  return `${IMPORT_KIND_DEFS[kind].label}导入模板.xlsx`;
}

export function exportName(kind: ImportKind, today: string): string {
  return `${IMPORT_KIND_DEFS[kind].label}（${today}导出）.xlsx`;
}
