/**
 * The add-in's SourceReader: one paced Sheets API call per source (read-spreadsheet.ts), and
 * Google's refusals turned into typed failures whose Vietnamese detail says what to do: a file
 * not shared with the person collecting (403), a file deleted or a wrong link (404), a source
 * that is no Google spreadsheet at all (an .xlsx path only the command line can read). An API
 * turned off in the Cloud project is not one child's problem: it stops the whole action with
 * google-errors.ts's explanation. Running out of time or of quota stops the read too (the caller
 * continues later): neither is the child's failure. Never writes anything anywhere.
 */
import type { SourceReader } from '../../app/ports';
import type { RawWorkbook } from '../../domain/cells';
import { sourceForm, sourceKey, type SourceFailure } from '../../domain/rollup/sources';
import { describeGoogleError, isApiDisabledError, isNoPermissionError, isNotFoundError } from '../google-errors';
import type { SheetsAdvancedService } from '../surface';
import { OutOfTime, QuotaExhausted, type ReadPacer } from './pacer';
import { readWholeSpreadsheet, type SpreadsheetRead } from './read-spreadsheet';

/** What the collector calls the menu item, in the advice of a failure. */
export const COLLECT_CAPTION = 'Thu thập số liệu cấp dưới';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A failure's detail completes the core's "Không đọc được dữ liệu của đơn vị … từ …: <detail>". */
export function notSheetsSource(): SourceFailure {
  return {
    kind: 'unreadable',
    detail:
      'trong Google Trang tính, nguồn dữ liệu phải là đường liên kết (https://docs.google.com/spreadsheets/d/…) hoặc mã của một bảng tính Google; ' +
      'đường dẫn tệp .xlsx chỉ dùng được với baocao trên máy tính. Hãy dán đường liên kết bảng tính của đơn vị vào cột Nguồn dữ liệu.',
  };
}

/** The failure for one Google error on one source; an error that is not about the source is rethrown. */
export function failureOf(error: unknown, me: string): SourceFailure {
  if (error instanceof OutOfTime || error instanceof QuotaExhausted || isApiDisabledError(error)) throw error;
  if (isNotFoundError(error)) {
    return {
      kind: 'not_found',
      detail:
        'không tìm thấy bảng tính (đã bị xóa, hoặc đường liên kết bị sai). Hãy hỏi đơn vị đường liên kết đúng ' +
        '(hoặc khôi phục bảng tính từ Thùng rác của Google Drive), sửa cột Nguồn dữ liệu ở tab Đơn vị, rồi chạy lại ' +
        `${COLLECT_CAPTION}.`,
    };
  }
  if (isNoPermissionError(error)) {
    return {
      kind: 'no_access',
      detail:
        `bảng tính chưa được chia sẻ với tài khoản ${me}. Hãy đề nghị đơn vị mở bảng tính, bấm Chia sẻ, thêm ${me} ` +
        `(quyền Người xem là đủ; có thể chia sẻ cho cả bộ phận tổng hợp), rồi chạy lại ${COLLECT_CAPTION}.`,
    };
  }
  const known = describeGoogleError(error);
  return {
    kind: 'unreadable',
    detail: `Google không cho đọc bảng tính: ${known ?? `lỗi không lường trước (báo người triển khai: ${messageOf(error)})`}. Hãy chạy lại sau ít phút.`,
  };
}

export class SheetsSourceReader implements SourceReader {
  constructor(
    private readonly sheets: SheetsAdvancedService,
    private readonly pacer: ReadPacer,
    /** Who reads (the effective user): the address a child must share its file with; asked only on a 403. */
    private readonly me: () => string,
  ) {}

  /** The whole spreadsheet, or why it cannot be read; throws only to stop (time, quota, API off). */
  read(source: string): RawWorkbook | SourceFailure {
    const read = this.readWhole(source);
    return isSourceFailure(read) ? read : read.raw;
  }

  /** As `read`, with the spreadsheet's title (how messages name a child). */
  readWhole(source: string): SpreadsheetRead | SourceFailure {
    if (sourceForm(source) !== 'sheets') return notSheetsSource();
    try {
      return this.pacer.read(() => readWholeSpreadsheet(this.sheets, sourceKey(source)));
    } catch (error) {
      return failureOf(error, this.me());
    }
  }
}

export function isSourceFailure<T extends object>(read: T | SourceFailure): read is SourceFailure {
  return 'kind' in read && 'detail' in read;
}
