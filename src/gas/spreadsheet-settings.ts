/**
 * The spreadsheet's own time zone and locale, which Google keeps apart from the script's
 * manifest zone (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getspreadsheettimezone;
 * an API-created spreadsheet can be Etc/GMT with en_US). Dates in cells are wall-clock readings
 * in the spreadsheet's zone, and typed dates are read by its locale ("10/03/2023" is 3 October
 * in en_US), so the add-in needs Asia/Ho_Chi_Minh and vi_VN: setup sets them, every other
 * action refuses to run on anything else and says how to fix it.
 */
import { REPORT_TIME_ZONE } from '../domain/dates';
import type { SpreadsheetSurface } from './surface';

export const SPREADSHEET_TIME_ZONE = REPORT_TIME_ZONE;
export const SPREADSHEET_LOCALE = 'vi_VN';

export interface SpreadsheetSettings {
  readonly timeZone: string;
  readonly locale: string;
}

const HOW_TO_FIX = 'Cách sửa: chạy Thiết lập bảng tính (tự đặt lại), hoặc Tệp › Cài đặt: Ngôn ngữ "Việt Nam", Múi giờ "(GMT+07:00) Hà Nội".';

/** What is wrong with the spreadsheet's zone and locale, one Vietnamese line each (empty: fine). */
export function settingsProblems(settings: SpreadsheetSettings): string[] {
  const problems: string[] = [];
  if (settings.timeZone !== SPREADSHEET_TIME_ZONE) {
    problems.push(`Múi giờ của bảng tính là "${settings.timeZone}", không phải ${SPREADSHEET_TIME_ZONE}: giờ nộp, giờ gửi thư sẽ lệch.`);
  }
  if (settings.locale !== SPREADSHEET_LOCALE) {
    problems.push(`Ngôn ngữ của bảng tính là "${settings.locale}", không phải ${SPREADSHEET_LOCALE}: ngày 10/03/2023 có thể bị hiểu là 3 tháng 10.`);
  }
  return problems;
}

export function settingsRefusal(settings: SpreadsheetSettings): string | null {
  const problems = settingsProblems(settings);
  return problems.length === 0 ? null : [...problems, HOW_TO_FIX].join('\n');
}

export interface SettingsFix {
  /** Vietnamese lines saying what was changed. */
  readonly changed: ReadonlyArray<string>;
  /** Set when the spreadsheet still is not right after trying: the message to refuse with. */
  readonly refusal: string | null;
}

/** Sets Asia/Ho_Chi_Minh and vi_VN where they differ, then reads them back to be sure. */
export function fixSpreadsheetSettings(spreadsheet: SpreadsheetSurface): SettingsFix {
  const before: SpreadsheetSettings = { timeZone: spreadsheet.getSpreadsheetTimeZone(), locale: spreadsheet.getSpreadsheetLocale() };
  const changed: string[] = [];
  try {
    if (before.timeZone !== SPREADSHEET_TIME_ZONE) {
      spreadsheet.setSpreadsheetTimeZone(SPREADSHEET_TIME_ZONE);
      changed.push(`Đã đổi múi giờ bảng tính từ "${before.timeZone}" sang ${SPREADSHEET_TIME_ZONE}.`);
    }
    if (before.locale !== SPREADSHEET_LOCALE) {
      spreadsheet.setSpreadsheetLocale(SPREADSHEET_LOCALE);
      changed.push(`Đã đổi ngôn ngữ bảng tính từ "${before.locale}" sang ${SPREADSHEET_LOCALE}; xem lại các ngày đã gõ trước đó.`);
    }
  } catch {
    // Checked below: whatever could not be set is reported with how to fix it by hand.
  }
  const after: SpreadsheetSettings = { timeZone: spreadsheet.getSpreadsheetTimeZone(), locale: spreadsheet.getSpreadsheetLocale() };
  return { changed, refusal: settingsRefusal(after) };
}
