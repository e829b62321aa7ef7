/**
 * Reads an .xlsx package (bytes) into the core's RawWorkbook: the workbook part found through
 * the package relationships, its tabs in workbook order (hidden ones included, as Google Sheets
 * lists them), each grid sheet's rows; chartsheets, dialog sheets and macro sheets hold no cells
 * and are left out. Transitional and Strict (ISO/IEC 29500) files read alike. Only the parts
 * needed are unpacked, within a size budget. Whatever cannot be read is an XlsxReadError whose
 * `reason` says in Vietnamese what is wrong and where; it never comes back as an empty workbook.
 */
import type { RawTab, RawWorkbook } from '../../domain/cells';
import { NOT_WORKBOOK_REASONS, type NotWorkbookKind } from '../xlsx-sniff';
import { parseRelationships, relationshipsPartOf, type Relationship } from './package';
import { readSharedStrings } from './shared-strings';
import { CellReadError, readSheetRows, type SheetContext } from './sheet';
import { readDateStyles } from './styles';
import { OPEN, XmlCursor, XmlSyntaxError } from './xml';
import { ZipError, openZip, type ZipReader } from './zip';

/** Most bytes the parts the reader unpacks may hold together; a real workbook of 1,000 units holds about 25 MB. */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

export class XlsxReadError extends Error {
  override readonly name = 'XlsxReadError';
  constructor(
    readonly kind: NotWorkbookKind,
    /** The Vietnamese clause for the clerk. */
    readonly reason: string,
    options?: { readonly cause?: unknown },
  ) {
    super(reason, options);
  }
}

export interface ReadPackageOptions {
  readonly maxUnpackedBytes?: number;
}

export interface SheetEntry {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  readonly relationshipId: string;
}

export interface WorkbookPart {
  readonly sheets: ReadonlyArray<SheetEntry>;
  readonly date1904: boolean;
}

/** Sheet kinds that hold no grid of cells (charts, Excel 5 dialogs, XLM macros). */
const NON_GRID_SHEETS = new Set(['chartsheet', 'dialogsheet', 'xlMacrosheet', 'xlIntlMacrosheet']);
const DEFAULT_WORKBOOK_PART = 'xl/workbook.xml';

export function readWorkbookPackage(bytes: Uint8Array, options: ReadPackageOptions = {}): RawWorkbook {
  const budget = options.maxUnpackedBytes ?? MAX_UNPACKED_BYTES;
  try {
    return readPackage(openZip(bytes, budget));
  } catch (error) {
    throw asReadError(error, budget);
  }
}

function readPackage(zip: ZipReader): RawWorkbook {
  const workbookPart = findWorkbookPart(zip);
  const workbookXml = readPart(zip, workbookPart, () => new XlsxReadError('noWorkbook', NOT_WORKBOOK_REASONS.noWorkbook));
  const workbook = parseWorkbookPart(workbookXml, workbookPart);
  const relationships = new Map(readRelationships(zip, workbookPart).map((r) => [r.id, r]));
  const partOfKind = (kind: string): string | null => [...relationships.values()].find((r) => r.kind === kind && r.part !== null)?.part ?? null;

  const stringsPart = partOfKind('sharedStrings');
  const stylesPart = partOfKind('styles');
  const context: SheetContext = {
    sharedStrings: withPartName(stringsPart, () => readSharedStrings(stringsPart === null ? null : zip.readText(stringsPart))),
    dateStyles: withPartName(stylesPart, () => readDateStyles(stylesPart === null ? null : zip.readText(stylesPart))),
    date1904: workbook.date1904,
  };

  if (workbook.sheets.length === 0) throw new XlsxReadError('unreadable', 'bảng tính không có tab nào');
  const tabs: RawTab[] = [];
  for (const sheet of workbook.sheets) {
    const relationship = relationships.get(sheet.relationshipId);
    if (relationship !== undefined && NON_GRID_SHEETS.has(relationship.kind)) continue;
    const part = relationship?.part ?? null;
    const xml = part === null ? null : zip.readText(part);
    if (xml === null) throw new XlsxReadError('unreadable', `tab "${sheet.name}" có tên trong tệp nhưng không có nội dung đi kèm`);
    tabs.push({ name: sheet.name, rows: readSheet(xml, sheet.name, part!, context) });
  }
  if (tabs.length === 0) throw new XlsxReadError('unreadable', 'bảng tính không có tab dữ liệu nào (chỉ có biểu đồ hoặc hộp thoại)');
  return { tabs };
}

