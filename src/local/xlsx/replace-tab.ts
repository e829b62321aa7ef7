/**
 * Replaces one tab of an .xlsx package in place, without rewriting the package: the tab keeps
 * its name, position, sheet id and relationship, and its sheet part gets the new content; its
 * old notes (comments and VML drawing) are dropped and the new ones added. Every other part is
 * copied byte for byte (compressed bytes and all), as `addTabsToXlsx` does; only the sheet's
 * own parts, `[Content_Types].xml` (the notes' entries) and the styles part (by appending) change.
 * Used by `baocao cutoff --force` to take a new snapshot over the old one. A tab holding
 * anything the writer cannot recreate (a chart, an image, a table, threaded comments) is not
 * replaced: XlsxWriteError says so and the file stays as it was.
 */
import type { TabPlan } from '../../domain/workbook/layout';
import { XlsxWriteError } from './listing-edits';
import { PACKAGE_RELATIONSHIPS, parseRelationships, relationshipsPartOf, STRICT, TRANSITIONAL } from './package';
import { ChoiceLists, renderSheet } from './write-sheet';
import { StyleRegistry } from './write-styles';
import { OPEN, XmlCursor, escapeAttribute } from './xml';
import { openZip, writeZip, type ZipOutput } from './zip';
import { CHOICE_LIST_SHEET } from './write-package';

/** Most unpacked bytes of the parts read to change them (the same budget as adding tabs). */
const EDIT_BUDGET = 256 * 1024 * 1024;
/** Relationships of a sheet the writer makes itself, and so may drop and make again. */
const OWN_SHEET_RELATIONSHIPS = new Set(['comments', 'vmlDrawing']);
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';

/** The sheet entries of the workbook part: name and relationship id. */
function sheetEntries(workbookXml: string): Array<{ name: string; rId: string }> {
  const cursor = new XmlCursor(workbookXml);
  const out: Array<{ name: string; rId: string }> = [];
  for (let kind = cursor.next(); kind !== 0; kind = cursor.next()) {
    if (kind === OPEN && cursor.name === 'sheet') out.push({ name: cursor.attr('name') ?? '', rId: cursor.prefixedAttr('id') ?? '' });
  }
  return out;
}

/** The largest VML shape-id block other drawings use, so the new notes' shapes get their own. */
function highestVmlBlock(readText: (name: string) => string | null, names: ReadonlyArray<string>, except: ReadonlySet<string>): number {
  let max = 0;
  for (const name of names) {
    if (!name.toLowerCase().endsWith('.vml') || except.has(name.toLowerCase())) continue;
    for (const match of (readText(name) ?? '').matchAll(/idmap[^>]*\sdata="([\d,\s]+)"/g)) {
      for (const n of (match[1] ?? '').split(',')) if (n.trim() !== '') max = Math.max(max, Number(n));
    }
  }
  return max;
}

function withoutOverrides(contentTypes: string, parts: ReadonlySet<string>): string {
  return contentTypes.replace(/<(?:\w+:)?Override\s[^>]*\/>/g, (element) => {
    const name = /PartName="\/?([^"]+)"/.exec(element)?.[1] ?? '';
    return parts.has(decodeURIComponent(name).toLowerCase()) ? '' : element;
  });
}

function insertBeforeTypesClose(contentTypes: string, content: string): string {
  const close = contentTypes.lastIndexOf('</');
  if (close < 0) throw new XlsxWriteError('Tệp thiếu danh mục kiểu nội dung ([Content_Types].xml), không thay tab được.');
  return contentTypes.slice(0, close) + content + contentTypes.slice(close);
}

