/**
 * Adds tabs to an .xlsx package without rewriting it. Every part it does not own is copied
 * byte for byte (compressed bytes and all): custom XML, document properties, shared formulas,
 * comments, images, macros' neighbours. It changes only what a new tab must be listed in: the
 * workbook part (a `<sheet>` entry, print titles), its relationships, `[Content_Types].xml`,
 * `docProps/app.xml` (the list of tab names, when it has the usual shape) and the styles part
 * (by appending), and adds the new sheets with their notes. A new workbook (`init`) is the
 * same operation on an empty package, so both get exactly the same tabs.
 */
import type { TabPlan } from '../../domain/workbook/layout';
import { parseRelationships, relationshipsPartOf } from './package';
import { ChoiceLists, renderSheet, SharedStrings, type Namespaces } from './write-sheet';
import { FONT_NAME, StyleRegistry, rootPrefix } from './write-styles';
import { OPEN, XmlCursor, escapeAttribute, escapeText } from './xml';
import { openZip, writeZip, type ZipOutput, type ZipReader } from './zip';

/** The tab added for dropdown lists too long for a cell's inline list. */
export const CHOICE_LIST_SHEET = '_DanhSach';

/** A tab that cannot be added; `message` is the Vietnamese sentence for the clerk. */
export class XlsxWriteError extends Error {
  override readonly name = 'XlsxWriteError';
}

const TRANSITIONAL: Namespaces = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  types: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};
const STRICT: Namespaces = {
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  relationships: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  types: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
};
const CONTENT_TYPES = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
} as const;
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** Most unpacked bytes of the parts the writer reads to change them. */
const EDIT_BUDGET = 256 * 1024 * 1024;

/** Excel's rules for a tab name (Google Sheets accepts every name Excel does). */
export function tabNameProblem(name: string): string | null {
  if (name.trim() === '') return 'tên tab trống';
  if (name.length > 31) return 'tên tab dài quá 31 ký tự';
  if (/[:\\/?*[\]]/.test(name)) return 'tên tab có ký tự : \\ / ? * [ hoặc ]';
  if (name.startsWith("'") || name.endsWith("'")) return 'tên tab không được bắt đầu hay kết thúc bằng dấu nháy đơn';
  if (name.toLowerCase() === 'history') return 'Excel dành riêng tên "History"';
  return null;
}

/** The parts the writer reads: from the input zip, or from the empty package of a new workbook. */
interface PackageSource {
  readonly names: ReadonlyArray<string>;
  readText(name: string): string | null;
}

function zipSource(zip: ZipReader): PackageSource {
  return { names: zip.entries.map((e) => e.name), readText: (name) => zip.readText(name) };
}

/** Adds one tab per plan at the end of the workbook; the input bytes are not modified. */
export function addTabsToXlsx(input: Uint8Array, plans: ReadonlyArray<TabPlan>, now: Date = new Date()): Uint8Array {
  if (plans.length === 0) return input;
  const zip = openZip(input, EDIT_BUDGET);
  const { changed, added } = editPackage(zipSource(zip), plans, null);
  const outputs: ZipOutput[] = zip.entries.map((entry) => {
    const text = changed.get(entry.name);
    return text === undefined ? { kind: 'copy', entry, source: input } : { kind: 'new', name: entry.name, data: Buffer.from(text, 'utf8') };
  });
  for (const [name, text] of added) outputs.push({ kind: 'new', name, data: Buffer.from(text, 'utf8') });
  return writeZip(outputs, now);
}

/** A new workbook holding exactly these tabs, in this order. */
export function writeNewXlsx(plans: ReadonlyArray<TabPlan>, now: Date = new Date()): Uint8Array {
  if (plans.length === 0) throw new XlsxWriteError('Bảng tính phải có ít nhất một tab.');
  const skeleton = emptyPackage(now);
  const source: PackageSource = { names: [...skeleton.keys()], readText: (name) => skeleton.get(name) ?? null };
  const strings = new SharedStrings();
  const { changed, added } = editPackage(source, plans, strings);
  changed.set(SHARED_STRINGS_PART, strings.part(TRANSITIONAL));
  const outputs: ZipOutput[] = [...skeleton].map(([name, text]) => ({ kind: 'new', name, data: Buffer.from(changed.get(name) ?? text, 'utf8') }));
  for (const [name, text] of added) outputs.push({ kind: 'new', name, data: Buffer.from(text, 'utf8') });
  return writeZip(outputs, now);
}

