/** Behaviour of cell parsing: generous with what clerks type, strict where meaning would change. */
import { col, must } from '../../../src/domain/contract/columns';
import { TASK_STATUSES } from '../../../src/domain/contract/tables';
import { parseCell, parseVietnameseNumber } from '../../../src/domain/workbook/parse-cell';

const number = col.number('Giá trị');
const integer = col.integer('Số chữ số');
const text = col.text('Tên đơn vị');
const long = col.longText('Nội dung');
const date = col.date('Hạn nộp');
const code = must(col.code('Mã'));
const status = must(col.choice('Trạng thái', TASK_STATUSES));
const emails = col.emails('Email');
const yesNo = col.bool('Bắt buộc');
const codes = (p: { issues: ReadonlyArray<{ code: string }> }) => p.issues.map((i) => i.code);

describe('parsing a cell', () => {
  it('reads numbers typed as digits, including vi-VN thousands and decimals', () => {
    expect(parseCell(number, 3500).value).toBe(3500);
    expect(parseCell(number, '3.500').value).toBe(3500);
    expect(parseCell(number, '2,4').value).toBe(2.4);
    expect(parseCell(number, '1.234.567,5').value).toBe(1234567.5);
    expect(parseVietnameseNumber('12 000')).toBe(12000);
  });

  it('refuses numbers written in words and says which value it saw', () => {
    const parsed = parseCell(number, 'mười hai');
    expect(parsed.value).toBeNull();
    expect(codes(parsed)).toEqual(['NOT_A_NUMBER']);
    expect(parsed.issues[0]?.params).toMatchObject({ label: 'Giá trị', value: 'mười hai' });
  });

  it('refuses booleans and dates where a number belongs, naming the date it found', () => {
    expect(codes(parseCell(number, true))).toEqual(['NOT_A_NUMBER']);
    const date = parseCell(number, { date: '2023-03-10' });
    expect(codes(date)).toEqual(['DATE_IN_NUMBER']);
    expect(date.issues[0]?.params).toMatchObject({ value: '10/03/2023' });
  });

  it('takes the computed value of a formula in a number column', () => {
    expect(parseCell(number, { formula: 'SUM(A1:A3)', result: 12 }).value).toBe(12);
  });

  it('reports a formula where text belongs, but keeps its value', () => {
    const parsed = parseCell(text, { formula: 'A1&"x"', result: 'UBND' });
    expect(codes(parsed)).toEqual(['FORMULA_IN_TEXT']);
    expect(parsed.value).toBe('UBND');
  });

  it('warns about text that starts with "=" and keeps it', () => {
    const parsed = parseCell(text, '=Ủy ban');
    expect(codes(parsed)).toEqual(['TEXT_STARTS_WITH_EQUALS']);
    expect(parsed.value).toBe('=Ủy ban');
  });

  it('reports spreadsheet error values', () => {
    expect(codes(parseCell(number, '#REF!'))).toEqual(['CELL_ERROR_VALUE']);
    expect(codes(parseCell(text, { formula: 'X()', result: '#NAME?' }))).toEqual(['CELL_ERROR_VALUE']);
  });

  it('normalises NFD text to NFC and never rejects it', () => {
    const parsed = parseCell(text, 'Ủy ban nhân dân'.normalize('NFD'));
    expect(parsed.issues).toEqual([]);
    expect(parsed.value).toBe('Ủy ban nhân dân');
  });

  it('keeps a 50,000-character cell whole and reports it as too long', () => {
    const parsed = parseCell(long, 'a'.repeat(50_000));
    expect(codes(parsed)).toEqual(['CELL_TOO_LONG']);
    expect((parsed.value as string).length).toBe(50_000);
  });

  it('warns when a one-line field is unreasonably long', () => {
    expect(codes(parseCell(text, 'b'.repeat(2_000)))).toEqual(['TEXT_TOO_LONG']);
  });

  it('keeps paragraphs in long text and tidies spaces', () => {
    expect(parseCell(long, '  Đoạn một.  \r\n\r\n\r\n Đoạn   hai. ').value).toBe('Đoạn một.\n\nĐoạn hai.');
  });

  it('reads dates from date cells, serials and typed text; refuses impossible ones', () => {
    expect(parseCell(date, { date: '2023-03-10' }).value).toBe('2023-03-10');
    expect(parseCell(date, 45000).value).toBe('2023-03-15');
    expect(parseCell(date, '10/3/2023').value).toBe('2023-03-10');
    expect(codes(parseCell(date, '31/02/2023'))).toEqual(['INVALID_DATE']);
    expect(codes(parseCell(date, 'mùng 10'))).toEqual(['INVALID_DATE']);
  });

  it('matches choices regardless of case, decomposition and tone placement', () => {
    expect(parseCell(status, 'hoàn thành').value).toBe('done');
    expect(parseCell(status, 'HOÀN THÀNH'.normalize('NFD')).value).toBe('done');
    expect(parseCell(status, 'Đang thực hiện').value).toBe('in_progress');
    const bad = parseCell(status, 'Xong');
    expect(codes(bad)).toEqual(['INVALID_CHOICE']);
    expect(bad.issues[0]?.params).toMatchObject({ choices: 'Hoàn thành, Đang thực hiện, Chưa thực hiện' });
  });

  it('reports a required cell left blank', () => {
    expect(codes(parseCell(code, ''))).toEqual(['REQUIRED_MISSING']);
    expect(codes(parseCell(code, '   '))).toEqual(['REQUIRED_MISSING']);
  });

  it('upper-cases codes and refuses spaces and diacritics in them', () => {
    expect(parseCell(code, 'xa_iale').value).toBe('XA_IALE');
    expect(codes(parseCell(code, 'Xã Ia Le'))).toEqual(['INVALID_CODE']);
  });

  it('splits email lists and refuses a malformed address', () => {
    expect(parseCell(emails, 'a@example.org; B@Example.org').value).toEqual(['a@example.org', 'b@example.org']);
    expect(codes(parseCell(emails, 'a@example.org, không-có-email'))).toEqual(['INVALID_EMAIL']);
  });

  it('reads yes/no in Vietnamese and as booleans', () => {
    expect(parseCell(yesNo, 'Có').value).toBe(true);
    expect(parseCell(yesNo, 'không').value).toBe(false);
    expect(parseCell(yesNo, false).value).toBe(false);
    expect(codes(parseCell(yesNo, 'có lẽ'))).toEqual(['INVALID_CHOICE']);
  });

  it('refuses a decimal where a whole number is required', () => {
    expect(codes(parseCell(integer, 2.5))).toEqual(['NOT_AN_INTEGER']);
  });

  it('refuses numbers beyond the exact range (Infinity, 1e308, twenty digits) instead of printing them', () => {
    for (const value of [Number.POSITIVE_INFINITY, Number.NaN, -Number.POSITIVE_INFINITY]) {
      expect(codes(parseCell(number, value))).toEqual(['NOT_A_NUMBER']);
    }
    for (const value of [1e308, -1e17, Number.MAX_SAFE_INTEGER + 2, '99999999999999999999', '9.007.199.254.740.993']) {
      const parsed = parseCell(number, value);
      expect(codes(parsed)).toEqual(['NUMBER_TOO_LARGE']);
      expect(parsed.value).toBeNull();
    }
    expect(parseCell(number, Number.MAX_SAFE_INTEGER).value).toBe(Number.MAX_SAFE_INTEGER);
    expect(codes(parseCell(number, '1e400'))).toEqual(['NOT_A_NUMBER']);
  });

  it('reads -0 as zero, so zero never prints as "-0"', () => {
    expect(Object.is(parseCell(number, -0).value, 0)).toBe(true);
    expect(Object.is(parseCell(number, '-0').value, 0)).toBe(true);
  });

  it('refuses a value outside the range a setting declares', () => {
    const decimals = must(col.integer('Số chữ số thập phân của tỷ lệ %', { fallback: 2, range: { min: 0, max: 4 } }));
    const parsed = parseCell(decimals, 200);
    expect(codes(parsed)).toEqual(['NUMBER_OUT_OF_RANGE']);
    expect(parsed.value).toBeNull();
    expect(parseCell(decimals, 4).value).toBe(4);
  });

  it('refuses a serial or a date far outside the years a report can mention', () => {
    expect(codes(parseCell(date, 1e9))).toEqual(['DATE_OUT_OF_RANGE']);
    expect(codes(parseCell(date, -5))).toEqual(['DATE_OUT_OF_RANGE']);
    // A year typed as a number would otherwise be read as 15/07/1905.
    const year = parseCell(date, 2023);
    expect(codes(year)).toEqual(['DATE_OUT_OF_RANGE']);
    expect(year.issues[0]?.params).toMatchObject({ value: 'số 2023 (tức ngày 15/07/1905)' });
    expect(codes(parseCell(date, { date: '2173-10-14' }))).toEqual(['DATE_OUT_OF_RANGE']);
    expect(codes(parseCell(date, '01/01/1905'))).toEqual(['DATE_OUT_OF_RANGE']);
    expect(codes(parseCell(date, Number.POSITIVE_INFINITY))).toEqual(['INVALID_DATE']);
    expect(parseCell(date, '01/01/1930').value).toBe('1930-01-01');
  });

  it('drops zero-width spaces and byte-order marks from codes and numbers, with a warning on the cell', () => {
    for (const hidden of ['XA1\u200b', '\ufeffXA1', 'X\u200dA1', 'XA1\u2060', 'XA\u200c1']) {
      const parsed = parseCell(code, hidden);
      expect(parsed.value).toBe('XA1');
      expect(codes(parsed)).toEqual(['INVISIBLE_CHARACTERS']);
    }
    expect(parseCell(code, 'XA1\u00a0').value).toBe('XA1');
    expect(parseCell(number, '12\u200b').value).toBe(12);
    const onlyHidden = parseCell(code, '\u200b');
    expect(codes(onlyHidden)).toEqual(['INVISIBLE_CHARACTERS', 'REQUIRED_MISSING']);
    expect(onlyHidden.blank).toBe(true);
  });

  it('refuses email addresses with letters outside ASCII, as the mailers would', () => {
    expect(codes(parseCell(emails, 'nguyễn@example.org'))).toEqual(['EMAIL_NOT_ASCII']);
    expect(codes(parseCell(emails, 'a@thư.vn'))).toEqual(['EMAIL_NOT_ASCII']);
    expect(parseCell(emails, 'a@xn--th-e0a.vn').value).toEqual(['a@xn--th-e0a.vn']);
    for (const bad of ['a"@x.org', '<a@x.org>', 'a@@x.org', 'a@x', '.a@x.org', 'a..b@x.org', 'a@-x.org', 'a@x.o']) {
      expect(codes(parseCell(emails, bad))).toEqual(['INVALID_EMAIL']);
    }
  });
});
