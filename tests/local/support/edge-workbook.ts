/**
 * A workbook of awkward but legitimate content, written with exceljs the way other programs
 * write files: formulas (plain, shared, array, with 0/false/"" results and errors), dates in
 * built-in and custom formats, booleans, error values, numbers typed as text, rich text, ragged
 * and empty rows, a 50,000-character cell, merged cells, hyperlinks on text, a note, and tab names with
 * quotes, apostrophes and Vietnamese, one of them hidden. The parity test reads it (and the
 * copy LibreOffice saved, tests/local/fixtures/libreoffice-edge-cases.xlsx) with both readers.
 */
import ExcelJS from 'exceljs';

export const LONG_TEXT = 'Nội dung báo cáo dài, có dấu và “ngoặc kép”. '.repeat(1200).slice(0, 50000);

export async function edgeCaseWorkbook(options: { readonly date1904?: boolean } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  if (options.date1904 === true) workbook.properties.date1904 = true;

  const values = workbook.addWorksheet('Giá trị');
  values.getCell('A1').value = 'Số';
  values.getCell('A1').note = 'Ghi chú của người lập: số liệu đến hết tháng 2.';
  values.getCell('B1').value = 42;
  values.getCell('C1').value = -0.125;
  values.getCell('D1').value = 1e21;
  values.getCell('E1').value = 0;
  values.getCell('A2').value = 'Chữ số';
  values.getCell('B2').value = '0012';
  values.getCell('C2').value = '350';
  values.getCell('D2').value = ' 12 ';
  values.getCell('A3').value = 'Đúng/sai';
  values.getCell('B3').value = true;
  values.getCell('C3').value = false;
  values.getCell('A4').value = 'Lỗi';
  values.getCell('B4').value = { error: '#N/A' };
  values.getCell('C4').value = { error: '#DIV/0!' };
  values.getCell('A5').value = { richText: [{ text: 'Chữ ', font: { bold: true } }, { text: 'đậm', font: { italic: true } }, { text: ' & <nhạt>' }] };
  values.getCell('B5').value = { text: 'Cổng thông tin', hyperlink: 'https://example.org/?a=1&b=2' };
  // Row 6 left empty on purpose; row 8 reaches further right than its neighbours.
  values.getCell('A7').value = 'Dòng 7';
  values.getCell('H8').value = 'xa bên phải';
  values.getCell('B9').value = LONG_TEXT;
  values.getCell('A10').value = 'Gộp ô';
  values.mergeCells('A10:C11');
  values.getCell('A12').value = 'Xuống\ndòng\r\nvà\ttab';
  values.getCell('A13').value = 'Ủy ban'.normalize('NFD');
  values.getCell('A14').value = '=1+1';
  values.getCell('A15').value = "  khoảng trắng đầu và cuối  ";

  const dates = workbook.addWorksheet('Ngày');
  const serial = 45001.354166; // 16/03/2023 08:29:59.94 meant as 08:30
  const formats = [
    'mm-dd-yy', // 14
    'd-mmm-yy', // 15
    'd-mmm', // 16
    'mmm-yy', // 17
    'h:mm AM/PM', // 18
    'h:mm:ss AM/PM', // 19
    'h:mm', // 20
    'h:mm:ss', // 21
    'm/d/yy h:mm', // 22
    'mm:ss', // 45
    '[h]:mm:ss', // 46
    'mmss.0', // 47
    'dd/mm/yyyy',
    'dd/mm/yyyy hh:mm',
    '[$-42A]dd/mm/yyyy',
    'DD/MM/YYYY',
    '"Ngày" dd "tháng" mm',
    '0.00',
    '#,##0 "đơn"',
    '[$₫-42A]#,##0',
    '0%',
    '@',
  ];
  formats.forEach((numFmt, i) => {
    dates.getCell(i + 1, 1).value = numFmt;
    const cell = dates.getCell(i + 1, 2);
    cell.value = serial;
    cell.numFmt = numFmt;
  });
  dates.getCell('C1').value = new Date(Date.UTC(2023, 2, 16));
  dates.getCell('C2').value = new Date(Date.UTC(1999, 11, 31, 23, 59));
  dates.getCell('C3').value = new Date(Date.UTC(2024, 1, 29, 12, 0));
  dates.getCell('C3').numFmt = 'dd/mm/yyyy hh:mm';

  const formulas = workbook.addWorksheet("Công thức 'đặc biệt' số 1");
  for (let row = 1; row <= 5; row += 1) formulas.getCell(row, 1).value = row * 10;
  formulas.getCell('B1').value = { formula: 'A1*2', result: 20, shareType: 'shared', ref: 'B1:B5' } as unknown as ExcelJS.CellValue;
  for (let row = 2; row <= 5; row += 1) formulas.getCell(row, 2).value = { sharedFormula: 'B1', result: row * 20 } as unknown as ExcelJS.CellValue;
  formulas.getCell('C1').value = { formula: 'SUM($A$1:A1)', result: 10, shareType: 'shared', ref: 'C1:C3' } as unknown as ExcelJS.CellValue;
  formulas.getCell('C2').value = { sharedFormula: 'C1', result: 30 } as unknown as ExcelJS.CellValue;
  formulas.getCell('C3').value = { sharedFormula: 'C1', result: 60 } as unknown as ExcelJS.CellValue;
  formulas.getCell('D1').value = { formula: 'A1-10', result: 0 };
  formulas.getCell('D2').value = { formula: 'A1>100', result: false };
  formulas.getCell('D3').value = { formula: 'IF(A1>0,"Có","Không")', result: 'Có' };
  formulas.getCell('D4').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  formulas.getCell('D5').value = { formula: 'A1+1' };
  formulas.getCell('E1').value = { formula: 'TODAY()', result: new Date(Date.UTC(2023, 2, 16)) };
  formulas.getCell('E1').numFmt = 'dd/mm/yyyy';
  formulas.getCell('F1').value = { formula: "'Giá trị'!B1+1", result: 43 };
  formulas.getCell('G1').value = { formula: 'SUM(A1:A5*2)', result: 300, shareType: 'array', ref: 'G1' } as unknown as ExcelJS.CellValue;

  const hidden = workbook.addWorksheet('Ẩn "ngoặc"', { state: 'hidden' });
  hidden.getCell('A1').value = 'Tab ẩn';
  workbook.addWorksheet('Trống & rỗng');
  const apostrophe = workbook.addWorksheet("Xã Ia Le's");
  apostrophe.getCell('C3').value = 'Chỉ một ô';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