/** `writeNewXlsx` for callers that await a Buffer (the CLI's `init` and `demo`). */
export async function writeXlsx(plans: ReadonlyArray<TabPlan>): Promise<Buffer> {
  const bytes = writeNewXlsx(plans);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

interface Edits {
  /** Existing parts with their new text. */
  readonly changed: Map<string, string>;
  /** New parts, in the order they are written. */
  readonly added: Map<string, string>;
}

interface ExistingSheet {
  readonly name: string;
  readonly sheetId: number;
}

function editPackage(source: PackageSource, plans: ReadonlyArray<TabPlan>, strings: SharedStrings | null): Edits {
  const changed = new Map<string, string>();
  const added = new Map<string, string>();
  const read = (name: string): string => {
    const text = changed.get(name) ?? source.readText(name);
    if (text === null) throw new XlsxWriteError(`Tệp thiếu phần "${name}", không thêm tab được.`);
    return text;
  };
  const taken = new Set(source.names.map((n) => n.toLowerCase()));

  const rootRels = parseRelationships(read('_rels/.rels'), '');
  const workbookPart = rootRels.find((r) => r.kind === 'officeDocument')?.part ?? 'xl/workbook.xml';
  const workbookDir = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  const workbookRelsPart = relationshipsPartOf(workbookPart);
  let workbookXml = read(workbookPart);
  let workbookRels = source.readText(workbookRelsPart) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"></Relationships>`;
  let contentTypes = read('[Content_Types].xml');
  const ns = workbookXml.includes(STRICT.main) ? STRICT : TRANSITIONAL;
  const relationships = parseRelationships(workbookRels, workbookPart);
  const stylesPart = relationships.find((r) => r.kind === 'styles')?.part ?? null;
  if (stylesPart === null) throw new XlsxWriteError('Tệp không có phần kiểu dáng (styles), không thêm tab được.');
  const styles = new StyleRegistry(read(stylesPart));

  const existing = existingSheets(workbookXml);
  const names = new Set(existing.map((s) => s.name.toLowerCase()));
  for (const plan of plans) {
    const problem = tabNameProblem(plan.name);
    if (problem !== null) throw new XlsxWriteError(`Không tạo được tab "${plan.name}": ${problem}.`);
    if (names.has(plan.name.toLowerCase())) throw new XlsxWriteError(`Tab "${plan.name}" đã có trong bảng tính; không ghi đè tab đã có.`);
    names.add(plan.name.toLowerCase());
  }

  const choices = new ChoiceLists([...names], CHOICE_LIST_SHEET);
  const usedVmlBlocks = vmlBlocksIn(source);
  let nextSheetId = Math.max(0, ...existing.map((s) => s.sheetId)) + 1;
  let nextRelationship = nextNumber(relationships.map((r) => r.id), 'rId');
  let sheetIndex = existing.length;
  let nextPartNumber = 1;
  let hasFormulas = false;
  const sheetEntries: SheetEntryOut[] = [];
  const printTitles: string[] = [];
  const titles: string[] = [];
  const relEntries: string[] = [];
  const overrides: string[] = [];

  const partsNumbered = (n: number) => ({
    sheet: `${workbookDir}worksheets/sheet${n}.xml`,
    comments: `${workbookDir}comments${n}.xml`,
    vml: `${workbookDir}drawings/vmlDrawing${n}.vml`,
  });
  const addSheet = (plan: TabPlan, state: 'visible' | 'hidden'): void => {
    while (Object.values(partsNumbered(nextPartNumber)).some((part) => taken.has(part.toLowerCase()))) nextPartNumber += 1;
    const n = nextPartNumber;
    nextPartNumber += 1;
    const names = partsNumbered(n);
    const sheetPart = names.sheet;
    const block = Math.max(0, ...usedVmlBlocks) + 1;
    const parts = renderSheet(plan, styles, choices, ns, block, strings);
    hasFormulas = hasFormulas || parts.hasFormulas;
    added.set(sheetPart, parts.sheet);
    overrides.push(override(sheetPart, CONTENT_TYPES.worksheet));
    if (parts.notes !== null) {
      usedVmlBlocks.push(block);
      added.set(names.comments, parts.notes.comments);
      added.set(names.vml, parts.notes.vml);
      overrides.push(override(names.comments, CONTENT_TYPES.comments));
      added.set(
        relationshipsPartOf(sheetPart),
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
          `<Relationship Id="rIdComments" Type="${ns.types}/comments" Target="../comments${n}.xml"/>` +
          `<Relationship Id="rIdVml" Type="${ns.types}/vmlDrawing" Target="../drawings/vmlDrawing${n}.vml"/></Relationships>`,
      );
    }
    for (const part of Object.values(names)) taken.add(part.toLowerCase());
    const rId = `rId${nextRelationship}`;
    nextRelationship += 1;
    relEntries.push(`<Relationship Id="${rId}" Type="${ns.types}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
    sheetEntries.push({ name: plan.name, sheetId: nextSheetId, rId, state });
    nextSheetId += 1;
    if (plan.frozenRows > 0) {
      printTitles.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${sheetIndex}">${escapeText(`'${plan.name.replace(/'/g, "''")}'!$1:$${plan.frozenRows}`)}</definedName>`);
    }
    titles.push(plan.name);
    sheetIndex += 1;
  };

  for (const plan of plans) addSheet(plan, 'visible');
  const listPlan = choices.plan();
  // Hidden rather than "very hidden", so a curious person can still find where options live.
  if (listPlan !== null) addSheet(listPlan, 'hidden');

  workbookXml = addSheetEntries(workbookXml, ns, sheetEntries);
  if (printTitles.length > 0) workbookXml = addDefinedNames(workbookXml, printTitles);
  // The writer stores formulas' last results only when it knows them; ask for a recalculation.
  if (hasFormulas) workbookXml = requestFullCalculation(workbookXml);
  changed.set(workbookPart, workbookXml);

  workbookRels = insertBeforeClose(workbookRels, 'Relationships', relEntries.join(''));
  if (source.readText(workbookRelsPart) === null) added.set(workbookRelsPart, workbookRels);
  else changed.set(workbookRelsPart, workbookRels);

  if (!/<(?:\w+:)?Default\s[^>]*Extension="vml"/i.test(contentTypes) && [...added.keys()].some((n) => n.endsWith('.vml'))) {
    overrides.unshift(`<Default Extension="vml" ContentType="${CONTENT_TYPES.vml}"/>`);
  }
  contentTypes = insertBeforeClose(contentTypes, 'Types', overrides.join(''));
  changed.set('[Content_Types].xml', contentTypes);

  const stylesXml = styles.appendTo();
  if (stylesXml !== read(stylesPart)) changed.set(stylesPart, stylesXml);

  const appPart = rootRels.find((r) => r.kind === 'extended-properties' || r.kind === 'extendedProperties')?.part ?? null;
  const appXml = appPart === null ? null : source.readText(appPart);
  if (appPart !== null && appXml !== null) {
    const updated = addTitlesToAppXml(appXml, existing.length, titles);
    if (updated !== null) changed.set(appPart, updated);
  }
  return { changed, added };
}

