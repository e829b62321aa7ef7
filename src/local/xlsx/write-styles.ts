/**
 * Cell formats for the tabs the writer adds, appended to a workbook's styles part. A tab asks
 * for a look (font, fill, border, alignment, number format) and gets the index of a cell
 * format; when the package is written, the new fonts, fills, borders, number formats and cell
 * formats go at the end of their lists in `xl/styles.xml`, whose existing entries (and so every
 * existing cell's look) stay exactly as they were: only the lists' `count` attributes change.
 */
import { CLOSE, OPEN, XmlCursor, escapeAttribute } from './xml';

export interface FontLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size: number;
  /** ARGB, e.g. "FF595959". */
  readonly color?: string;
}

export interface CellLook {
  readonly font: FontLook;
  /** Solid fill colour (ARGB). */
  readonly fill?: string;
  /** Thin border on all four sides, in this colour (ARGB). */
  readonly border?: string;
  readonly wrap?: boolean;
  readonly vertical?: 'top' | 'center';
  readonly horizontal?: 'center';
  /** A number format code ("dd/mm/yyyy", "@"). */
  readonly numFmt?: string;
}

/** The typeface of every cell the writer adds: it has every Vietnamese glyph in Excel and LibreOffice. */
export const FONT_NAME = 'Arial';

/** Built-in number formats the writer uses by id rather than as custom codes. */
const BUILT_IN_CODES: Readonly<Record<string, number>> = { General: 0, '0': 1, '0.00': 2, '@': 49 };
const FIRST_CUSTOM_FORMAT = 164;

/** What the existing styles part already holds, read before anything is added. */
interface ExistingStyles {
  readonly fonts: number;
  readonly fills: number;
  readonly borders: number;
  readonly cellXfs: number;
  readonly cellStyleXfs: number;
  readonly customFormats: ReadonlyMap<string, number>;
  readonly maxFormatId: number;
}

export class StyleRegistry {
  private readonly looks = new Map<string, number>();
  private readonly xfs: string[] = [];
  private readonly fonts = new Map<string, number>();
  private readonly fills = new Map<string, number>();
  private readonly borders = new Map<string, number>();
  private readonly formats = new Map<string, number>();
  private readonly newFormats: Array<[number, string]> = [];
  private readonly existing: ExistingStyles;

  constructor(private readonly stylesXml: string) {
    this.existing = readExisting(stylesXml);
  }

