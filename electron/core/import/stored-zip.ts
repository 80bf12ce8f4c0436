import fs from 'node:fs/promises';
import zlib from 'node:zlib';

/**
 * Writes a zip whose parts are stored (not compressed): the copy of a checked workbook that exceljs reads. Stored
 * parts cost no deflate time; the copy lives in a temporary file for the few seconds of the read.
 */
export class StoredZipWriter {
  private readonly central: Buffer[] = [];
  private offset = 0;
  private count = 0;

  private constructor(private readonly file: fs.FileHandle) {}

  static async create(path: string): Promise<StoredZipWriter> {
    return new StoredZipWriter(await fs.open(path, 'w'));
  }

  async add(name: string, data: Buffer): Promise<void> {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(this.offset, 42);
    await this.file.writev([local, nameBytes, data]);
    this.central.push(central, nameBytes);
    this.offset += local.length + nameBytes.length + data.length;
    this.count++;
  }

  async close(): Promise<void> {
    const directory = Buffer.concat(this.central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.count, 8);
    end.writeUInt16LE(this.count, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(this.offset, 16);
    await this.file.writev([directory, end]);
    await this.file.close();
  }
}

/**
 * XML text with every non-ASCII character written as a character reference (工 → &#x5de5;). exceljs's streaming
 * reader decodes each chunk of a part on its own and so breaks a Chinese character that straddles two chunks into
 * U+FFFD; with only ASCII bytes in the part there is nothing to break, and the XML parser restores the characters.
 * OOXML names its elements and attributes in ASCII, so only text and attribute values change.
 */
export function asciiXml(data: Buffer): Buffer {
  if (!data.some((byte) => byte >= 0x80)) return data;
  // eslint-disable-next-line no-control-regex -- the class is "everything outside ASCII", which starts at U+0000
  return Buffer.from(data.toString('utf8').replace(/[^\u0000-\u007f]/gu, (ch) => `&#x${(ch.codePointAt(0) as number).toString(16)};`), 'latin1');
}
