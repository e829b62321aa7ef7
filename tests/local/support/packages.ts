/**
 * .xlsx packages for reader and writer tests, handled with JSZip (an independent zip library,
 * so the tests do not judge our zip code by itself): list and read parts, build a workbook from
 * hand-written XML (for what no library writes: phonetic runs, chartsheets, Strict dates,
 * prefixed elements), and turn a transitional file into a Strict one.
 */
import JSZip from 'jszip';

export async function partsOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) parts.set(entry.name, await entry.async('uint8array'));
  }
  return parts;
}

/** Every part as base64 text, so that two packages compare part by part as plain strings. */
export async function partsBase64(bytes: Uint8Array): Promise<Map<string, string>> {
  const parts = await partsOf(bytes);
  return new Map([...parts].map(([name, data]) => [name, Buffer.from(data).toString('base64')]));
}

/**
 * The parts a writer adding or replacing a tab may change: those that list tabs, and the styles
 * it appends to. Every other part must come out byte-identical.
 */
export const LISTING_PARTS: ReadonlySet<string> = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'docProps/app.xml', 'xl/styles.xml']);

export async function partText(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const entry = zip.file(name);
  if (entry === null) throw new Error(`no part ${name}`);
  return entry.async('string');
}

export async function zipOf(parts: Map<string, Uint8Array | string> | Record<string, Uint8Array | string>): Promise<Buffer> {
  const zip = new JSZip();
  const entries = parts instanceof Map ? [...parts.entries()] : Object.entries(parts);
  for (const [name, data] of entries) zip.file(name, data);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Rewrites some parts of a package, keeping the others. */
export async function withParts(bytes: Uint8Array, edit: (parts: Map<string, Uint8Array | string>) => void | Promise<void>): Promise<Buffer> {
  const parts: Map<string, Uint8Array | string> = await partsOf(bytes);
  await edit(parts);
  return zipOf(parts);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface HandSheet {
  readonly name: string;
  /** The children of `<worksheet>` (usually `<sheetData>…</sheetData>`), or the whole part for other kinds. */
  readonly xml: string;
  readonly kind?: 'worksheet' | 'chartsheet' | 'dialogsheet';
  readonly state?: 'hidden' | 'veryHidden';
}

export interface HandWorkbook {
  readonly sheets: ReadonlyArray<HandSheet>;
  readonly sharedStrings?: string;
  /** The children of `<styleSheet>`. */
  readonly styles?: string;
  readonly date1904?: boolean;
}

/** A minimal but complete package (content types, relationships) around hand-written parts. */
export async function handMadeWorkbook(book: HandWorkbook): Promise<Buffer> {
  const parts: Record<string, string> = {};
  const overrides: string[] = [];
  const rels: string[] = [];
  const sheetEntries: string[] = [];
  book.sheets.forEach((sheet, i) => {
    const kind = sheet.kind ?? 'worksheet';
    const folder = kind === 'worksheet' ? 'worksheets' : kind === 'chartsheet' ? 'chartsheets' : 'dialogsheets';
    const path = `xl/${folder}/sheet${i + 1}.xml`;
    parts[path] =
      kind === 'worksheet' ? `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">${sheet.xml}</worksheet>` : sheet.xml;
    overrides.push(`<Override PartName="/${path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${kind}+xml"/>`);
    rels.push(`<Relationship Id="rId${i + 1}" Type="${REL}/${kind}" Target="${folder}/sheet${i + 1}.xml"/>`);
    const state = sheet.state === undefined ? '' : ` state="${sheet.state}"`;
    sheetEntries.push(`<sheet name="${escapeAttr(sheet.name)}" sheetId="${i + 1}"${state} r:id="rId${i + 1}"/>`);
  });
  if (book.sharedStrings !== undefined) {
    parts['xl/sharedStrings.xml'] = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${book.sharedStrings}</sst>`;
    overrides.push('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>');
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  if (book.styles !== undefined) {
    parts['xl/styles.xml'] = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}">${book.styles}</styleSheet>`;
    overrides.push('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>');
    rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
  }
  const workbookPr = book.date1904 === true ? '<workbookPr date1904="1"/>' : '<workbookPr/>';
  parts['xl/workbook.xml'] = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${workbookPr}<sheets>${sheetEntries.join('')}</sheets></workbook>`;
  parts['xl/_rels/workbook.xml.rels'] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
  parts['_rels/.rels'] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  parts['[Content_Types].xml'] =
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    `${overrides.join('')}</Types>`;
  return zipOf(parts);
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * Transitional namespaces and relationship types and their Strict counterparts
 * (ISO/IEC 29500-1:2016, "Strict" conformance class; Annex A lists the namespaces).
 */
const STRICT_NAMESPACES: ReadonlyArray<readonly [string, string]> = [
  ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'],
  ['http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties', 'http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties'],
  ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'],
  ['http://schemas.openxmlformats.org/officeDocument/2006/extended-properties', 'http://purl.oclc.org/ooxml/officeDocument/extendedProperties'],
  ['http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes', 'http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes'],
  ['http://schemas.openxmlformats.org/drawingml/2006/main', 'http://purl.oclc.org/ooxml/drawingml/main'],
];

/**
 * The same workbook saved as "Strict Open XML Spreadsheet": every transitional namespace and
 * relationship type replaced by its Strict one, `conformance="strict"` on the workbook, and
 * (when `isoDates` is given) the date cells of the given sheets stored as ISO text (type "d").
 */
export async function toStrict(bytes: Uint8Array, isoDates: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {}): Promise<Buffer> {
  return withParts(bytes, (parts) => {
    for (const [name, data] of parts) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      let xml = Buffer.from(data).toString('utf8');
      for (const [transitional, strict] of STRICT_NAMESPACES) xml = xml.split(transitional).join(strict);
      if (name === 'xl/workbook.xml') xml = xml.replace(/<workbook\b/, '<workbook conformance="strict"');
      for (const [cell, iso] of isoDates[name] ?? []) {
        xml = xml.replace(new RegExp(`<c r="${cell}"([^>]*?)(?: t="[^"]*")?([^>]*)>(?:<v>[^<]*</v>)</c>`), `<c r="${cell}"$1$2 t="d"><v>${iso}</v></c>`);
      }
      parts.set(name, xml);
    }
  });
}