interface SheetEntryOut {
  readonly name: string;
  readonly sheetId: number;
  readonly rId: string;
  readonly state: 'visible' | 'hidden';
}

function override(part: string, type: string): string {
  return `<Override PartName="/${escapeAttribute(part)}" ContentType="${type}"/>`;
}

function existingSheets(workbookXml: string): ExistingSheet[] {
  const cursor = new XmlCursor(workbookXml);
  const sheets: ExistingSheet[] = [];
  for (let kind = cursor.next(); kind !== 0; kind = cursor.next()) {
    if (kind === OPEN && cursor.name === 'sheet') sheets.push({ name: cursor.attr('name') ?? '', sheetId: Number(cursor.attr('sheetId') ?? 0) || 0 });
  }
  return sheets;
}

function nextNumber(ids: ReadonlyArray<string>, prefix: string): number {
  let max = 0;
  for (const id of ids) {
    const match = new RegExp(`^${prefix}(\\d+)$`).exec(id);
    if (match !== null) max = Math.max(max, Number(match[1]));
  }
  return max + 1;
}

/** VML shape-id blocks (`<o:idmap data="1,2">`) already used, so new notes' shapes get their own. */
function vmlBlocksIn(source: PackageSource): number[] {
  const blocks: number[] = [];
  for (const name of source.names) {
    if (!name.toLowerCase().endsWith('.vml')) continue;
    const text = source.readText(name) ?? '';
    for (const match of text.matchAll(/idmap[^>]*\sdata="([\d,\s]+)"/g)) {
      for (const n of (match[1] ?? '').split(',')) if (n.trim() !== '') blocks.push(Number(n));
    }
  }
  return blocks;
}

