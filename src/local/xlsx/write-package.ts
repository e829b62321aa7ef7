/**
 * Adds tabs to an .xlsx package without rewriting it. Every part it does not own is copied
 * byte for byte (compressed bytes and all): custom XML, document properties, shared formulas,
 * comments, images, macros' neighbours. It changes only what a new tab must be listed in: the
 * workbook part (a `<sheet>` entry, print titles), its relationships, `[Content_Types].xml`,
 * `docProps/app.xml` (the list of tab names, when it has the usual shape) and the styles part
 * (by appending), and adds the new sheets with their notes. A new workbook (`init`) is the
 * same operation on an empty package, so both get exactly the same tabs.
 */
import { TAB_NAME_FORBIDDEN, TAB_NAME_MAX } from '../../domain/contract/tabs';
import type { TabPlan } from '../../domain/workbook/layout';
import { emptyPackage, SHARED_STRINGS_PART } from './empty-package';
import { addDefinedNames, addSheetEntries, addTitlesToAppXml, insertBeforeClose, requestFullCalculation, XlsxWriteError, type SheetEntryOut } from './listing-edits';
import { PACKAGE_RELATIONSHIPS, parseRelationships, relationshipsPartOf, STRICT, TRANSITIONAL } from './package';
import { ChoiceLists, renderSheet, SharedStrings } from './write-sheet';
import { StyleRegistry } from './write-styles';
import { OPEN, XmlCursor, escapeAttribute, escapeText } from './xml';
import { openZip, writeZip, type ZipOutput, type ZipReader } from './zip';

export { XlsxWriteError };

const CONTENT_TYPES = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
} as const;
/** Most unpacked bytes of the parts the writer reads to change them. */
const EDIT_BUDGET = 256 * 1024 * 1024;

/** The tab added for dropdown lists too long for a cell's inline list. */
export const CHOICE_LIST_SHEET = '_DanhSach';

/** Excel's rules for a tab name (Google Sheets accepts every name Excel does). */
export function tabNameProblem(name: string): string | null {
  if (name.trim() === '') return 'tên tab trống';
  if (name.length > TAB_NAME_MAX) return `tên tab dài quá ${TAB_NAME_MAX} ký tự`;
  if (TAB_NAME_FORBIDDEN.test(name)) return 'tên tab có ký tự : \\ / ? * [ hoặc ]';
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