/** The workbook with the tab named `plan.name` holding the plan instead; the input bytes are not modified. */
export function replaceTabInXlsx(input: Uint8Array, plan: TabPlan, now: Date = new Date()): Uint8Array {
  const zip = openZip(input, EDIT_BUDGET);
  const read = (name: string): string => {
    const text = zip.readText(name);
    if (text === null) throw new XlsxWriteError(`Tệp thiếu phần "${name}", không thay tab được.`);
    return text;
  };
  const names = zip.entries.map((e) => e.name);
  const rootRels = parseRelationships(read('_rels/.rels'), '');
  const workbookPart = rootRels.find((r) => r.kind === 'officeDocument')?.part ?? 'xl/workbook.xml';
  const workbookXml = read(workbookPart);
  const ns = workbookXml.includes(STRICT.main) ? STRICT : TRANSITIONAL;
  const workbookRels = parseRelationships(read(relationshipsPartOf(workbookPart)), workbookPart);
  const entry = sheetEntries(workbookXml).find((s) => s.name.toLowerCase() === plan.name.toLowerCase());
  if (entry === undefined) throw new XlsxWriteError(`Bảng tính không có tab "${plan.name}" để thay.`);
  const sheetPart = workbookRels.find((r) => r.id === entry.rId && r.kind === 'worksheet')?.part ?? null;
  if (sheetPart === null) throw new XlsxWriteError(`Tab "${plan.name}" không phải trang tính thường, không thay được.`);

  const sheetRelsPart = relationshipsPartOf(sheetPart);
  const sheetRelsXml = zip.readText(sheetRelsPart);
  const sheetRels = sheetRelsXml === null ? [] : parseRelationships(sheetRelsXml, sheetPart);
  const foreign = sheetRels.filter((r) => !OWN_SHEET_RELATIONSHIPS.has(r.kind));
  if (foreign.length > 0) {
    throw new XlsxWriteError(`Tab "${plan.name}" có đối tượng mà baocao không tạo lại được (${foreign.map((r) => r.kind).join(', ')}); hãy xóa tab này bằng Excel hoặc LibreOffice rồi chạy lại.`);
  }
  const dropped = new Set(sheetRels.map((r) => r.part).filter((p): p is string => p !== null).map((p) => p.toLowerCase()));

  const stylesPart = workbookRels.find((r) => r.kind === 'styles')?.part ?? null;
  if (stylesPart === null) throw new XlsxWriteError('Tệp không có phần kiểu dáng (styles), không thay tab được.');
  const stylesXml = read(stylesPart);
  const styles = new StyleRegistry(stylesXml);
  const choices = new ChoiceLists(sheetEntries(workbookXml).map((s) => s.name), CHOICE_LIST_SHEET);
  const block = highestVmlBlock((n) => zip.readText(n), names, dropped) + 1;
  const parts = renderSheet(plan, styles, choices, ns, block, null);
  if (choices.plan() !== null) throw new XlsxWriteError(`Tab "${plan.name}" cần danh sách chọn dài; không thay tại chỗ được.`);

  const changed = new Map<string, string>([[sheetPart.toLowerCase(), parts.sheet]]);
  const added = new Map<string, string>();
  let contentTypes = withoutOverrides(read('[Content_Types].xml'), dropped);
  const taken = new Set(names.map((n) => n.toLowerCase()).filter((n) => !dropped.has(n)));
  if (parts.notes !== null) {
    const dir = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
    let n = 1;
    while (taken.has(`${dir}comments${n}.xml`.toLowerCase()) || taken.has(`${dir}drawings/vmldrawing${n}.vml`)) n += 1;
    const comments = `${dir}comments${n}.xml`;
    const vml = `${dir}drawings/vmlDrawing${n}.vml`;
    added.set(comments, parts.notes.comments);
    added.set(vml, parts.notes.vml);
    const relsText =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
      `<Relationship Id="rIdComments" Type="${ns.types}/comments" Target="../comments${n}.xml"/>` +
      `<Relationship Id="rIdVml" Type="${ns.types}/vmlDrawing" Target="../drawings/vmlDrawing${n}.vml"/></Relationships>`;
    if (sheetRelsXml === null) added.set(sheetRelsPart, relsText);
    else changed.set(sheetRelsPart.toLowerCase(), relsText);
    let extra = `<Override PartName="/${escapeAttribute(comments)}" ContentType="${COMMENTS_TYPE}"/>`;
    if (!/<(?:\w+:)?Default\s[^>]*Extension="vml"/i.test(contentTypes)) extra = `<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>` + extra;
    contentTypes = insertBeforeTypesClose(contentTypes, extra);
  }
  changed.set('[content_types].xml', contentTypes);
  const appendedStyles = styles.appendTo();
  if (appendedStyles !== stylesXml) changed.set(stylesPart.toLowerCase(), appendedStyles);

  const outputs: ZipOutput[] = [];
  for (const zipEntry of zip.entries) {
    const key = zipEntry.name.toLowerCase();
    if (dropped.has(key)) continue;
    // A sheet whose notes went away loses its relationships part too.
    if (key === sheetRelsPart.toLowerCase() && parts.notes === null) continue;
    const text = changed.get(key);
    outputs.push(text === undefined ? { kind: 'copy', entry: zipEntry, source: input } : { kind: 'new', name: zipEntry.name, data: Buffer.from(text, 'utf8') });
  }
  for (const [name, text] of added) outputs.push({ kind: 'new', name, data: Buffer.from(text, 'utf8') });
  return writeZip(outputs, now);
}
