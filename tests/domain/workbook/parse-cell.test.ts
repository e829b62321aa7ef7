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

  it('refuses booleans and dates where a number belongs', () => {
    expect(codes(parseCell(number, true))).toEqual(['NOT_A_NUMBER']);
    expect(codes(parseCell(number, { date: '2023-03-10' }))).toEqual(['NOT_A_NUMBER']);
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
});
