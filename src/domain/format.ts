/**
 * Vietnamese number, ratio, percentage and date formatting as official reports write them:
 * "3.500", "390.500", "2,4", "34/37", "09/09", "85,48%", "ngày 16 tháng 3 năm 2023", "27/5/2022".
 * Implemented by hand (not Intl) so that Apps Script, whose ICU data we cannot rely on, prints
 * exactly what Node prints; tests check the result against Intl.NumberFormat('vi-VN').
 */
import { type IsoDate, isoParts } from './dates';

export interface NumberStyle {
  /** Write whole counts 1–9 as "01" … "09", the habit of this kind of report. */
  readonly zeroPad: boolean;
}

const THOUSANDS = '.';
const DECIMAL = ',';

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS);
}

/**
 * The largest magnitude a figure may have (2^53 − 1). Beyond it a double no longer holds every
 * whole number, so a sum or a ratio would be rounded without anyone noticing: the cell parser
 * refuses such cells and the aggregator refuses such sums.
 */
export const NUMBER_MAX = Number.MAX_SAFE_INTEGER;

/**
 * Formats a number the vi-VN way with at most `maxDecimals` decimals (trailing zeros dropped, or
 * kept to exactly `maxDecimals` with `keepZeros`). Whole numbers 1–9 get a leading zero when the
 * style asks for it.
 */
export function formatNumber(value: number, style: NumberStyle, maxDecimals = 2, keepZeros = false): string {
  if (!Number.isFinite(value)) throw new RangeError(`Không định dạng được số ${String(value)}`);
  const negative = value < 0;
  const rounded = roundHalfUp(Math.abs(value), maxDecimals, !keepZeros);
  const [whole = '0', fraction = ''] = rounded.split('.');
  let text = groupThousands(whole);
  if (fraction !== '') text += DECIMAL + fraction;
  if (style.zeroPad && fraction === '' && whole.length === 1 && whole !== '0') text = '0' + text;
  return (negative && Number(rounded) !== 0 ? '-' : '') + text;
}

/**
 * Rounds half away from zero on the decimal representation, so 1.005 → "1.01" as a person
 * computing by hand expects, not "1" as binary floating point would give. Trailing zeros are
 * dropped unless `trim` is false ("80.00").
 */
export function roundHalfUp(value: number, decimals: number, trim = true): string {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`Số chữ số thập phân phải là số nguyên từ 0 đến 20 (đang là ${String(decimals)}).`);
  }
  if (decimals === 0) return String(Math.round(value));
  const [mantissa, exponent] = value.toExponential(15).split('e');
  const shifted = Number(`${mantissa ?? '0'}e${Number(exponent) + decimals}`);
  const scaled = Math.round(shifted);
  const text = (scaled / 10 ** decimals).toFixed(decimals);
  return trim ? text.replace(/\.?0+$/, '') || '0' : text;
}

/** "34/37"; "09/09" when zero padding is on. */
export function formatRatio(done: number, total: number, style: NumberStyle): string {
  return `${formatNumber(done, style)}/${formatNumber(total, style)}`;
}

export class RatioError extends Error {
  constructor(
    readonly reason: 'not-a-number' | 'negative' | 'zero-total' | 'part-exceeds-whole',
    message: string,
  ) {
    super(message);
    this.name = 'RatioError';
  }
}

/** Checks the two sides of a ratio the way a clerk would, with a Vietnamese reason. */
export function checkRatio(done: number, total: number, needsPositiveTotal: boolean): void {
  if (!Number.isFinite(done) || !Number.isFinite(total)) {
    throw new RatioError('not-a-number', 'Tỷ lệ cần hai giá trị là số.');
  }
  if (done < 0 || total < 0) throw new RatioError('negative', 'Tỷ lệ không nhận số âm.');
  if (needsPositiveTotal && total === 0) {
    throw new RatioError('zero-total', 'Không tính được phần trăm khi tổng số bằng 0.');
  }
  if (done > total) {
    throw new RatioError(
      'part-exceeds-whole',
      `Phần (${formatNumber(done, { zeroPad: false })}) lớn hơn tổng (${formatNumber(total, { zeroPad: false })}).`,
    );
  }
}

/**
 * "85,48%": rounded once, from the raw figures, to exactly `decimals` places, trailing zeros kept
 * ("80,00%"), so every percentage of one report has the same precision.
 */
export function formatPercent(done: number, total: number, decimals = 2): string {
  checkRatio(done, total, true);
  return `${formatNumber((done * 100) / total, { zeroPad: false }, decimals, true)}%`;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * Day and month as official documents write them: days below 10 and the months January and
 * February take a leading zero ("05", "02"), other months do not ("3", "12").
 */
export function officialDayMonth(date: IsoDate): { day: string; month: string; year: string } {
  const { year, month, day } = isoParts(date);
  return { day: pad2(day), month: month < 3 ? pad2(month) : String(month), year: String(year) };
}

/** "ngày 16 tháng 3 năm 2023" */
export function formatDatePhrase(date: IsoDate): string {
  const { day, month, year } = officialDayMonth(date);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** "Chư Pưh, ngày 16 tháng 3 năm 2023" — the place-and-date line of the header. */
export function formatPlaceDate(place: string, date: IsoDate | null): string {
  if (date === null) return `${place}, ngày     tháng     năm     `;
  return `${place}, ${formatDatePhrase(date)}`;
}

/** "27/5/2022", "19/01/2022": the short form used in footnotes and citations. */
export function formatDateShort(date: IsoDate): string {
  const { day, month, year } = officialDayMonth(date);
  return `${day}/${month}/${year}`;
}

/** "10/03/2023 09:15": a local date-time ("2023-03-10T09:15") for tables and messages; '' for none. */
export function formatDateTimeNumeric(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const [date = '', time = ''] = value.split('T');
  return `${formatDateNumeric(date)}${time === '' ? '' : ' ' + time.slice(0, 5)}`;
}

/** "10/03/2023": dd/mm/yyyy for tables and messages, where columns line up. */
export function formatDateNumeric(date: IsoDate): string {
  const { year, month, day } = isoParts(date);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}
