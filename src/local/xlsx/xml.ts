/**
 * A small pull scanner for the XML inside .xlsx packages, and the escaping the writer needs.
 * Spreadsheet parts are machine-written, flat and large (a 1,000-unit workbook holds 20 MB of
 * sheet XML), so the reader walks the text with `indexOf` and hands out element names and
 * attributes without building a tree or an event object per node. It implements what those
 * parts use of XML 1.0: elements, attributes (either quote), the five named entities and
 * character references, CDATA, comments, processing instructions and a skipped DOCTYPE (its
 * entities are never expanded, so "billion laughs" files cost nothing). Namespace prefixes are
 * dropped from names (`x:c` is `c`): Strict and transitional files, and generators that prefix
 * every element, read alike; callers tell parts apart by relationship, not by namespace.
 */

/** What `next()` stopped at. */
export const OPEN = 1;
export const CLOSE = 2;
export const END = 0;

export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
}

const GT = 62; // >
const SLASH = 47; // /
const BANG = 33; // !
const QUESTION = 63; // ?
const EQUALS = 61; // =
const QUOTE = 34; // "
const APOSTROPHE = 39; // '
const COLON = 58; // :

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

export class XmlCursor {
  /** Local name (prefix dropped) of the tag `next()` stopped at. */
  name = '';
  /** The tag just opened closes itself (`<c r="A1"/>`): no CLOSE follows for it. */
  selfClosing = false;
  private pos = 0;
  /** Start/end offsets of attribute names and values of the last opened tag, four per attribute. */
  private attrs = new Int32Array(64);
  private attrCount = 0;

  constructor(private readonly xml: string) {}

  /** Moves to the next start or end tag; returns OPEN, CLOSE or END (the end of the text). */
  next(): number {
    const xml = this.xml;
    let at = xml.indexOf('<', this.pos);
    while (at >= 0) {
      const code = xml.charCodeAt(at + 1);
      if (code === SLASH) return this.closeTag(at);
      if (code === BANG || code === QUESTION) {
        at = xml.indexOf('<', this.skipMarkup(at));
        continue;
      }
      return this.openTag(at);
    }
    this.pos = xml.length;
    return END;
  }

  /**
   * The text of the element just opened, up to its first child or its end, entities decoded.
   * Only called for leaf elements (`<v>`, `<t>`, `<f>`), where that is all of it.
   */
  text(): string {
    if (this.selfClosing) return '';
    const xml = this.xml;
    let out = '';
    let from = this.pos;
    for (;;) {
      const at = xml.indexOf('<', from);
      if (at < 0) throw new XmlSyntaxError('unterminated text');
      out += decodeText(xml.slice(from, at));
      if (xml.startsWith('<![CDATA[', at)) {
        const end = xml.indexOf(']]>', at + 9);
        if (end < 0) throw new XmlSyntaxError('unterminated CDATA');
        out += normaliseLineEnds(xml.slice(at + 9, end));
        from = end + 3;
        continue;
      }
      if (xml.startsWith('<!--', at) || xml.startsWith('<?', at)) {
        from = this.skipMarkup(at);
        continue;
      }
      this.pos = at;
      return out;
    }
  }

  /**
   * Skips everything up to the end of the element just opened (its children included), so a
   * reader passes over parts of a sheet it has no use for (`<extLst>`, `<rPh>`).
   */
  skipElement(): void {
    if (this.selfClosing) return;
    let depth = 1;
    for (;;) {
      const kind = this.next();
      if (kind === END) throw new XmlSyntaxError('unterminated element');
      if (kind === OPEN && !this.selfClosing) depth += 1;
      else if (kind === CLOSE && --depth === 0) return;
    }
  }

  /** The value of an attribute of the tag just opened, by its exact name ("r", "r:id"), decoded. */
  attr(name: string): string | undefined {
    const xml = this.xml;
    const a = this.attrs;
    for (let i = 0; i < this.attrCount; i += 4) {
      const start = a[i]!;
      if (a[i + 1]! - start === name.length && xml.startsWith(name, start)) return decodeAttribute(xml.slice(a[i + 2], a[i + 3]));
    }
    return undefined;
  }

