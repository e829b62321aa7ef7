/**
 * The spreadsheet functions TYLE, PHANTRAM and NGAYVN, for clerks who want the report's
 * conventions in their own cells. Pure: they never read the spreadsheet (Sheets recalculates
 * custom functions cell by cell), and bad input throws an Error whose Vietnamese message Sheets
 * shows in the cell.
 */
import { SETTINGS_FIELDS } from './contract/tables';
import { DATE_RANGE, isoDateInZone, parseDateText, REPORT_TIME_ZONE, fromSerial, toSerial } from './dates';
import { checkRatio, formatDatePhrase, formatNumber, formatPercent, formatRatio, NUMBER_MAX, RatioError } from './format';
import { parseVietnameseNumber } from './workbook/parse-cell';

function fail(fn: string, message: string): never {
  throw new Error(`${fn}: ${message}`);
}

function toNumber(fn: string, value: unknown, name: string): number {
  if (Array.isArray(value)) fail(fn, `${name} chỉ nhận một ô, không nhận cả vùng.`);
  let n: number | null = null;
  if (typeof value === 'number' && Number.isFinite(value)) n = value;
  else if (typeof value === 'string') {
    n = parseVietnameseNumber(value);
    if (n === null && value.trim() === '') fail(fn, `${name} đang trống.`);
  }
  if (n === null) return fail(fn, `${name} phải là số (đang là "${String(value).slice(0, 40)}").`);
  // The report's bound: past it a ratio would be rounded without anyone noticing.
  if (Math.abs(n) > NUMBER_MAX) fail(fn, `${name} quá lớn (vượt ${formatNumber(NUMBER_MAX, { zeroPad: false })}).`);
  return n;
}

function toBoolean(fn: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined || value === null || value === '') return fallback;
  if (typeof value === 'boolean') return value;
  return fail(fn, 'tham số thứ ba phải là TRUE hoặc FALSE.');
}

function ratioChecked(fn: string, done: number, total: number, percent: boolean): void {
  try {
    checkRatio(done, total, percent);
  } catch (error) {
    if (error instanceof RatioError) fail(fn, error.message);
    throw error;
  }
}

/** TYLE(34, 37) → "34/37"; TYLE(9, 9) → "09/09"; TYLE(9, 9, FALSE) → "9/9". */
export function tyle(done: unknown, total: unknown, pad?: unknown): string {
  const d = toNumber('TYLE', done, 'Số đã hoàn thành');
  const t = toNumber('TYLE', total, 'Tổng số');
  ratioChecked('TYLE', d, t, false);
  return formatRatio(d, t, { zeroPad: toBoolean('TYLE', pad, true) });
}

/**
 * PHANTRAM(106, 124) → "85,48%"; PHANTRAM(12, 15) → "80,00%". The report's rule: exactly `decimals`
 * places, trailing zeros kept, the default and the range of the settings' "Số chữ số thập phân
 * của tỷ lệ %" (a custom function cannot read that cell; pass it as the third argument).
 */
export function phantram(done: unknown, total: unknown, decimals?: unknown): string {
  const d = toNumber('PHANTRAM', done, 'Phần');
  const t = toNumber('PHANTRAM', total, 'Tổng');
  const setting = SETTINGS_FIELDS.percentDecimals;
  const { min, max } = setting.range ?? { min: 0, max: 4 };
  const places = decimals === undefined || decimals === null || decimals === '' ? setting.fallback : toNumber('PHANTRAM', decimals, 'Số chữ số thập phân');
  if (!Number.isInteger(places) || places < min || places > max) fail('PHANTRAM', `số chữ số thập phân phải là số nguyên từ ${min} đến ${max}.`);
  ratioChecked('PHANTRAM', d, t, true);
  return formatPercent(d, t, places);
}

/** NGAYVN(a date cell) → "ngày 16 tháng 3 năm 2023". */
export function ngayvn(date: unknown): string {
  // Not `instanceof Date`: a Date made in another realm (Sheets' runtime, a vm) fails that test.
  if (Object.prototype.toString.call(date) === '[object Date]' && !Number.isNaN((date as Date).getTime())) {
    return formatDatePhrase(isoDateInZone(date as Date, REPORT_TIME_ZONE));
  }
  if (typeof date === 'number' && date >= toSerial(DATE_RANGE.min) && date <= toSerial(DATE_RANGE.max)) return formatDatePhrase(fromSerial(date).date);
  if (typeof date === 'string') {
    const parsed = parseDateText(date);
    if (parsed !== null) return formatDatePhrase(parsed);
  }
  return fail('NGAYVN', `cần một ngày hợp lệ (đang là "${String(date)}").`);
}
