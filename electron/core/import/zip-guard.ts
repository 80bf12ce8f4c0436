import fs from 'node:fs/promises';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { LedgerError } from '../../../shared/errors';
import { IMPORT_LIMITS } from './limits';

const inflateRaw = promisify(zlib.inflateRaw);

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const refuse = (message: string) => new LedgerError('VALIDATION', message);
const BOMB = '文件解压后的大小异常（疑似“压缩炸弹”），已拒绝导入。请在 Excel 中打开并另存为新的 .xlsx 文件后再试。';

/** A deflated part inflated, stopping one byte past its declared size: a part that lies about its size is caught. */
async function inflateChecked(data: Buffer, declared: number): Promise<Buffer> {
  try {
    return await inflateRaw(data, { maxOutputLength: declared + 1 });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw refuse(BOMB);
    throw refuse('文件不完整或已损坏（工作簿中的内容无法解压）。');
  }
}

/**
 * Says what kind of file this is when it is not an xlsx, from its first bytes: the old binary .xls, a text file
 * (CSV renamed), or anything else.
 */
export function describeNotXlsx(head: Buffer): string {
  if (head.length >= 4 && head.readUInt32BE(0) === 0xd0cf11e0) {
    return '这是旧版 Excel 文件（.xls）或加密的工作簿，不能直接导入。请在 Excel 中“另存为” Excel 工作簿（.xlsx）后再导入。';
  }
  const text = head.subarray(0, 512).toString('utf8');
  // eslint-disable-next-line no-control-regex -- binary bytes are what tells a text file from anything else
  if (head.length > 0 && !text.includes('\uFFFD') && !/[\u0000-\u0008\u000e-\u001a]/.test(text)) {
    return '这是文本文件（如 CSV），不是 Excel 工作簿。请在 Excel 中打开后“另存为” Excel 工作簿（.xlsx）再导入。';
  }
  return '这不是 Excel 工作簿（.xlsx）文件，或文件已损坏。请选择用 Excel 保存的 .xlsx 文件。';
}

/** The zip's central directory: every part's name and its declared sizes. */
function centralDirectory(file: Buffer): ZipEntry[] {
  const searchFrom = Math.max(0, file.length - 22 - 0xffff);
  let eocd = -1;
  for (let at = file.length - 22; at >= searchFrom; at--) {
    if (file.readUInt32LE(at) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw refuse('文件不完整或已损坏（不是有效的 .xlsx 工作簿）。');
  const count = file.readUInt16LE(eocd + 10);
  let at = file.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > file.length || file.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw refuse('文件不完整或已损坏（不是有效的 .xlsx 工作簿）。');
    const nameLength = file.readUInt16LE(at + 28);
    const extraLength = file.readUInt16LE(at + 30);
    const commentLength = file.readUInt16LE(at + 32);
    entries.push({
      method: file.readUInt16LE(at + 10),
      compressedSize: file.readUInt32LE(at + 20),
      size: file.readUInt32LE(at + 24),
      name: file.toString('utf8', at + 46, at + 46 + nameLength),
      localOffset: file.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Checks an .xlsx before anything parses it and returns its XML parts (the workbook, its relationships, styles,
 * shared strings and sheets), inflated, by name: the file is a zip with a workbook inside; the declared decompressed
 * sizes are within the caps and the ratio; every part, inflated here with its output capped one byte past its
 * declared size, really is that size — a part that lies about its size is refused instead of being unpacked without
 * end. Pictures and the like are checked the same way and then dropped. The parts stay in memory for the read, so
 * they are bounded by IMPORT_LIMITS.unpackedBytes together.
 */
export async function checkedXlsxParts(file: string, signal?: AbortSignal): Promise<Map<string, Buffer>> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat || !stat.isFile()) throw refuse('找不到要导入的文件，请重新选择。');
  if (stat.size === 0) throw refuse('文件是空的（0字节），没有可导入的内容。');
  if (stat.size > IMPORT_LIMITS.fileBytes) {
    throw refuse(`文件太大（${(stat.size / 1024 / 1024).toFixed(1)} MB），一次最多导入 ${IMPORT_LIMITS.fileBytes / 1024 / 1024} MB 的文件。请把表格拆成几个文件分别导入。`);
  }
  const bytes = await fs.readFile(file);
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== LOCAL_SIGNATURE) throw refuse(describeNotXlsx(bytes));
  const entries = centralDirectory(bytes);
  if (!entries.some((entry) => entry.name === 'xl/workbook.xml')) throw refuse('这是压缩文件，但不是 Excel 工作簿（.xlsx）。');
  let declared = 0;
  for (const entry of entries) {
    declared += entry.size;
    if (declared > IMPORT_LIMITS.unpackedBytes) throw refuse(BOMB);
    if (entry.size > IMPORT_LIMITS.ratioFloorBytes && entry.size > entry.compressedSize * IMPORT_LIMITS.ratio) throw refuse(BOMB);
  }
  const parts = new Map<string, Buffer>();
  for (const entry of entries) {
    if (signal?.aborted) throw new LedgerError('CANCELLED', '已取消导入，未写入任何内容。');
    if (entry.localOffset + 30 > bytes.length || bytes.readUInt32LE(entry.localOffset) !== LOCAL_SIGNATURE) throw refuse('文件不完整或已损坏（不是有效的 .xlsx 工作簿）。');
    const dataStart = entry.localOffset + 30 + bytes.readUInt16LE(entry.localOffset + 26) + bytes.readUInt16LE(entry.localOffset + 28);
    const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
    if (entry.method !== 0 && entry.method !== 8) throw refuse('工作簿使用了不支持的压缩方式，请在 Excel 中另存为 .xlsx 后再导入。');
    if (entry.method === 0 && entry.compressedSize !== entry.size) throw refuse(BOMB);
    const content = entry.method === 0 ? data : await inflateChecked(data, entry.size);
    if (content.length !== entry.size) throw refuse(content.length > entry.size ? BOMB : '文件不完整或已损坏（工作簿中的内容无法解压）。');
    if (/\.(xml|rels)$/i.test(entry.name)) parts.set(entry.name, content);
  }
  return parts;
}
