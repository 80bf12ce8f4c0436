/** An XML document the scanner refuses; the import reports it as a damaged workbook. */
export class BrokenXml extends Error {}

// eslint-disable-next-line no-control-regex -- characters XML 1.0 does not allow anywhere in a document
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const REFERENCE = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);|&/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** a tag, comment or text cut by a chunk is kept for the next one; one this long is not a worksheet's */
const MAX_CARRY = 1024 * 1024;

function allowedCodePoint(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** Text with its character and entity references resolved; a bare & or an unknown entity is not XML. */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (_, name: string | undefined) => {
    if (name === undefined) throw new BrokenXml('bare &');
    if (name[0] !== '#') return NAMED[name] as string;
    const code = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    if (!allowedCodePoint(code)) throw new BrokenXml(`character reference ${name}`);
    return String.fromCodePoint(code);
  });
}

const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;

/**
 * The values of the named attributes out of a tag's attribute text, in one walk over it: values[i] is the decoded
 * value of names[i], or undefined when the tag does not have it. Attribute text that is not name="value" pairs
 * is not XML.
 */
export function readAttributes(attributes: string, names: readonly string[], values: (string | undefined)[]): void {
  values.fill(undefined);
  const length = attributes.length;
  let at = 0;
  for (;;) {
    while (at < length && isSpace(attributes.charCodeAt(at))) at++;
    if (at >= length) return;
    const nameStart = at;
    while (at < length && attributes.charCodeAt(at) !== 0x3d && !isSpace(attributes.charCodeAt(at))) at++;
    const nameEnd = at;
    while (at < length && isSpace(attributes.charCodeAt(at))) at++;
    if (at >= length || attributes.charCodeAt(at) !== 0x3d || nameEnd === nameStart) throw new BrokenXml('attribute without a value');
    at++;
    while (at < length && isSpace(attributes.charCodeAt(at))) at++;
    const quote = attributes.charCodeAt(at);
    if (quote !== 0x22 && quote !== 0x27) throw new BrokenXml('attribute value without quotes');
    const valueEnd = attributes.indexOf(quote === 0x22 ? '"' : "'", at + 1);
    if (valueEnd < 0) throw new BrokenXml('attribute value not closed');
    for (let i = 0; i < names.length; i++) {
      const name = names[i] as string;
      if (nameEnd - nameStart === name.length && attributes.startsWith(name, nameStart)) values[i] = decodeXmlText(attributes.slice(at + 1, valueEnd));
    }
    at = valueEnd + 1;
  }
}

/**
 * A small, strict, non-validating XML reader for the one part the import reads in bulk (the worksheet), fed text
 * chunk by chunk: it reports start and end tags with their attribute text and the text between them, and refuses
 * (BrokenXml) what is not well-formed — mismatched or unclosed tags, characters XML forbids, unknown entities, a
 * DOCTYPE (no entity definitions, so no entity expansion bombs), a second root, text outside the root. It does
 * with indexOf and character codes what a general character-by-character parser (saxes, under exceljs) does in
 * several times the time. Namespace prefixes are kept in the names, as exceljs sees them.
 */
export class XmlScanner {
  private carry = '';
  private readonly stack: string[] = [];
  private rootSeen = false;
  /** the tag last read by tag() */
  private tagName = '';
  private tagAttributes = '';
  private tagClosing = false;
  private tagEmpty = false;

  constructor(
    private readonly onOpen: (name: string, attributes: string) => void,
    private readonly onClose: (name: string) => void,
    private readonly onText: (text: string) => void,
  ) {}

  write(chunk: string): void {
    if (NOT_XML.test(chunk)) throw new BrokenXml('character not allowed in XML');
    const data = this.carry === '' ? chunk : this.carry + chunk;
    this.carry = data.slice(this.scan(data, false));
    if (this.carry.length > MAX_CARRY) throw new BrokenXml('tag, comment or reference too long');
  }

  end(): void {
    if (this.carry !== '' && this.scan(this.carry, true) < this.carry.length) throw new BrokenXml('document cut off');
    this.carry = '';
    if (!this.rootSeen || this.stack.length > 0) throw new BrokenXml('document cut off');
  }

