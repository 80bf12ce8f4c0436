import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import type { ImportPreview, ImportResult, JobStarted, JobStatus } from '../../shared/contract';
import type { ErrorPayload } from '../../shared/errors';
import type { Ledger } from '../../electron/core/ledger';
import { usccCheckChar } from '../../shared/validators/uscc';
import { idCardCheckChar } from '../../shared/validators/idcard';
import { tempFolder, valueOf } from './helpers';

/** A valid credit code whose 17 leading characters end in `n` (check character computed, not hand-made). */
export function uscc(n: number): string {
  const first17 = `9135010000000${String(n).padStart(4, '0')}`;
  return `${first17}${usccCheckChar(first17) ?? ''}`;
}

/** A valid ID number for someone born 1980-01-01 with sequence `n`. */
export function idNumber(n: number): string {
  const first17 = `62052219800101${String(n).padStart(3, '0')}`;
  return `${first17}${idCardCheckChar(first17) ?? ''}`;
}

/** Writes a one-sheet xlsx with the given rows (first row the header) and returns its path. */
export async function workbookFile(rows: unknown[][], name = 'import.xlsx', edit?: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  for (const row of rows) sheet.addRow(row);
  edit?.(sheet);
  const file = path.join(tempFolder(), name);
  await workbook.xlsx.writeFile(file);
  return file;
}

export function bytesFile(content: Buffer | string, name: string): string {
  const file = path.join(tempFolder(), name);
  fs.writeFileSync(file, content);
  return file;
}

/** Row counts and a checksum of every row of every table: equal before and after means nothing was written. */
export function ledgerFingerprint(ledger: Ledger): Record<string, { rows: number; sha: string }> {
  const tables = ledger.ctx.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  const print: Record<string, { rows: number; sha: string }> = {};
  for (const { name } of tables) {
    const rows = ledger.ctx.sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all();
    print[name] = { rows: rows.length, sha: crypto.createHash('sha256').update(JSON.stringify(rows)).digest('hex') };
  }
  return print;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/** Waits for a job and returns its status when it is no longer running. */
export async function finished(ledger: Ledger, started: JobStarted<unknown>): Promise<JobStatus> {
  for (;;) {
    const status = valueOf(await ledger.call('jobs.status', { jobId: started.jobId })) as JobStatus;
    if (status.state !== 'running') return status;
    await tick();
  }
}

export async function preview(ledger: Ledger, input: Record<string, unknown>): Promise<{ preview?: ImportPreview; error?: ErrorPayload }> {
  const started = valueOf(await ledger.call('imports.preview', input)) as JobStarted<ImportPreview>;
  const status = await finished(ledger, started);
  return status.state === 'done' ? { preview: status.result as ImportPreview } : { error: status.error as ErrorPayload };
}

export async function commit(ledger: Ledger, input: Record<string, unknown>): Promise<{ result?: ImportResult; error?: ErrorPayload }> {
  const started = valueOf(await ledger.call('imports.commit', input)) as JobStarted<ImportResult>;
  const status = await finished(ledger, started);
  return status.state === 'done' ? { result: status.result as ImportResult } : { error: status.error as ErrorPayload };
}

/** One part of a hand-made zip; `declaredSize` lies about the decompressed size when given. */
export interface ZipPart {
  name: string;
  data: Buffer;
  declaredSize?: number;
}

/** A zip built byte by byte, so a test can make parts that exceljs would never write (zip bombs, lying sizes). */
export function zipParts(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const packed = zlib.deflateRawSync(part.data);
    const size = part.declaredSize ?? part.data.length;
    const crc = zlib.crc32(part.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The parts of a minimal one-sheet workbook whose rows are inline strings. */
export function minimalXlsxParts(rows: string[][]): ZipPart[] {
  const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const column = (i: number) => String.fromCharCode(65 + i);
  const sheetRows = rows
    .map((cells, r) => `<row r="${r + 1}">${cells.map((text, c) => `<c r="${column(c)}${r + 1}" t="inlineStr"><is><t>${esc(text)}</t></is></c>`).join('')}</row>`)
    .join('');
  const xml = (text: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`, 'utf8');
  return [
    {
      name: '[Content_Types].xml',
      data: xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
    },
    { name: '_rels/.rels', data: xml('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>') },
    {
      name: 'xl/workbook.xml',
      data: xml('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: xml('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
    },
    { name: 'xl/worksheets/sheet1.xml', data: xml(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`) },
  ];
}