/** The prefix the workbook part binds to the relationships namespace, declaring "r" when it binds none. */
function relationshipPrefix(workbookXml: string, ns: Namespaces): { prefix: string; declaration: string } {
  const match = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)="${ns.relationships.replace(/[.]/g, '\\.')}"`).exec(workbookXml);
  return match !== null ? { prefix: match[1]!, declaration: '' } : { prefix: 'r', declaration: ` xmlns:r="${ns.relationships}"` };
}

function addSheetEntries(workbookXml: string, ns: Namespaces, sheets: ReadonlyArray<SheetEntryOut>): string {
  const { prefix, declaration } = relationshipPrefix(workbookXml, ns);
  const element = rootPrefix(workbookXml);
  const entries = sheets
    .map((s) => `<${element}sheet name="${escapeAttribute(s.name)}" sheetId="${s.sheetId}"${s.state === 'hidden' ? ' state="hidden"' : ''} ${prefix}:id="${s.rId}"${declaration}/>`)
    .join('');
  if (new RegExp(`<${element}sheets[\\s>/]`).test(workbookXml)) return insertBeforeClose(workbookXml, 'sheets', entries);
  // A workbook part without a sheet list (a skeleton): the list goes before what must follow it.
  return insertAtSchemaPlace(workbookXml, element, 'sheets', `<${element}sheets>${entries}</${element}sheets>`);
}

/** The order of `<workbook>`'s children (ECMA-376 Part 1, 18.2.27). */
const WORKBOOK_ORDER = [
  'fileVersion', 'fileSharing', 'workbookPr', 'absPath', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups',
  'externalReferences', 'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr',
  'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst',
];

function addDefinedNames(workbookXml: string, names: ReadonlyArray<string>): string {
  const element = rootPrefix(workbookXml);
  const body = names.map((n) => (element === '' ? n : n.replace(/<(\/?)definedName/g, `<$1${element}definedName`))).join('');
  if (new RegExp(`<${element}definedNames[\\s>/]`).test(workbookXml)) return insertBeforeClose(workbookXml, 'definedNames', body);
  return insertAtSchemaPlace(workbookXml, element, 'definedNames', `<${element}definedNames>${body}</${element}definedNames>`);
}

function requestFullCalculation(workbookXml: string): string {
  const element = rootPrefix(workbookXml);
  const calc = new RegExp(`<${element}calcPr(\\s[^>]*?)?(/?)>`).exec(workbookXml);
  if (calc === null) return insertAtSchemaPlace(workbookXml, element, 'calcPr', `<${element}calcPr fullCalcOnLoad="1"/>`);
  if (/\sfullCalcOnLoad=/.test(calc[0])) return workbookXml.replace(calc[0], calc[0].replace(/\sfullCalcOnLoad="[^"]*"/, ' fullCalcOnLoad="1"'));
  return workbookXml.replace(calc[0], calc[0].replace(/(\/?>)$/, ' fullCalcOnLoad="1"$1'));
}

/** Inserts a child of `<workbook>` before the first child that must come after it. */
function insertAtSchemaPlace(workbookXml: string, prefix: string, name: string, element: string): string {
  for (const next of WORKBOOK_ORDER.slice(WORKBOOK_ORDER.indexOf(name) + 1)) {
    const at = new RegExp(`<${prefix}${next}[\\s>/]`).exec(workbookXml);
    if (at !== null) return workbookXml.slice(0, at.index) + element + workbookXml.slice(at.index);
  }
  return insertBeforeClose(workbookXml, 'workbook', element);
}

/** Inserts content before an element's end tag, opening it first if it closes itself. */
function insertBeforeClose(xml: string, localName: string, content: string): string {
  if (content === '') return xml;
  const close = new RegExp(`</((?:[A-Za-z_][\\w.-]*:)?${localName})\\s*>`).exec(xml);
  if (close !== null) return xml.slice(0, close.index) + content + xml.slice(close.index);
  const empty = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?${localName})(\\s[^>]*?)?/>`).exec(xml);
  if (empty === null) throw new XlsxWriteError(`Tệp không có phần "${localName}" như mong đợi, không thêm tab được.`);
  return `${xml.slice(0, empty.index)}<${empty[1]}${empty[2] ?? ''}>${content}</${empty[1]}>${xml.slice(empty.index + empty[0].length)}`;
}

