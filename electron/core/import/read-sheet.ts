import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { LedgerError } from '../../../shared/errors';
import { sheetRows, type SheetRow } from './sheet-xml';

export type { SheetRow };

const CANCELLED = () => new LedgerError('CANCELLED', '已取消导入，未写入任何内容。');
const BROKEN = () => new LedgerError('VALIDATION', '工作簿内容已损坏，无法读取。请在 Excel 中打开并另存为新的 .xlsx 文件后再导入。');

/**
 * The steps of exceljs's streaming WorkbookReader (4.4, pinned) that the import drives itself, one part at a time,
 * for the workbook's small parts (relationships, sheet list, styles, shared strings). Its own loop reads the parts
 * from the zip and turns each chunk of bytes into text on its own (TextDecoder.decode without {stream: true}), which
 * breaks a Chinese character straddling two chunks into U+FFFD. Each step also takes a stream of text, which it
 * passes through as it is: fed the parts decoded here, the reader builds the same values with every character whole.
 * The sheet itself is read by sheet-xml.ts: exceljs's worksheet step builds a Row and a Cell object per cell, which
 * cost more than the rest of the import's reading and checking.
 */
interface ReaderSteps {
  model?: { sheets?: { rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  _parseRels(part: Readable): Promise<void>;
  _parseWorkbook(part: Readable): Promise<void>;
  _parseStyles(part: Readable): Promise<void>;
  _parseSharedStrings(part: Readable): AsyncGenerator<unknown>;
  properties?: { model?: { date1904?: boolean } };
  sharedStrings?: unknown[];
  styles: { getStyleModel(id: number): { numFmt?: string } | null };
}

const CHUNK_BYTES = 64 * 1024;

/** A part's UTF-8 as text, in chunks: one decoder for the whole part carries a character split by a chunk over. */
function text(part: Buffer): Readable {
  function* chunks(): Generator<string> {
    const decoder = new TextDecoder('utf-8');
    for (let at = 0; at < part.length; at += CHUNK_BYTES) yield decoder.decode(part.subarray(at, at + CHUNK_BYTES), { stream: true });
    const rest = decoder.decode();
    if (rest !== '') yield rest;
  }
  return Readable.from(chunks());
}

/** The part of the workbook's first sheet (its first tab), from the workbook and its relationships. */
function firstSheetPart(reader: ReaderSteps): string | null {
  const rId = reader.model?.sheets?.[0]?.rId;
  const target = reader.workbookRels?.find((rel) => rel.Id === rId)?.Target;
  if (!target) return null;
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/**
 * The first worksheet's non-blank rows, read from the checked parts (see checkedXlsxParts) as the sheet's XML is
 * parsed, a few hundred rows at a time. Other worksheets (e.g. 填写说明) are not read.
 */
export async function* readFirstSheet(parts: ReadonlyMap<string, Buffer>, signal?: AbortSignal): AsyncGenerator<SheetRow> {
  const part = (name: string) => {
    const data = parts.get(name);
    if (!data) throw BROKEN();
    return text(data);
  };
  try {
    // the reader's own input is never read: each part is handed to its step below
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', entries: 'ignore' }) as unknown as ReaderSteps;
    await reader._parseRels(part('xl/_rels/workbook.xml.rels'));
    await reader._parseWorkbook(part('xl/workbook.xml'));
    if (parts.has('xl/styles.xml')) await reader._parseStyles(part('xl/styles.xml'));
    // the shared strings step yields nothing when they are cached; it must run to its end to fill the cache
    if (parts.has('xl/sharedStrings.xml')) for await (const _ of reader._parseSharedStrings(part('xl/sharedStrings.xml')));
    const sheet = firstSheetPart(reader);
    if (sheet === null) return;
    const context = { sharedStrings: reader.sharedStrings, numFmtOf: (style: number) => reader.styles.getStyleModel(style)?.numFmt, date1904: reader.properties?.model?.date1904 === true };
    for await (const rows of sheetRows(part(sheet), context)) {
      if (signal?.aborted) throw CANCELLED();
      yield* rows;
    }
  } catch (error) {
    if (error instanceof LedgerError) throw error;
    throw BROKEN();
  }
}