  /** An attribute holding a non-negative integer ("s", "r" of a row), read in place; NaN when absent or not one. */
  attrInt(name: string): number {
    const xml = this.xml;
    const a = this.attrs;
    for (let i = 0; i < this.attrCount; i += 4) {
      const start = a[i]!;
      if (a[i + 1]! - start !== name.length || !xml.startsWith(name, start)) continue;
      const end = a[i + 3]!;
      let value = 0;
      for (let at = a[i + 2]!; at < end; at += 1) {
        const digit = xml.charCodeAt(at) - 48;
        if (digit < 0 || digit > 9) return Number(decodeAttribute(xml.slice(a[i + 2], end)));
        value = value * 10 + digit;
      }
      return end > a[i + 2]! ? value : NaN;
    }
    return NaN;
  }

  /**
   * The value of a prefixed attribute by its local name (`r:id`, `rel:id`: "id"): relationship
   * ids are namespaced, and the prefix is the writer's choice.
   */
  prefixedAttr(local: string): string | undefined {
    const xml = this.xml;
    const a = this.attrs;
    for (let i = 0; i < this.attrCount; i += 4) {
      const start = a[i]!;
      const end = a[i + 1]!;
      const colon = end - local.length - 1;
      if (colon > start && xml.charCodeAt(colon) === COLON && xml.startsWith(local, colon + 1)) {
        return decodeAttribute(xml.slice(a[i + 2], a[i + 3]));
      }
    }
    return undefined;
  }

  private closeTag(at: number): number {
    const xml = this.xml;
    const end = xml.indexOf('>', at + 2);
    if (end < 0) throw new XmlSyntaxError('unterminated end tag');
    let nameEnd = end;
    while (nameEnd > at + 2 && isSpace(xml.charCodeAt(nameEnd - 1))) nameEnd -= 1;
    this.name = localName(xml, at + 2, nameEnd);
    this.selfClosing = false;
    this.attrCount = 0;
    this.pos = end + 1;
    return CLOSE;
  }

  private openTag(at: number): number {
    const xml = this.xml;
    const length = xml.length;
    let i = at + 1;
    for (;;) {
      if (i >= length) throw new XmlSyntaxError('unterminated start tag');
      const code = xml.charCodeAt(i);
      if (isSpace(code) || code === GT || code === SLASH) break;
      i += 1;
    }
    this.name = localName(xml, at + 1, i);
    let count = 0;
    for (;;) {
      while (i < length && isSpace(xml.charCodeAt(i))) i += 1;
      if (i >= length) throw new XmlSyntaxError('unterminated start tag');
      const code = xml.charCodeAt(i);
      if (code === GT) {
        this.selfClosing = false;
        break;
      }
      if (code === SLASH) {
        if (xml.charCodeAt(i + 1) !== GT) throw new XmlSyntaxError('stray "/" in a tag');
        this.selfClosing = true;
        i += 1;
        break;
      }
      const nameStart = i;
      while (i < length) {
        const c = xml.charCodeAt(i);
        if (c === EQUALS || isSpace(c) || c === GT || c === SLASH) break;
        i += 1;
      }
      const nameEnd = i;
      while (i < length && isSpace(xml.charCodeAt(i))) i += 1;
      if (xml.charCodeAt(i) !== EQUALS) throw new XmlSyntaxError('attribute without a value');
      i += 1;
      while (i < length && isSpace(xml.charCodeAt(i))) i += 1;
      const quote = xml.charCodeAt(i);
      if (quote !== QUOTE && quote !== APOSTROPHE) throw new XmlSyntaxError('unquoted attribute value');
      const valueEnd = xml.indexOf(quote === QUOTE ? '"' : "'", i + 1);
      if (valueEnd < 0) throw new XmlSyntaxError('unterminated attribute value');
      if (count + 4 > this.attrs.length) {
        const grown = new Int32Array(this.attrs.length * 2);
        grown.set(this.attrs);
        this.attrs = grown;
      }
      this.attrs[count] = nameStart;
      this.attrs[count + 1] = nameEnd;
      this.attrs[count + 2] = i + 1;
      this.attrs[count + 3] = valueEnd;
      count += 4;
      i = valueEnd + 1;
    }
    this.attrCount = count;
    this.pos = i + 1;
    return OPEN;
  }

