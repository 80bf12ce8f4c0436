import { clueWorkerEntity } from '../../../../shared/domain/clue';

/** The roster's columns in the order importRows reads them; money columns are 元. */
export const ROSTER_COLUMNS = ['姓名', '身份证号', '联系电话', '欠薪金额（元）', '已支付金额（元）', '支付日期', '备注'] as const;
export const ROSTER_FIELD_KEYS = clueWorkerEntity.fields.map((f) => f.key);

export interface PastedRow {
  /** 第N行 as the core's messages count it: the position among the rows sent, header included, from 1 */
  number: number;
  /** the row as pasted: what is sent, so the core reads it exactly as the clerk copied it */
  raw: string[];
  /** the row in the roster's columns, for the preview */
  cells: string[];
  /** the first row, when it names the columns (姓名…): skipped by the core */
  isHeader: boolean;
  /** the row had cells past the roster's last column, which are not imported */
  extraCells: boolean;
}

/**
 * Tab-separated text as Excel puts it on the clipboard: one line per row, cells split by tabs; a cell holding a
 * tab, a line break or a quote comes in double quotes, with quotes doubled. Rows with no text at all are dropped.
 */
export function splitTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.map((r) => r.map((c) => c.trim())).filter((r) => r.some((c) => c !== ''));
}

/** The header the clerk copied along, recognised as the core recognises it: 姓名 or 序号 first, or a 身份证… title. */
function looksLikeHeader(cells: readonly string[]): boolean {
  const first = (cells[0] ?? '').trim();
  return first === '姓名' || first === '序号' || cells.some((cell) => cell.trim().startsWith('身份证'));
}

/**
 * The pasted text as roster rows, numbered as the core numbers them (the position among the rows sent, header
 * included). A leading 序号 column, announced by the header, is dropped from the preview as the core drops it.
 */
export function parsePastedRoster(text: string): PastedRow[] {
  const rows = splitTsv(text);
  const hasHeader = rows.length > 0 && looksLikeHeader(rows[0] ?? []);
  const serial = hasHeader && (rows[0]?.[0] ?? '').trim() === '序号';
  return rows.map((raw, index) => {
    const cells = serial ? raw.slice(1) : raw;
    return {
      number: index + 1,
      raw,
      cells: ROSTER_COLUMNS.map((_, column) => cells[column] ?? ''),
      isHeader: hasHeader && index === 0,
      extraCells: cells.slice(ROSTER_COLUMNS.length).some((c) => c !== ''),
    };
  });
}

/** "row3.idNumber" → { row: 3, field: 'idNumber' }; other field names → null. */
export function rowErrorTarget(field: string): { row: number; field: string } | null {
  const match = /^row(\d+)(?:\.(\w+))?$/.exec(field);
  return match ? { row: Number(match[1]), field: match[2] ?? '' } : null;
}