/**
 * Adds the new tab names to docProps/app.xml when it has the shape Excel gives it (worksheets
 * first in HeadingPairs and TitlesOfParts); any other shape is left as it is (the part is only
 * informative, and Excel rewrites it when it saves).
 */
function addTitlesToAppXml(xml: string, existingSheetCount: number, names: ReadonlyArray<string>): string | null {
  const pairs = /(<HeadingPairs>\s*<(\w+:)vector\s+size=")(\d+)("\s+baseType="variant">\s*<\2variant>\s*<\2lpstr>[^<]*<\/\2lpstr>\s*<\/\2variant>\s*<\2variant>\s*<\2i4>)(\d+)(<\/\2i4>)/.exec(xml);
  const titles = /(<TitlesOfParts>\s*<(\w+:)vector\s+size=")(\d+)("\s+baseType="lpstr">)/.exec(xml);
  if (pairs === null || titles === null || pairs[2] !== titles[2]) return null;
  const worksheets = Number(pairs[5]);
  if (worksheets > existingSheetCount) return null;
  const vt = titles[2]!;
  // Find the end of the worksheets' names inside TitlesOfParts.
  let at = titles.index + titles[0].length;
  for (let i = 0; i < worksheets; i += 1) {
    const end = xml.indexOf(`</${vt}lpstr>`, at);
    if (end < 0) return null;
    at = end + `</${vt}lpstr>`.length;
  }
  const added = names.map((n) => `<${vt}lpstr>${escapeText(n)}</${vt}lpstr>`).join('');
  let out = xml.slice(0, at) + added + xml.slice(at);
  out = out.replace(titles[0], `${titles[1]}${Number(titles[3]) + names.length}${titles[4]}`);
  out = out.replace(pairs[0], `${pairs[1]}${pairs[3]}${pairs[4]}${worksheets + names.length}${pairs[6]}`);
  return out;
}

const SHARED_STRINGS_PART = 'xl/sharedStrings.xml';

/** The parts of an empty workbook: what `init` starts from before adding its tabs. */
function emptyPackage(now: Date): Map<string, string> {
  const stamp = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const rel = TRANSITIONAL.types;
  return new Map([
    [
      '[Content_Types].xml',
      `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      `${declaration}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
        `<Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/>` +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        `<Relationship Id="rId3" Type="${rel}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    ],
    [
      'docProps/core.xml',
      `${declaration}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
        `<dc:creator>baocao</dc:creator><cp:lastModifiedBy>baocao</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`,
    ],
    [
      'docProps/app.xml',
      `${declaration}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
        '<Application>baocao</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>0</vt:i4></vt:variant></vt:vector></HeadingPairs>' +
        '<TitlesOfParts><vt:vector size="0" baseType="lpstr"></vt:vector></TitlesOfParts></Properties>',
    ],
    [
      'xl/workbook.xml',
      `${declaration}<workbook xmlns="${TRANSITIONAL.main}" xmlns:r="${TRANSITIONAL.relationships}">` +
        '<workbookPr/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="15000" activeTab="0"/></bookViews><sheets/><calcPr calcId="191029"/></workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${declaration}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${rel}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ],
    [SHARED_STRINGS_PART, ''],
    [
      'xl/styles.xml',
      `${declaration}<styleSheet xmlns="${TRANSITIONAL.main}">` +
        // Font 0 is the workbook's default: cells people add themselves come out in Arial too.
        `<fonts count="1"><font><sz val="11"/><name val="${FONT_NAME}"/><family val="2"/></font></fonts>` +
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
    ],
  ]);
}

