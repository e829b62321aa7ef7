/**
 * Text edits of the parts that list a workbook's tabs, made in place so that everything else in
 * them stays as it was: `<sheet>` entries and print titles in the workbook part, a request to
 * recalculate, relationships and content types, and the tab names in docProps/app.xml. Each
 * insertion goes where the schema wants it and uses the prefixes the part already uses.
 */
import type { Namespaces } from './package';
import { rootPrefix } from './write-styles';
import { escapeAttribute, escapeText } from './xml';

/** A tab that cannot be added; `message` is the Vietnamese sentence for the clerk. */
export class XlsxWriteError extends Error {
  override readonly name = 'XlsxWriteError';
}

export interface SheetEntryOut {
  readonly name: string;
  readonly sheetId: number;
  readonly rId: string;
  readonly state: 'visible' | 'hidden';
}

/** The prefix the workbook part binds to the relationships namespace, declaring "r" when it binds none. */
function relationshipPrefix(workbookXml: string, ns: Namespaces): { prefix: string; declaration: string } {
  const match = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)="${ns.relationships.replace(/[.]/g, '\\.')}"`).exec(workbookXml);
  return match !== null ? { prefix: match[1]!, declaration: '' } : { prefix: 'r', declaration: ` xmlns:r="${ns.relationships}"` };
}

export function addSheetEntries(workbookXml: string, ns: Namespaces, sheets: ReadonlyArray<SheetEntryOut>): string {
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

export function addDefinedNames(workbookXml: string, names: ReadonlyArray<string>): string {
  const element = rootPrefix(workbookXml);
  const body = names.map((n) => (element === '' ? n : n.replace(/<(\/?)definedName/g, `<$1${element}definedName`))).join('');
  if (new RegExp(`<${element}definedNames[\\s>/]`).test(workbookXml)) return insertBeforeClose(workbookXml, 'definedNames', body);
  return insertAtSchemaPlace(workbookXml, element, 'definedNames', `<${element}definedNames>${body}</${element}definedNames>`);
}

export function requestFullCalculation(workbookXml: string): string {
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
export function insertBeforeClose(xml: string, localName: string, content: string): string {
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
export function addTitlesToAppXml(xml: string, existingSheetCount: number, names: ReadonlyArray<string>): string | null {
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

