import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { LedgerError } from '../../../shared/errors';

export interface SheetRow {
  /** the row number Excel shows */
  number: number;
  /** cells by column number (1 = A); exceljs's own cell values (text, number, Date, formula, rich text…) */
  cells: Map<number, unknown>;
}

const CANCELLED = () => new LedgerError('CANCELLED', '已取消导入，未写入任何内容。');

/**
 * The first worksheet's non-blank rows, streamed with exceljs's WorkbookReader: the sheet is never in memory whole.
 * The file must have passed checkXlsxFile. Other worksheets (e.g. 填写说明) are read past and ignored.
 */
export async function* readFirstSheet(path: string, signal?: AbortSignal): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', entries: 'ignore' });
  let first = true;
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        if (signal?.aborted) throw CANCELLED();
        if (!first) continue;
        const cells = new Map<number, unknown>();
        const values = row.values as unknown[];
        for (let column = 1; column < values.length; column++) {
          const value = values[column];
          if (value !== undefined && value !== null && value !== '') cells.set(column, value);
        }
        if (cells.size > 0) yield { number: row.number, cells };
      }
      first = false;
    }
  } catch (error) {
    if (error instanceof LedgerError) throw error;
    throw new LedgerError('VALIDATION', '工作簿内容已损坏，无法读取。请在 Excel 中打开并另存为新的 .xlsx 文件后再导入。');
  } finally {
    // a caller that stops early (a wrong header) must not leave the file open
    (reader as unknown as { stream?: Readable }).stream?.destroy();
  }
}
