import type ExcelJS from 'exceljs';
import type { CellValue } from './cells';

/**
 * The parts of exceljs's streaming worksheet (4.4.0, pinned) this writer relies on beyond its typed API: the flag and
 * the two calls that open <sheetData> the way its own row writer does, and the stream the sheet's XML goes into.
 */
interface WorksheetWriterInternals {
  startedData: boolean;
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  /** exceljs's StreamBuf: `pipes` is the compressor once the zip has reached this sheet, `buffers` what waits till then */
  stream: { write(data: string): unknown; pipes?: Compressor[]; buffers?: unknown[] };
}

/** archiver's entry stream: a readable-stream 2 PassThrough, which predates Node's `writableLength` getter */
interface Compressor {
  writableLength?: number;
  _writableState?: { length?: number };
}

/** How much sheet XML may wait for the compressor before the writer pauses (exceljs queues it without limit). */
const MAX_QUEUED_BYTES = 8 * 1024 * 1024;
/** The size of exceljs's StreamBuf buffers for a worksheet (WorkbookWriter._openStream). */
const STREAM_BUFFER_BYTES = 65536;
/** Rows rendered into one string before it is handed to the stream: fewer, larger writes. */
const ROWS_PER_WRITE = 200;

/** A1-style column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const XML_SPECIAL = /[&<>]/;
export function escapeXmlText(text: string): string {
  if (!XML_SPECIAL.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The body rows of a large ledger sheet, rendered straight to SpreadsheetML and written into the worksheet's stream.
 * exceljs builds a Row, a Cell per value, a model and an XML tree for every row and looks each cell's style up again;
 * for 100,000 rows that is most of the time a workbook takes. Here each column's style is registered once and a row
 * is one string. The sheet's heading and header rows go through exceljs as usual, before the first body row; nothing
 * may be added through exceljs afterwards except `sheet.commit()`.
 */
export class SheetRowWriter {
  private readonly sheet: WorksheetWriterInternals;
  private readonly letters: string[];
  private readonly styleIds: number[];
  private pending: string[] = [];

  constructor(
    sheet: ExcelJS.Worksheet,
    workbook: ExcelJS.stream.xlsx.WorkbookWriter,
    styles: readonly Partial<ExcelJS.Style>[],
    private rowNumber: number,
  ) {
    this.sheet = sheet as unknown as WorksheetWriterInternals;
    this.letters = styles.map((_, index) => columnLetters(index));
    const registry = (workbook as unknown as { styles: { addStyleModel(style: Partial<ExcelJS.Style>): number } }).styles;
    this.styleIds = styles.map((style) => registry.addStyleModel(style));
    if (!this.sheet.startedData) {
      this.sheet._writeColumns();
      this.sheet._writeOpenSheetData();
      this.sheet.startedData = true;
    }
  }

  add(values: readonly CellValue[]): void {
    const r = this.rowNumber++;
    let xml = `<row r="${r}">`;
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      const head = `<c r="${this.letters[i] ?? columnLetters(i)}${r}" s="${this.styleIds[i] ?? 0}"`;
      if (value === null || value === undefined) xml += `${head}/>`;
      else if (typeof value === 'number') xml += `${head}><v>${value}</v></c>`;
      // t="str" with <v>, as exceljs writes text without shared strings: a third shorter than <is><t>, and read alike
      else xml += `${head} t="str"><v>${escapeXmlText(value)}</v></c>`;
    }
    this.pending.push(`${xml}</row>`);
    if (this.pending.length >= ROWS_PER_WRITE) this.flush();
  }

  /** Hands the rendered rows to the stream. */
  flush(): void {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.sheet.stream.write(text);
  }

  /**
   * Waits while the compressor is behind: exceljs passes every write on to the zip at once, so without this a fast
   * producer holds the whole uncompressed sheet in memory. Resolves on the next turn of the event loop at least.
   */
  async drain(): Promise<void> {
    this.flush();
    for (;;) {
      await new Promise((resolve) => setImmediate(resolve));
      const backlog = this.backlog();
      if (backlog === null || backlog < MAX_QUEUED_BYTES) return;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Bytes written to the sheet but not yet taken by the compressor, when the stream says; null when it cannot. */
  private backlog(): number | null {
    const { pipes, buffers } = this.sheet.stream;
    if (!pipes || !buffers) return null;
    const compressor = pipes[0];
    // the zip compresses one entry at a time: until it reaches this sheet, everything written waits in exceljs's buffers
    if (!compressor) return buffers.length * STREAM_BUFFER_BYTES;
    return compressor.writableLength ?? compressor._writableState?.length ?? null;
  }
}
