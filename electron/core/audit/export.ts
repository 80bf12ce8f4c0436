import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, changeText } from '../../../shared/audit-labels';
import type { AuditFilter } from '../../../shared/contract/audit';
import { fieldErrors } from '../../../shared/errors';
import type { CoreContext } from '../context';
import type { JobHandle } from '../jobs/registry';
import { auditPage, filtered, toAuditEntry } from './query';

const BATCH = 2000;

/**
 * Every value is written as a string cell (exceljs never turns text into a formula).
 * Streams the filtered audit log into an xlsx, newest first, in batches by keyset so memory stays flat however long
 * the log is. Written to a temporary file beside the target and renamed at the end: a cancelled or failed export
 * leaves no half-written workbook.
 */
export async function exportAudit(ctx: CoreContext, job: JobHandle, filter: AuditFilter, target: string): Promise<{ path: string; rows: number }> {
  // the path comes from the shell's save dialog; anything else (relative, a missing folder) is refused before writing
  if (!path.isAbsolute(target) || !fs.existsSync(path.dirname(target))) {
    throw fieldErrors([{ field: 'path', message: `导出位置：文件夹不存在或不是完整路径（${target}）` }]);
  }
  const total = Number((await filtered(ctx.db, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.part`);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temporary, useStyles: true });
  try {
    const sheet = workbook.addWorksheet('审计日志', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = [
      { header: '编号', key: 'id', width: 10 },
      { header: '时间', key: 'at', width: 22 },
      { header: '操作人', key: 'operator', width: 22 },
      { header: '操作', key: 'action', width: 14 },
      { header: '记录类型', key: 'entity', width: 16 },
      { header: '记录编号', key: 'entityId', width: 10 },
      { header: '修改内容（修改前 → 修改后）', key: 'change', width: 80 },
    ];
    sheet.getRow(1).font = { bold: true };
    let before: number | null = null;
    let written = 0;
    for (;;) {
      job.throwIfCancelled();
      const rows = await auditPage(ctx.db, filter, before, BATCH);
      for (const row of rows) {
        const entry = toAuditEntry(row);
        sheet
          .addRow({
            id: entry.id,
            at: new Date(entry.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }),
            operator: entry.operator,
            action: AUDIT_ACTION_LABELS[entry.action] ?? entry.action,
            entity: AUDIT_ENTITY_LABELS[entry.entity] ?? entry.entity,
            entityId: entry.entityId,
            change: changeText(entry.entity, entry.before, entry.after),
          })
          .commit();
      }
      written += rows.length;
      job.progress(written, total, '正在写入审计日志');
      if (rows.length < BATCH) break;
      before = Number(rows[rows.length - 1]?.id);
      await new Promise((resolve) => setImmediate(resolve)); // let status and cancel calls through between batches
    }
    sheet.commit();
    await workbook.commit();
    fs.renameSync(temporary, target);
    return { path: target, rows: written };
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
