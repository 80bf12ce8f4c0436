import fs from 'node:fs';
import path from 'node:path';
import { weeklyWorkbookName } from '../../../shared/reports/file-names';
import { toIsoDate } from '../../../shared/dates';
import type { CoreContext } from '../context';
import type { JobHandle } from '../jobs/registry';
import { readSettings } from '../settings/store';
import { isoWeekOf, weekLabel } from './weeks';
import { exportWeeklyWorkbook } from './workbook/weekly-workbook';

/** A name in the folder that does not overwrite an earlier export: 周报.xlsx, 周报（2）.xlsx, … */
export function freeFileName(folder: string, fileName: string): string {
  const ext = path.extname(fileName);
  const stem = fileName.slice(0, fileName.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? fileName : `${stem}（${n}）${ext}`;
    if (!fs.existsSync(path.join(folder, candidate))) return candidate;
  }
}

/**
 * Writes the weekly workbook into the exports folder under the name the city and province expect. The renderer
 * names no path: it cannot make the core write anywhere else.
 */
export async function exportWeeklyToFolder(
  ctx: CoreContext,
  week: string | undefined,
  job?: JobHandle,
): Promise<{ path: string; fileName: string; sheets: string[]; ledgerRows: number }> {
  const chosen = week ?? isoWeekOf(toIsoDate(ctx.now()));
  const { countyName } = await readSettings(ctx.db);
  fs.mkdirSync(ctx.exportsDir, { recursive: true });
  const fileName = freeFileName(ctx.exportsDir, weeklyWorkbookName(countyName, weekLabel(chosen)));
  job?.progress(0, null, '正在统计');
  const result = await exportWeeklyWorkbook(ctx, {
    path: path.join(ctx.exportsDir, fileName),
    week: chosen,
    onProgress: (done, total) => job?.progress(done, total, '正在写入台账'),
    ...(job ? { signal: job.signal } : {}),
  });
  return { path: result.path, fileName, sheets: result.sheets, ledgerRows: result.ledgerRows };
}
