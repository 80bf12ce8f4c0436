import utils from 'exceljs/lib/utils/utils';
import { BrokenXml, readAttributes, XmlScanner } from './xml-scan';

export interface SheetRow {
  /** the row number Excel shows */
  number: number;
  /** cells by column number (1 = A): text, number, boolean, Date, or exceljs's shapes for formulas, rich text and errors */
  cells: Map<number, unknown>;
}

/** What a sheet's cells refer to in the other parts of the workbook. */
export interface SheetContext {
  /** the shared strings table (text, or exceljs's { richText } for formatted text); absent when the file has none */
  sharedStrings: readonly unknown[] | undefined;
  /** the number format of a cell style (its index in cellXfs), as exceljs resolves it */
  numFmtOf(style: number): string | undefined;
  date1904: boolean;
}

const ROW_ATTRIBUTES = ['r'];
const CELL_ATTRIBUTES = ['r', 't', 's'];

/** "AB12" → 28; the column part of a cell reference. */
function columnOf(ref: string): number {
  let column = 0;
  let at = 0;
  for (; at < ref.length && at < 4; at++) {
    const code = ref.charCodeAt(at);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  if (at === 0) throw new BrokenXml(`bad cell reference ${ref}`);
  return column;
}

/**
 * The rows of a worksheet part, read from its XML (xml-scan.ts) without exceljs's Row and Cell objects: a cell
 * becomes the value exceljs's streaming reader would give it — shared strings by index, numbers,
 * dates by the cell's number format, booleans, inline text, formulas as { formula, result }, errors as { error } —
 * which is all the import reads. Blank rows and empty cells are left out.
 */
export async function* sheetRows(xml: AsyncIterable<string>, context: SheetContext): AsyncGenerator<SheetRow[]> {
  const isDate = new Map<number, boolean>();
  const dateStyle = (style: number) => {
    let date = isDate.get(style);
    if (date === undefined) isDate.set(style, (date = utils.isDateFmt(context.numFmtOf(style))));
    return date;
  };
  let inSheetData = false;
  let row: SheetRow | null = null;
  let lastRow = 0;
  let lastColumn = 0;
  // the cell being read
  let column = 0;
  let type = '';
  let style = 0;
  let formula: string | null = null;
  let value: string | null = null;
  /** where text goes: the formula, the value, or (inline text) the value, run by run */
  let into: 'f' | 'v' | null = null;
  let inPhonetic = false;
  const found: (string | undefined)[] = [undefined, undefined, undefined];

  const cellValue = (): unknown => {
    if (formula !== null) {
      if (value === null) return { formula };
      const result = type === 'str' ? value : type === 'b' ? Number(value) !== 0 : type === 'e' ? { error: value } : Number.parseFloat(value);
      return { formula, result };
    }
    if (value === null) return undefined;
    switch (type) {
      case 's': {
        const index = Number.parseInt(value, 10);
        return context.sharedStrings ? context.sharedStrings[index] : { sharedString: index };
      }
      case 'inlineStr':
      case 'str':
        return value;
      case 'e':
        return { error: value };
      case 'b':
        return Number.parseInt(value, 10) !== 0;
      default: {
        const number = Number.parseFloat(value);
        return style !== 0 && dateStyle(style) ? utils.excelToDate(number, context.date1904) : number;
      }
    }
  };

  const open = (name: string, attributes: string) => {
    switch (name) {
      case 'sheetData':
        inSheetData = true;
        break;
      case 'row': {
        if (!inSheetData) break;
        readAttributes(attributes, ROW_ATTRIBUTES, found);
        const r = found[0];
        lastRow = r === undefined ? lastRow + 1 : Number(r);
        if (!Number.isSafeInteger(lastRow) || lastRow < 1) throw new BrokenXml(`bad row number ${String(r)}`);
        row = { number: lastRow, cells: new Map() };
        lastColumn = 0;
        break;
      }
      case 'c': {
        if (!row) break;
        readAttributes(attributes, CELL_ATTRIBUTES, found);
        const [r, t, s] = found;
        column = r === undefined ? lastColumn + 1 : columnOf(r);
        lastColumn = column;
        type = t ?? 'n';
        style = s === undefined ? 0 : Number(s) || 0;
        formula = null;
        value = null;
        break;
      }
      case 'f':
        if (row) [formula, into] = ['', 'f'];
        break;
      case 'v':
        if (row) [value, into] = ['', 'v'];
        break;
      case 'is':
        if (row) value = '';
        break;
      case 'rPh':
        inPhonetic = true;
        break;
      case 't':
        // inline text: every run's text, without the phonetic guide Excel keeps for Japanese names
        if (row && value !== null && !inPhonetic) into = 'v';
        break;
      default:
        break;
    }
  };
  let rows: SheetRow[] = [];
  const close = (name: string) => {
    switch (name) {
      case 'sheetData':
        inSheetData = false;
        break;
      case 'f':
      case 'v':
      case 't':
        into = null;
        break;
      case 'rPh':
        inPhonetic = false;
        break;
      case 'c':
        if (row) {
          const cell = cellValue();
          if (cell !== undefined && cell !== null && cell !== '') row.cells.set(column, cell);
        }
        into = null;
        break;
      case 'row':
        if (row && row.cells.size > 0) rows.push(row);
        row = null;
        break;
      default:
        break;
    }
  };
  const text = (content: string) => {
    if (into === 'f') formula = `${formula ?? ''}${content}`;
    else if (into === 'v') value = `${value ?? ''}${content}`;
  };

  const scanner = new XmlScanner(open, close, text);
  for await (const chunk of xml) {
    scanner.write(chunk);
    if (rows.length > 0) yield rows;
    rows = [];
  }
  scanner.end();
  if (rows.length > 0) yield rows;
}
