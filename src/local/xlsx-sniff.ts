/**
 * Tells, from a file's bytes alone, whether it can be an .xlsx workbook and, when it cannot,
 * what it most likely is instead. Clerks rename .csv and old .xls files to .xlsx, download
 * half a file, or pick the Word document next to the spreadsheet; a parser error ("End of data
 * reached", "Corrupted zip") means nothing to them, so the reader checks the bytes first and
 * explains in Vietnamese what the file is.
 */
import { zipNames } from './files/zip-peek';
import { startsWithLocalHeader } from './xlsx/zip';

/** Why a file is not a readable workbook; `reason` is the Vietnamese clause shown to people. */
export interface NotWorkbookVerdict {
  readonly kind: NotWorkbookKind;
  readonly reason: string;
}

export type NotWorkbookKind =
  | 'notFound'
  | 'notAFile'
  | 'empty'
  | 'notZip'
  | 'html'
  | 'legacyXls'
  | 'encrypted'
  | 'damagedZip'
  | 'otherOfficeFile'
  | 'noWorkbook'
  | 'tooLarge'
  | 'unreadable';

export const NOT_WORKBOOK_REASONS: Readonly<Record<NotWorkbookKind, string>> = {
  notFound: 'không tìm thấy tệp',
  notAFile: 'đây là một thư mục, không phải tệp',
  empty: 'tệp rỗng',
  notZip: 'không phải tệp .xlsx (có thể là .csv hoặc .xls đời cũ)',
  html: 'tệp là trang HTML/XML mang đuôi bảng tính, không phải tệp .xlsx thật',
  legacyXls: 'tệp .xls đời cũ (Excel 97–2003), không phải .xlsx',
  encrypted: 'tệp được đặt mật khẩu; hãy gỡ mật khẩu trước',
  damagedZip: 'tệp bị hỏng hoặc chưa tải về hết',
  otherOfficeFile: 'tệp văn phòng khác, không phải bảng tính .xlsx',
  noWorkbook: 'tệp nén nhưng không chứa bảng tính',
  tooLarge: 'nội dung giải nén quá lớn (có thể là "bom nén" độc hại, hoặc bảng tính quá lớn: hãy tách thành nhiều tệp)',
  unreadable: 'tệp bị hỏng, không đọc được nội dung bảng tính',
};

/** Also the first bytes of an empty archive, which is nothing but this record. */
const ZIP_END_OF_DIRECTORY = 0x06054b50;

/** Old Office files (.xls, .doc) and password-protected .xlsx share this "compound file" container. */
const COMPOUND_FILE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** An encrypted .xlsx is a compound file holding a stream of this name (names are UTF-16LE). */
const ENCRYPTED_PACKAGE_STREAM = Buffer.from('EncryptedPackage', 'utf16le');

/** Every spreadsheet program writes the workbook part at this path, so that is what "is a workbook" means here. */
const WORKBOOK_PART = 'xl/workbook.xml';

/** Null when the bytes look like an .xlsx package; otherwise what is wrong with them. */
export function sniffWorkbookBytes(bytes: Buffer): NotWorkbookVerdict | null {
  if (bytes.length === 0) return verdict('empty');
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === ZIP_END_OF_DIRECTORY) return verdict('noWorkbook');
  if (startsWithLocalHeader(bytes)) return sniffZip(bytes);
  if (bytes.subarray(0, COMPOUND_FILE_SIGNATURE.length).equals(COMPOUND_FILE_SIGNATURE)) {
    return verdict(bytes.includes(ENCRYPTED_PACKAGE_STREAM) ? 'encrypted' : 'legacyXls');
  }
  // Many accounting programs export "Excel" files that are really HTML or SpreadsheetML pages.
  const start = bytes.subarray(0, 512).toString('utf8').replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (start.startsWith('<')) return verdict('html');
  return verdict('notZip');
}

function sniffZip(bytes: Buffer): NotWorkbookVerdict | null {
  const names = zipNames(bytes);
  if (names === null) return verdict('damagedZip');
  const lower = new Set(names.map((n) => n.toLowerCase()));
  if (lower.has(WORKBOOK_PART)) return null;
  // Name the likely culprit: the Word report or the LibreOffice sheet picked by mistake.
  if (lower.has('word/document.xml')) return otherOfficeFile('tệp Word (.docx), không phải bảng tính');
  if (lower.has('ppt/presentation.xml')) return otherOfficeFile('tệp PowerPoint (.pptx), không phải bảng tính');
  if (lower.has('xl/workbook.bin')) return otherOfficeFile('tệp .xlsb (bảng tính dạng nhị phân), không phải .xlsx');
  if (lower.has('content.xml') && lower.has('mimetype')) {
    // The mimetype entry is stored uncompressed at the start, so its text can be found as is.
    return bytes.includes(Buffer.from('opendocument.spreadsheet'))
      ? otherOfficeFile('tệp .ods (bảng tính OpenDocument), không phải .xlsx')
      : otherOfficeFile('tệp OpenDocument (.odt/.odp), không phải bảng tính');
  }
  return verdict('noWorkbook');
}

function otherOfficeFile(reason: string): NotWorkbookVerdict {
  return { kind: 'otherOfficeFile', reason };
}

function verdict(kind: NotWorkbookKind): NotWorkbookVerdict {
  return { kind, reason: NOT_WORKBOOK_REASONS[kind] };
}