function readSheet(xml: string, tab: string, part: string, context: SheetContext): RawTab['rows'] {
  try {
    const root = rootElement(xml);
    if (root !== 'worksheet') throw new XlsxReadError('unreadable', `tab "${tab}" không phải một trang tính (phần "${part}" là "${root}")`);
    return readSheetRows(xml, context);
  } catch (error) {
    if (error instanceof CellReadError) {
      throw new XlsxReadError('unreadable', `ô ${error.cell} của tab "${tab}" trỏ tới một chuỗi chữ không có trong tệp`, { cause: error });
    }
    if (error instanceof XmlSyntaxError) {
      throw new XlsxReadError('unreadable', `nội dung tab "${tab}" bị hỏng (phần "${part}")`, { cause: error });
    }
    throw error;
  }
}

/** The workbook part the package's officeDocument relationship names (either conformance class). */
function findWorkbookPart(zip: ZipReader): string {
  const rels = zip.readText('_rels/.rels');
  if (rels !== null) {
    const main = withPartName('_rels/.rels', () => parseRelationships(rels, '')).find((r) => r.kind === 'officeDocument' && r.part !== null);
    if (main?.part && zip.entry(main.part) !== undefined) return main.part;
  }
  return DEFAULT_WORKBOOK_PART;
}

function readRelationships(zip: ZipReader, part: string): Relationship[] {
  const relsPart = relationshipsPartOf(part);
  const xml = zip.readText(relsPart);
  return xml === null ? [] : withPartName(relsPart, () => parseRelationships(xml, part));
}

function readPart(zip: ZipReader, part: string, missing: () => Error): string {
  const xml = zip.readText(part);
  if (xml === null) throw missing();
  return xml;
}

export function parseWorkbookPart(xml: string, part: string): WorkbookPart {
  return withPartName(part, () => {
    const cursor = new XmlCursor(xml);
    const sheets: SheetEntry[] = [];
    let date1904 = false;
    let root: string | null = null;
    for (let kind = cursor.next(); kind !== 0; kind = cursor.next()) {
      if (kind !== OPEN) continue;
      root ??= cursor.name;
      if (cursor.name === 'workbookPr') {
        const value = cursor.attr('date1904');
        date1904 = value === '1' || value === 'true';
      } else if (cursor.name === 'sheet') {
        const state = cursor.attr('state');
        sheets.push({
          name: cursor.attr('name') ?? '',
          state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
          relationshipId: cursor.prefixedAttr('id') ?? '',
        });
      } else if (cursor.name === 'extLst') {
        cursor.skipElement();
      }
    }
    if (root !== 'workbook') throw new XlsxReadError('unreadable', `phần "${part}" không phải bảng tính`);
    return { sheets, date1904 };
  });
}

function rootElement(xml: string): string | null {
  const cursor = new XmlCursor(xml);
  return cursor.next() === OPEN ? cursor.name : null;
}

/** Runs a part's parser, turning its syntax errors into a Vietnamese reason naming the part. */
function withPartName<T>(part: string | null, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      throw new XlsxReadError('unreadable', `phần "${part ?? ''}" của tệp bị hỏng, không đọc được`, { cause: error });
    }
    throw error;
  }
}

function asReadError(error: unknown, budget: number): unknown {
  if (error instanceof XlsxReadError) return error;
  if (error instanceof ZipError) {
    switch (error.problem) {
      case 'tooLarge':
        return new XlsxReadError('tooLarge', NOT_WORKBOOK_REASONS.tooLarge.replace('quá lớn', `vượt quá ${Math.round(budget / 1024 / 1024)} MB`), { cause: error });
      case 'encrypted':
        return new XlsxReadError('encrypted', NOT_WORKBOOK_REASONS.encrypted, { cause: error });
      case 'unsupported':
        return new XlsxReadError('unreadable', 'tệp được nén theo cách không hỗ trợ', { cause: error });
      case 'damaged':
        return new XlsxReadError('damagedZip', NOT_WORKBOOK_REASONS.damagedZip, { cause: error });
    }
  }
  return error;
}