  /** Skips a comment, CDATA outside text, processing instruction or DOCTYPE; returns where it ends. */
  private skipMarkup(at: number): number {
    const xml = this.xml;
    let end: number;
    if (xml.startsWith('<!--', at)) end = indexAfter(xml, '-->', at + 4);
    else if (xml.startsWith('<![CDATA[', at)) end = indexAfter(xml, ']]>', at + 9);
    else if (xml.charCodeAt(at + 1) === QUESTION) end = indexAfter(xml, '?>', at + 2);
    else end = skipDoctype(xml, at);
    this.pos = end;
    return end;
  }
}

function indexAfter(xml: string, token: string, from: number): number {
  const at = xml.indexOf(token, from);
  if (at < 0) throw new XmlSyntaxError(`missing "${token}"`);
  return at + token.length;
}

/** A DOCTYPE may hold an internal subset in brackets, whose declarations contain ">". */
function skipDoctype(xml: string, at: number): number {
  let inSubset = false;
  for (let i = at + 2; i < xml.length; i += 1) {
    const code = xml.charCodeAt(i);
    if (code === 91) inSubset = true; // [
    else if (code === 93) inSubset = false; // ]
    else if (code === GT && !inSubset) return i + 1;
  }
  throw new XmlSyntaxError('unterminated declaration');
}

/**
 * The tag name without its prefix. The names of cells and their values come back as shared
 * constants rather than fresh strings: a sheet has hundreds of thousands of them.
 */
function localName(xml: string, start: number, end: number): string {
  const length = end - start;
  if (length === 1) {
    switch (xml.charCodeAt(start)) {
      case 99: return 'c';
      case 118: return 'v';
      case 102: return 'f';
      case 116: return 't';
      case 114: return 'r';
    }
  } else if (length === 2 && xml.charCodeAt(start) === 105 && xml.charCodeAt(start + 1) === 115) {
    return 'is';
  } else if (length === 3 && xml.startsWith('row', start)) {
    return 'row';
  }
  const name = xml.slice(start, end);
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(lt|gt|amp|quot|apos));/g;
const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, named: string | undefined) => {
    if (named !== undefined) return NAMED_ENTITIES[named] ?? whole;
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** XML hands applications "\n" for every line end in text (XML 1.0 §2.11); "&#13;" stays "\r". */
function normaliseLineEnds(raw: string): string {
  return raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
}

export function decodeText(raw: string): string {
  return decodeEntities(normaliseLineEnds(raw));
}

/** Attribute values have their tabs and line ends read as spaces (XML 1.0 §3.3.3), references excepted. */
export function decodeAttribute(raw: string): string {
  // Most values ("A1", "13", "s") hold nothing to decode; look before building a new string.
  let plain = true;
  for (let i = 0; i < raw.length; i += 1) {
    const code = raw.charCodeAt(i);
    if (code === 38 || code === 9 || code === 10 || code === 13) {
      plain = false;
      break;
    }
  }
  if (plain) return raw;
  return decodeEntities(/[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw);
}

/**
 * Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF).
 * Spreadsheet text escapes them as `_xHHHH_` (ECMA-376 Part 1, 22.9.2.19 ST_Xstring).
 */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for element content: `&`, `<`, `>` escaped, carriage returns kept as references. */
export function escapeText(text: string): string {
  return text.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Text for a double-quoted attribute value; tabs and line ends kept as references. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

/**
 * Text as a spreadsheet string (ST_Xstring): what XML cannot carry becomes `_xHHHH_`, and an
 * underscore that would read as such an escape is itself escaped (`_x005F_`), so every string
 * reads back exactly as written.
 */
export function toXstring(text: string): string {
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(NOT_XML_CHAR, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** Reads `_xHHHH_` escapes back (ST_Xstring); `_x005F_` is a literal underscore. */
export function fromXstring(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
