import fs from 'node:fs';
import { sql, type SqlBool } from 'kysely';
import ExcelJS from 'exceljs';
import type { ExportableEntity, GridExportResult } from '../../../shared/contract/grid-export';
import type { LedgerRecord } from '../../../shared/contract/records';
import { formatChineseDate, toIsoDate } from '../../../shared/dates';
import type { FieldDef } from '../../../shared/domain/field';
import { fieldErrors, LedgerError } from '../../../shared/errors';
import { clueService } from '../clues/service';
import { companyService } from '../companies/service';
import type { CoreContext } from '../context';
import { inspectionService } from '../inspections/service';
import type { JobHandle } from '../jobs/registry';
import { planService } from '../plans/service';
import { problemService } from '../problems/service';
import { projectService } from '../projects/service';
import type { RecordService } from '../records/service';
import { startLedgerSheet } from '../reports/workbook/sheets';
import { referenceNames } from '../reports/workbook/weekly-workbook';
import { readSettings } from '../settings/store';
import { workLogService } from '../work-logs/service';

const SERVICES: Record<ExportableEntity, RecordService> = {
  companies: companyService,
  projects: projectService,
  clues: clueService,
  inspections: inspectionService,
  problems: problemService,
  plans: planService,
  workLogs: workLogService,
};

/** Records read per step: small enough for SQLite's parameter limit, large enough that each step is worth a yield. */
const CHUNK = 1_000;

export interface GridExportRequest {
  path: string;
  entity: ExportableEntity;
  title: string;
  columns: { key: string; width: number }[];
  ids: number[];
}

/** The grid's columns as catalog fields, with the clerk's widths; a key the catalog does not know is refused. */
function exportedFields(service: RecordService, columns: GridExportRequest['columns']): FieldDef[] {
  const unknown = columns.filter((column) => !service.entity.fields.some((field) => field.key === column.key));
  if (unknown.length > 0) {
    throw fieldErrors(unknown.map((column) => ({ field: 'columns', message: `${service.entity.label}没有“${column.key}”这一列` })));
  }
  return columns.map((column) => ({ ...(service.entity.fields.find((field) => field.key === column.key) as FieldDef), width: column.width }));
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Writes what a grid shows as a styled workbook: one ledger sheet (title, unit and date line, bold bordered header,
 * A4 landscape fitted to the width, header repeated and frozen, money in 元, codes and IDs as text, formula-like text
 * escaped, personal data masked — the weekly workbook's own sheet writer), rows in the grid's order. The records are
 * read by id a chunk at a time and streamed to a temporary file, renamed into place only when complete, so a cancel
 * or a failure leaves no half-written workbook and never touches a file the clerk already has.
 */
export async function exportGrid(ctx: CoreContext, request: GridExportRequest, job?: JobHandle): Promise<GridExportResult> {
  const service = SERVICES[request.entity];
  const fields = exportedFields(service, request.columns);
  const settings = await readSettings(ctx.db);
  const names = await referenceNames(ctx);
  const today = formatChineseDate(toIsoDate(ctx.now()));
  const title = request.title.startsWith(settings.countyName) ? request.title : `${settings.countyName}${request.title}`;
  const unitLine = `填报单位：${settings.issuingAuthority}\u3000\u3000导出日期：${today}\u3000\u3000共${request.ids.length}条\u3000\u3000金额单位：元`;

  const partial = `${request.path}.part`;
  // opened here, synchronously, so a missing folder or a refused file is an error now rather than a stream event later
  let output: fs.WriteStream;
  try {
    output = fs.createWriteStream(partial, { fd: fs.openSync(partial, 'w') });
  } catch (error) {
    throw asLedgerError(error, request.path);
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = settings.issuingAuthority;
  let rows = 0;
  try {
    const sheet = startLedgerSheet(workbook, { name: sheetName(request.title), title, unitLine, entity: service.entity, fields }, names);
    for (let start = 0; start < request.ids.length; start += CHUNK) {
      job?.throwIfCancelled();
      const chunk = request.ids.slice(start, start + CHUNK);
      const found = await service.list(ctx, {}, sql<SqlBool>`id in (${sql.join(chunk)})`);
      const byId = new Map<number, LedgerRecord>(found.map((record) => [record.id, record]));
      for (const id of chunk) {
        const record = byId.get(id);
        if (!record) continue;
        sheet.add(record);
        rows++;
      }
      job?.progress(Math.min(start + CHUNK, request.ids.length), request.ids.length, '正在写入工作簿');
      // let the core answer calls (this job's progress and cancel among them) between chunks
      await nextTurn();
    }
    job?.throwIfCancelled();
    sheet.finish();
    await workbook.commit();
    job?.progress(request.ids.length, request.ids.length, '正在保存文件');
    fs.renameSync(partial, request.path);
    return { path: request.path, rows, missing: request.ids.length - rows };
  } catch (error) {
    // the half-written file is closed before it is removed (Windows refuses to delete an open file)
    if (!output.closed) await new Promise((resolve) => output.destroy().once('close', () => resolve(undefined)));
    fs.rmSync(partial, { force: true });
    throw asLedgerError(error, request.path);
  }
}

/** Excel refuses sheet names over 31 characters or with : \ / ? * [ ]. */
function sheetName(title: string): string {
  return title.replace(/[:\\/?*[\]]/g, '').slice(0, 31) || '台账';
}

/** File-system failures in words a clerk can act on; a file kept open by Excel is the usual one on Windows. */
function asLedgerError(error: unknown, target: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
    return new LedgerError('IO', `无法写入“${target}”：文件可能正在Excel等程序中打开，或没有写入权限。请关闭后重新导出，或另存为其他文件名。`);
  }
  if (code === 'ENOENT' || code === 'ENOSPC') {
    return new LedgerError('IO', code === 'ENOSPC' ? '磁盘空间不足，未能保存导出文件。' : `保存位置不存在：“${target}”，请重新选择。`);
  }
  return error;
}