  /** The cell-format index (a cell's `s`) showing this look. */
  indexOf(look: CellLook): number {
    const key = JSON.stringify(look);
    const known = this.looks.get(key);
    if (known !== undefined) return known;
    const fontId = this.fontId(look.font);
    const fillId = look.fill === undefined ? 0 : this.fillId(look.fill);
    const borderId = look.border === undefined ? 0 : this.borderId(look.border);
    const numFmtId = look.numFmt === undefined ? 0 : this.formatId(look.numFmt);
    const alignment = [
      look.horizontal !== undefined ? ` horizontal="${look.horizontal}"` : '',
      look.vertical !== undefined ? ` vertical="${look.vertical}"` : '',
      look.wrap === true ? ' wrapText="1"' : '',
    ].join('');
    const xfId = this.existing.cellStyleXfs > 0 ? ' xfId="0"' : '';
    const applies = [
      numFmtId !== 0 ? ' applyNumberFormat="1"' : '',
      ' applyFont="1"',
      fillId !== 0 ? ' applyFill="1"' : '',
      borderId !== 0 ? ' applyBorder="1"' : '',
      alignment !== '' ? ' applyAlignment="1"' : '',
    ].join('');
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}"${xfId}${applies}`;
    this.xfs.push(alignment === '' ? `${head}/>` : `${head}><alignment${alignment}/></xf>`);
    const index = this.existing.cellXfs + this.xfs.length - 1;
    this.looks.set(key, index);
    return index;
  }

  /** The styles part with everything asked for appended; the same text when nothing was. */
  appendTo(): string {
    if (this.xfs.length === 0) return this.stylesXml;
    let xml = this.stylesXml;
    const prefix = rootPrefix(xml);
    xml = appendToList(xml, prefix, 'numFmts', this.newFormats.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`));
    xml = appendToList(xml, prefix, 'fonts', [...this.fonts.keys()]);
    xml = appendToList(xml, prefix, 'fills', [...this.fills.keys()]);
    xml = appendToList(xml, prefix, 'borders', [...this.borders.keys()]);
    xml = appendToList(xml, prefix, 'cellXfs', this.xfs);
    return xml;
  }

  private fontId(font: FontLook): number {
    const xml =
      `<font>${font.bold === true ? '<b/>' : ''}${font.italic === true ? '<i/>' : ''}<sz val="${font.size}"/>` +
      `${font.color !== undefined ? `<color rgb="${font.color}"/>` : ''}<name val="${FONT_NAME}"/><family val="2"/></font>`;
    return addOnce(this.fonts, xml, this.existing.fonts);
  }

  private fillId(argb: string): number {
    return addOnce(this.fills, `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`, this.existing.fills);
  }

  private borderId(argb: string): number {
    const side = (name: string): string => `<${name} style="thin"><color rgb="${argb}"/></${name}>`;
    return addOnce(this.borders, `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`, this.existing.borders);
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_CODES[code];
    if (builtIn !== undefined) return builtIn;
    const known = this.formats.get(code) ?? this.existing.customFormats.get(code);
    if (known !== undefined) return known;
    const id = Math.max(FIRST_CUSTOM_FORMAT, this.existing.maxFormatId + 1 + this.newFormats.length);
    this.formats.set(code, id);
    this.newFormats.push([id, code]);
    return id;
  }
}

function addOnce(map: Map<string, number>, xml: string, base: number): number {
  const known = map.get(xml);
  if (known !== undefined) return known;
  const id = base + map.size;
  map.set(xml, id);
  return id;
}

function readExisting(xml: string): ExistingStyles {
  const cursor = new XmlCursor(xml);
  const counts: Record<string, number> = { fonts: 0, fills: 0, borders: 0, cellXfs: 0, cellStyleXfs: 0 };
  const children: Record<string, string> = { fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf', cellStyleXfs: 'xf' };
  const customFormats = new Map<string, number>();
  let maxFormatId = FIRST_CUSTOM_FORMAT - 1;
  let depth = 0;
  let section = '';
  for (let kind = cursor.next(); kind !== 0; kind = cursor.next()) {
    if (kind === CLOSE) {
      depth -= 1;
      if (depth === 1) section = '';
      continue;
    }
    if (kind !== OPEN) continue;
    if (depth === 1) section = cursor.name;
    else if (depth === 2 && children[section] === cursor.name) counts[section] = (counts[section] ?? 0) + 1;
    if (depth === 2 && section === 'numFmts' && cursor.name === 'numFmt') {
      const id = Number(cursor.attr('numFmtId'));
      const code = cursor.attr('formatCode');
      if (Number.isInteger(id)) maxFormatId = Math.max(maxFormatId, id);
      if (code !== undefined && Number.isInteger(id) && !customFormats.has(code)) customFormats.set(code, id);
    }
    if (!cursor.selfClosing) depth += 1;
  }
  return {
    fonts: counts.fonts ?? 0,
    fills: counts.fills ?? 0,
    borders: counts.borders ?? 0,
    cellXfs: counts.cellXfs ?? 0,
    cellStyleXfs: counts.cellStyleXfs ?? 0,
    customFormats,
    maxFormatId,
  };
}

/** The namespace prefix of a part's root element ("x:" in `<x:styleSheet>`), or "". */
export function rootPrefix(xml: string): string {
  const match = /<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*[\s>/]/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, (m) => ' '.repeat(m.length)));
  return match?.[1] ?? '';
}

/** The order of the lists inside `<styleSheet>` (ECMA-376 Part 1, 18.8.39). */
const STYLE_SHEET_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

/**
 * Appends elements to one list of the styles part (`<fonts>`…), fixing its `count`; creates
 * the list in its schema place when the part has none.
 */
function appendToList(xml: string, prefix: string, list: string, items: ReadonlyArray<string>): string {
  if (items.length === 0) return xml;
  const body = items.map((item) => (prefix === '' ? item : item.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${prefix}`))).join('');
  const open = new RegExp(`<${prefix}${list}(\\s[^>]*?)?(/?)>`).exec(xml);
  if (open !== null) {
    const attributes = open[1] ?? '';
    const count = ` count="${countOf(xml, prefix, list, open) + items.length}"`;
    const fixed = /\scount="\d*"/.test(attributes) ? attributes.replace(/\scount="\d*"/, count) : `${attributes}${count}`;
    if (open[2] === '/') {
      return `${xml.slice(0, open.index)}<${prefix}${list}${fixed}>${body}</${prefix}${list}>${xml.slice(open.index + open[0].length)}`;
    }
    const close = xml.indexOf(`</${prefix}${list}>`, open.index);
    return `${xml.slice(0, open.index)}<${prefix}${list}${fixed}>${xml.slice(open.index + open[0].length, close)}${body}${xml.slice(close)}`;
  }
  const element = `<${prefix}${list} count="${items.length}">${body}</${prefix}${list}>`;
  const later = STYLE_SHEET_ORDER.slice(STYLE_SHEET_ORDER.indexOf(list) + 1);
  for (const next of later) {
    const at = new RegExp(`<${prefix}${next}[\\s/>]`).exec(xml);
    if (at !== null) return xml.slice(0, at.index) + element + xml.slice(at.index);
  }
  const end = xml.lastIndexOf(`</${prefix}styleSheet>`);
  return xml.slice(0, end) + element + xml.slice(end);
}

/** How many entries a list really has (its `count` attribute may be stale). */
function countOf(xml: string, prefix: string, list: string, open: RegExpExecArray): number {
  if (open[2] === '/') return 0;
  const start = open.index + open[0].length;
  const end = xml.indexOf(`</${prefix}${list}>`, start);
  const cursor = new XmlCursor(xml.slice(start, end));
  let depth = 0;
  let count = 0;
  for (let kind = cursor.next(); kind !== 0; kind = cursor.next()) {
    if (kind === OPEN) {
      if (depth === 0) count += 1;
      if (!cursor.selfClosing) depth += 1;
    } else if (kind === CLOSE) depth -= 1;
  }
  return count;
}
