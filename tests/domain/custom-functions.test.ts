/** The spreadsheet functions follow the report's rules: one precision for percentages, the same bounds on numbers and dates. */
import { ngayvn, phantram, tyle } from '../../src/domain/custom-functions';

describe('the custom functions', () => {
  it('write PHANTRAM with the report’s precision: two decimals by default, trailing zeros kept', () => {
    expect(phantram(106, 124)).toBe('85,48%');
    expect(phantram(12, 15)).toBe('80,00%');
    expect(phantram(27, 31)).toBe('87,10%');
    expect(phantram(12, 15, 0)).toBe('80%');
    expect(phantram('12', '15', '1')).toBe('80,0%');
  });

  it('refuse in PHANTRAM the precisions the settings refuse, with the same range', () => {
    expect(() => phantram(1, 3, 200)).toThrow('PHANTRAM: số chữ số thập phân phải là số nguyên từ 0 đến 4.');
    expect(() => phantram(1, 3, 5)).toThrow(/từ 0 đến 4/);
    expect(() => phantram(1, 3, 1.5)).toThrow(/từ 0 đến 4/);
  });

  it('refuse numbers too large to compute exactly, instead of printing "Infinity"', () => {
    expect(() => phantram(1e308, 1e308)).toThrow(/quá lớn/);
    expect(() => tyle(1, Number.POSITIVE_INFINITY)).toThrow(/phải là số/);
    expect(() => tyle('99999999999999999999', 1)).toThrow(/quá lớn/);
  });

  it('read a serial date only inside the years a report can mention', () => {
    expect(ngayvn(45000)).toBe('ngày 15 tháng 3 năm 2023');
    expect(() => ngayvn(2023)).toThrow(/NGAYVN/);
    expect(() => ngayvn(1e9)).toThrow(/NGAYVN/);
  });
});
