/**
 * The kinds of file the command line writes, each with the name endings it accepts and a test
 * that tells, from an existing file's bytes, whether that file is of the same kind. `--force`
 * may replace only a file that passes the test: a report may replace an older report, never
 * the clerk's workbook or an unrelated document that happens to carry the name.
 */
import { startsWithLocalHeader } from '../xlsx/zip';
import { zipEntryText, zipNames } from './zip-peek';

export type OutputKindId = 'docx' | 'markdown' | 'workbook' | 'eml' | 'csv';

export interface OutputKind {
  readonly id: OutputKindId;
  /** Lower-case name endings, with the dot; the first is the one suggested. */
  readonly extensions: ReadonlyArray<string>;
  /** What the file is, in Vietnamese, without its name ending ("văn bản Word"). */
  readonly label: string;
  /** Whether an existing file with these bytes may be replaced by one of this kind. */
  readonly mayReplace: (bytes: Buffer) => boolean;
  /** Why an existing file may not be replaced, when `mayReplace` says no. */
  readonly refusal: string;
}

function names(bytes: Buffer): Set<string> {
  return new Set((startsWithLocalHeader(bytes) ? (zipNames(bytes) ?? []) : []).map((n) => n.toLowerCase()));
}

/** Plain text: valid UTF-8 without NUL bytes (a zip, a .doc or an image has both). */
export function isPlainText(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function coreProperty(bytes: Buffer, element: string): string | null {
  const core = zipEntryText(bytes, 'docProps/core.xml');
  if (core === null) return null;
  const match = new RegExp(`<${element}(?:\\s[^>]*)?>([^<]*)</${element}>`).exec(core);
  return match?.[1]?.trim() ?? null;
}

/**
 * A workbook `baocao init` made and no other program has saved since: its creator and its
 * last editor are both "baocao" (Excel, LibreOffice and exceljs-based tools write their own
 * user name into cp:lastModifiedBy when they save; ECMA-376 Part 2, 11 Core properties).
 */
export function isUntouchedBaocaoWorkbook(bytes: Buffer): boolean {
  return (
    names(bytes).has('xl/workbook.xml') &&
    coreProperty(bytes, 'dc:creator') === 'baocao' &&
    coreProperty(bytes, 'cp:lastModifiedBy') === 'baocao'
  );
}

export const OUTPUT_KINDS: Readonly<Record<OutputKindId, OutputKind>> = {
  docx: {
    id: 'docx',
    extensions: ['.docx'],
    label: 'văn bản Word',
    mayReplace: (bytes) => names(bytes).has('word/document.xml'),
    refusal: 'tệp này không phải văn bản Word (.docx)',
  },
  markdown: {
    id: 'markdown',
    extensions: ['.md', '.markdown'],
    label: 'văn bản Markdown',
    mayReplace: isPlainText,
    refusal: 'tệp này không phải văn bản thuần (Markdown)',
  },
  workbook: {
    id: 'workbook',
    extensions: ['.xlsx'],
    label: 'bảng tính Excel',
    mayReplace: isUntouchedBaocaoWorkbook,
    refusal: 'đây không phải bảng tính baocao vừa tạo mà chưa ai sửa (có thể là bảng tính đang dùng)',
  },
  eml: {
    id: 'eml',
    extensions: ['.eml'],
    label: 'thư điện tử',
    mayReplace: () => false,
    refusal: 'thư đã ghi không bao giờ bị ghi đè',
  },
  csv: {
    id: 'csv',
    extensions: ['.csv'],
    label: 'bảng CSV',
    mayReplace: isPlainText,
    refusal: 'tệp này không phải văn bản thuần (CSV)',
  },
};

/** The name ending of `path`, lower-case with its dot ('' when there is none). */
export function extensionOf(path: string): string {
  const base = path.replace(/^.*[/\\]/, '');
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

export function kindForExtension(path: string, among: ReadonlyArray<OutputKindId>): OutputKind | null {
  const extension = extensionOf(path);
  return among.map((id) => OUTPUT_KINDS[id]).find((k) => k.extensions.includes(extension)) ?? null;
}