  /** Reads what it can of data; returns where the part left for the next chunk starts. */
  private scan(data: string, final: boolean): number {
    let at = 0;
    while (at < data.length) {
      const lt = data.charCodeAt(at) === 0x3c ? at : data.indexOf('<', at);
      if (lt !== at) {
        let end = lt < 0 ? data.length : lt;
        if (lt < 0 && !final) {
          // a reference cut by the chunk waits for the rest of it
          const amp = data.lastIndexOf('&', end);
          if (amp >= at && !data.includes(';', amp)) end = amp;
        }
        this.text(data.slice(at, end));
        at = end;
        if (lt < 0) return at;
      }
      const second = data.charCodeAt(at + 1);
      if (second === 0x21 || second === 0x3f) {
        // <!-- comment -->, <?instruction?>, <![CDATA[text]]>; anything else with <! is a DOCTYPE
        if (data.startsWith('<!--', at) || second === 0x3f) {
          const close = second === 0x3f ? '?>' : '-->';
          const end = data.indexOf(close, at + 2);
          if (end < 0) return this.incomplete(at, final);
          at = end + close.length;
          continue;
        }
        if (data.startsWith('<![CDATA[', at)) {
          const end = data.indexOf(']]>', at + 9);
          if (end < 0) return this.incomplete(at, final);
          this.rawText(data.slice(at + 9, end));
          at = end + 3;
          continue;
        }
        // the start of a comment or CDATA section cut by the chunk, or a DOCTYPE
        if (!final && data.length - at < 9) return at;
        throw new BrokenXml('DOCTYPE or unknown markup');
      }
      if (second === 0x2f) {
        // the end tag of the open element, the common case, without building a tag
        const open = this.stack[this.stack.length - 1];
        const end = at + 2 + (open?.length ?? 0);
        if (open !== undefined && data.charCodeAt(end) === 0x3e && data.startsWith(open, at + 2)) {
          this.stack.pop();
          at = end + 1;
          this.onClose(open);
          continue;
        }
      }
      const end = this.tag(data, at);
      if (end < 0) return this.incomplete(at, final);
      at = end;
      const name = this.tagName;
      if (this.tagClosing) {
        if (this.stack.pop() !== name) throw new BrokenXml(`unexpected </${name}>`);
        this.onClose(name);
        continue;
      }
      if (this.stack.length === 0) {
        if (this.rootSeen) throw new BrokenXml('second root element');
        this.rootSeen = true;
      }
      this.onOpen(name, this.tagAttributes);
      if (this.tagEmpty) this.onClose(name);
      else this.stack.push(name);
    }
    return at;
  }

  /**
   * Reads the tag starting at data[at] ('<') into the tag fields and returns where it ends, or -1 when the chunk ends
   * inside it. Characters are walked by code and nothing is allocated but the name and attribute text: this runs for
   * every tag of a 100,000-row sheet. A '<' inside a tag means a lost '>'.
   */
  private tag(data: string, at: number): number {
    const length = data.length;
    const closing = data.charCodeAt(at + 1) === 0x2f;
    let i = closing ? at + 2 : at + 1;
    const nameStart = i;
    for (; i < length; i++) {
      const code = data.charCodeAt(i);
      if (code === 0x3e || code === 0x2f || isSpace(code)) break;
      if (code === 0x3c || code === 0x3d || code === 0x22 || code === 0x27) throw new BrokenXml('bad tag name');
    }
    if (i >= length) return -1;
    if (i === nameStart) throw new BrokenXml('tag without a name');
    const name = data.slice(nameStart, i);
    const attributesStart = i;
    let quote = 0;
    for (; i < length; i++) {
      const code = data.charCodeAt(i);
      if (code === 0x3c) throw new BrokenXml(`'<' inside <${name}>`);
      if (quote !== 0) {
        if (code === quote) quote = 0;
      } else if (code === 0x22 || code === 0x27) quote = code;
      else if (code === 0x3e) break;
    }
    if (i >= length) return -1;
    const empty = data.charCodeAt(i - 1) === 0x2f && i - 1 >= attributesStart;
    const attributes = data.slice(attributesStart, empty ? i - 1 : i);
    if (closing && (empty || attributes.trim() !== '')) throw new BrokenXml(`bad end tag </${name}>`);
    this.tagName = name;
    this.tagAttributes = attributes;
    this.tagClosing = closing;
    this.tagEmpty = empty;
    return i + 1;
  }

  private incomplete(at: number, final: boolean): number {
    if (final) throw new BrokenXml('document cut off');
    return at;
  }

  private text(text: string): void {
    this.rawText(decodeXmlText(text));
  }

  private rawText(text: string): void {
    if (text === '') return;
    if (this.stack.length === 0) {
      if (text.trim() !== '') throw new BrokenXml('text outside the root element');
      return;
    }
    this.onText(text);
  }
}
