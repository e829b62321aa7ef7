/**
 * The .xlsx reader on what files really contain, hand-written where no library writes it:
 * phonetic guides, inline and escaped strings, chart and dialog sheets, the 1904 date system,
 * built-in and custom date formats, Strict files and ISO dates, prefixed elements, positions
 * left out, shared formulas that move, broken parts and zip bombs. Each case states what a
 * person sees in Excel or LibreOffice and expects exactly that.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue } from '../../src/domain/cells';
import { planWorkbookFromData } from '../../src/domain/workbook/layout';
import { moveFormula } from '../../src/local/xlsx/shared-formula';
import { isDateFormatCode } from '../../src/local/xlsx/dates';
import { NotAWorkbookError, readXlsx, writeXlsx } from '../../src/local/xlsx';
import { tinyWorkbook } from '../support/tiny-workbook';
import { edgeCaseWorkbook } from './support/edge-workbook';
import { handMadeWorkbook, toStrict, withParts, type HandSheet } from './support/packages';

const FIXTURES = join(__dirname, 'fixtures');

function rowsXml(rows: string): string {
  return `<sheetData>${rows}</sheetData>`;
}

async function readRows(sheet: string, extra: { sharedStrings?: string; styles?: string; date1904?: boolean } = {}): Promise<ReadonlyArray<ReadonlyArray<CellValue>>> {
  const workbook = await readXlsx(await handMadeWorkbook({ sheets: [{ name: 'Dữ liệu', xml: sheet }], ...extra }));
  return workbook.tabs[0]?.rows ?? [];
}

async function readError(bytes: Buffer, options: { maxUnpackedBytes?: number } = {}): Promise<NotAWorkbookError> {
  const error = await readXlsx(bytes, { fileLabel: 'bc.xlsx', ...options }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(NotAWorkbookError);
  return error as NotAWorkbookError;
}

/**
 * Cell formats: 0 General, 1 built-in 14, 2 built-in 22, 3 custom 164 (a date), 4 custom 165
 * ("0.00"), 5 built-in 4 ("#,##0.00"); a cell style and a conditional format that are dates
 * but are no cell format.
 */
const STYLES =
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.00"/></numFmts>' +
  '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
  '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="22"/><xf numFmtId="164"><alignment wrapText="1"/></xf><xf numFmtId="165"/><xf numFmtId="4"/></cellXfs>' +
  '<dxfs count="1"><dxf><numFmt numFmtId="166" formatCode="yyyy"/></dxf></dxfs>';

describe('readXlsx: strings', () => {
  it('reads shared strings, plain and rich, and leaves phonetic guides out', async () => {
    const rows = await readRows(rowsXml('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'), {
      sharedStrings:
        '<si><t>Xã Ia Le</t></si>' +
        '<si><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">Tổ chức </t></r><r><t>hội nghị</t></r></si>' +
        '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>',
    });
    expect(rows).toEqual([['Xã Ia Le', 'Tổ chức hội nghị', '東京']]);
  });

  it('reads inline strings, rich or plain, without their phonetic guides', async () => {
    const rows = await readRows(
      rowsXml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Một</t></is></c>' +
          '<c r="B1" t="inlineStr"><is><r><t xml:space="preserve">Xin </t></r><r><rPr><b/></rPr><t>chào</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></is></c></row>',
      ),
    );
    expect(rows).toEqual([['Một', 'Xin chào']]);
  });

  it('decodes entities, character references, CDATA and the _xHHHH_ escapes of control characters', async () => {
    const rows = await readRows(
      rowsXml(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t><![CDATA[<b>&amp;</b>]]></t></is></c>' +
          '<c r="D1" t="str"><v>x &lt; y</v></c></row>',
      ),
      { sharedStrings: '<si><t>Hu&#7871; &amp; &#x110;&#xE0; N&#7861;ng &quot;&apos;</t></si><si><t>Dòng 1_x000D_\nDòng 2 _x005F_x000D_</t></si>' },
    );
    expect(rows).toEqual([['Huế & Đà Nẵng "\'', 'Dòng 1\r\nDòng 2 _x000D_', '<b>&amp;</b>', 'x < y']]);
  });

  it('reads text where a number should be as that text, so the core can say what is wrong with it', async () => {
    const rows = await readRows(rowsXml('<row r="1"><c r="A1"><v>mười hai</v></c><c r="B1" t="n"><v>1e999</v></c></row>'));
    expect(rows).toEqual([['mười hai', '1e999']]);
  });

  it('does not expand entities a DOCTYPE declares (no "billion laughs")', async () => {
    const doctype = '<!DOCTYPE sst [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>';
    const bytes = await withParts(
      await handMadeWorkbook({ sheets: [{ name: 'A', xml: rowsXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }], sharedStrings: '<si><t>&lol2;</t></si>' }),
      (parts) => {
        const sst = Buffer.from(parts.get('xl/sharedStrings.xml')!).toString('utf8');
        parts.set('xl/sharedStrings.xml', sst.replace('?>', `?>${doctype}`));
      },
    );
    expect((await readXlsx(bytes)).tabs[0]?.rows).toEqual([['&lol2;']]);
  });
});

describe('readXlsx: numbers, dates and other types', () => {
  it('decides dates by the cell format: built-in 14 and 22, custom date codes, not number formats', async () => {
    const rows = await readRows(
      rowsXml('<row r="1"><c r="A1" s="1"><v>45001</v></c><c r="B1" s="2"><v>45001.354166</v></c><c r="C1" s="3"><v>45001</v></c><c r="D1" s="4"><v>45001</v></c><c r="E1" s="5"><v>45001</v></c><c r="F1" s="0"><v>45001</v></c><c r="G1" s="9"><v>45001</v></c></row>'),
      { styles: STYLES },
    );
    expect(rows).toEqual([[{ date: '2023-03-16' }, { date: '2023-03-16T08:30' }, { date: '2023-03-16' }, 45001, 45001, 45001, 45001]]);
  });

  it('lets a custom code given a built-in date id decide what that id shows', async () => {
    const styles = '<numFmts count="1"><numFmt numFmtId="14" formatCode="0.00"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>';
    expect(await readRows(rowsXml('<row r="1"><c r="A1" s="1"><v>45001</v></c></row>'), { styles })).toEqual([[45001]]);
  });

  it('counts dates from 1904 in workbooks that say so', async () => {
    const rows = await readRows(rowsXml('<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>43539</v></c></row>'), { styles: STYLES, date1904: true });
    expect(rows).toEqual([[{ date: '1904-01-01' }, { date: '2023-03-16' }]]);
  });

  it('reads ISO dates stored as text (cell type "d"), rounding to the minute; other text stays text', async () => {
    const rows = await readRows(
      rowsXml(
        '<row r="1"><c r="A1" t="d"><v>2023-03-16</v></c><c r="B1" t="d"><v>2023-03-16T08:29:59.940</v></c><c r="C1" t="d"><v>2023-03-16T23:05:00Z</v></c>' +
          '<c r="D1" t="d"><v>2023-02-30</v></c><c r="E1" t="d" s="1"><v>không phải ngày</v></c></row>',
      ),
      { styles: STYLES },
    );
    expect(rows).toEqual([[{ date: '2023-03-16' }, { date: '2023-03-16T08:30' }, { date: '2023-03-16T23:05' }, '2023-02-30', 'không phải ngày']]);
  });

  it('hands over a date serial no calendar can hold as the number, not as an empty cell', async () => {
    const rows = await readRows(rowsXml('<row r="1"><c r="A1" s="1"><v>1e12</v></c></row>'), { styles: STYLES });
    expect(rows).toEqual([[1e12]]);
  });

  it('reads booleans, error values and formulas over them', async () => {
    const rows = await readRows(
      rowsXml(
        '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#REF!</v></c>' +
          '<c r="D1" t="b"><f>A1</f><v>1</v></c><c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="F1" t="str"><f>""</f><v></v></c></row>',
      ),
    );
    expect(rows).toEqual([[true, false, '#REF!', { formula: '=A1', result: true }, { formula: '=1/0', result: '#DIV/0!' }, { formula: '=""', result: null }]]);
  });

  it('distinguishes date words from escaped letters and quoted text in number formats', () => {
    expect(['dd/mm/yyyy', 'DD/MM/YYYY', 'yyyy', 'h:mm AM/PM', '[$-42A]d mmmm yyyy', '[h]:mm', 'mm:ss.0'].every(isDateFormatCode)).toBe(true);
    expect(['General', '0.00', '#,##0 "ngày"', '[$₫-42A]#,##0', '0\\d', '#,##0_m', '[Red]0;[Blue]-0', '@', '0.00E+00'].some(isDateFormatCode)).toBe(false);
  });
});

describe('readXlsx: positions and layout', () => {
  it('places rows and cells that leave out their position right after the previous ones', async () => {
    const rows = await readRows(rowsXml('<row><c t="inlineStr"><is><t>a</t></is></c><c><v>2</v></c></row><row r="3"><c><v>3</v></c><c r="D3"><v>4</v></c><c><v>5</v></c></row>'));
    expect(rows).toEqual([['a', 2], [], [3, null, null, 4, 5]]);
  });

  it('reads sheets whose writer prefixes every element (x:worksheet, x:c)', async () => {
    const bytes = await withParts(await handMadeWorkbook({ sheets: [{ name: 'A', xml: '' }] }), (parts) => {
      parts.set(
        'xl/worksheets/sheet1.xml',
        '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="B1" t="inlineStr"><x:is><x:t>có tiền tố</x:t></x:is></x:c><x:c r="C1"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>',
      );
    });
    expect((await readXlsx(bytes)).tabs[0]?.rows).toEqual([[null, 'có tiền tố', 7]]);
  });

  it('empties every covered cell of a merged block, even one holding a stale value', async () => {
    const rows = await readRows(rowsXml('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c><c r="C2"><v>4</v></c></row>') + '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>');
    expect(rows).toEqual([[1], [null, null, 4]]);
  });

  it('skips chartsheets and dialog sheets, keeps hidden and very hidden tabs in workbook order', async () => {
    const sheets: HandSheet[] = [
      { name: 'Đầu', xml: rowsXml('<row r="1"><c r="A1"><v>1</v></c></row>') },
      { name: 'Biểu đồ', kind: 'chartsheet', xml: '<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>' },
      { name: 'Hộp thoại', kind: 'dialogsheet', xml: '<dialogsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>' },
      { name: 'Ẩn', state: 'hidden', xml: rowsXml('<row r="1"><c r="A1"><v>2</v></c></row>') },
      { name: "Rất 'ẩn'", state: 'veryHidden', xml: rowsXml('') },
    ];
    const workbook = await readXlsx(await handMadeWorkbook({ sheets }));
    expect(workbook.tabs).toEqual([
      { name: 'Đầu', rows: [[1]] },
      { name: 'Ẩn', rows: [[2]] },
      { name: "Rất 'ẩn'", rows: [] },
    ]);
  });
});

describe('moveFormula (shared formulas)', () => {
  it('moves relative references, keeps absolute ones, text literals, names and function calls', () => {
    expect(moveFormula('A1*2+$B$1+$C1+D$1', 2, 1)).toBe('B3*2+$B$1+$C3+E$1');
    // TAX2019 is a cell in Excel 2007+ (column TAX); ZZZ2019 is past column XFD, so a name.
    expect(moveFormula('IF(A1="A1",LOG10(B1),TAX2019+ZZZ2019)', 1, 0)).toBe('IF(A2="A1",LOG10(B2),TAX2020+ZZZ2019)');
    expect(moveFormula("SUM('Xã 1'!A1:A3)+Sheet2!B1", 1, 0)).toBe("SUM('Xã 1'!A2:A4)+Sheet2!B2");
    expect(moveFormula('SUM(A:A)+SUM(1:1)+Bảng1[Cột A1]', 1, 1)).toBe('SUM(B:B)+SUM(2:2)+Bảng1[Cột A1]');
    expect(moveFormula('A1+1E5', 0, -1)).toBe('#REF!+1E5');
  });

  it('gives each cell of a shared formula its own text, across rows and columns', async () => {
    const rows = await readRows(
      rowsXml(
        '<row r="1"><c r="B1"><f t="shared" ref="B1:C2" si="0">A1+$A$1</f><v>2</v></c><c r="C1"><f t="shared" si="0"/><v>3</v></c></row>' +
          '<row r="2"><c r="B2"><f t="shared" si="0"/><v>4</v></c><c r="C2"><f t="shared" si="7"/><v>5</v></c></row>',
      ),
    );
    expect(rows).toEqual([
      [null, { formula: '=A1+$A$1', result: 2 }, { formula: '=B1+$A$1', result: 3 }],
      [null, { formula: '=A2+$A$1', result: 4 }, { formula: '=', result: 5 }],
    ]);
  });
});

describe('readXlsx: Strict Open XML (ISO/IEC 29500 Strict)', () => {
  it('reads a Strict file exactly as the transitional file it was saved from', async () => {
    const transitional = await writeXlsx(planWorkbookFromData(tinyWorkbook()));
    const strict = await toStrict(transitional);
    expect(Buffer.from(strict).toString('latin1')).not.toContain('schemas.openxmlformats.org/spreadsheetml');
    expect(await readXlsx(strict)).toEqual(await readXlsx(transitional));
  });

  it('reads the edge cases and ISO dates of a Strict file', async () => {
    const transitional = await edgeCaseWorkbook();
    const strict = await toStrict(transitional, { 'xl/worksheets/sheet2.xml': [['C1', '2023-03-16'], ['C2', '1999-12-31T23:59:00']] });
    const [a, b] = [await readXlsx(strict), await readXlsx(transitional)];
    expect(a).toEqual(b);
    expect(a.tabs[1]?.rows[1]?.[2]).toEqual({ date: '1999-12-31T23:59' });
  });
});

describe('readXlsx: files that cannot be read say so in Vietnamese, naming the tab or cell', () => {
  it('a shared string index past the table names the cell and the tab', async () => {
    const bytes = await handMadeWorkbook({ sheets: [{ name: 'Xã 1', xml: rowsXml('<row r="4"><c r="C4" t="s"><v>9</v></c></row>') }], sharedStrings: '<si><t>a</t></si>' });
    const error = await readError(bytes);
    expect(error.kind).toBe('unreadable');
    expect(error.message).toContain('ô C4 của tab "Xã 1"');
  });

  it('a tab listed in the workbook without its part names the tab', async () => {
    const bytes = await withParts(await handMadeWorkbook({ sheets: [{ name: 'Xã 2', xml: '' }] }), (parts) => void parts.delete('xl/worksheets/sheet1.xml'));
    expect((await readError(bytes)).message).toContain('tab "Xã 2"');
  });

  it('a broken sheet names the tab', async () => {
    const bytes = await handMadeWorkbook({ sheets: [{ name: 'Xã 3', xml: '<sheetData><row r="1"><c r="A1"><v>1</v></row>' }] });
    const bytesBroken = await withParts(bytes, (parts) => {
      parts.set('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1" t="s><v>1</v></c></row></sheetData></worksheet>');
    });
    expect((await readError(bytesBroken)).message).toContain('nội dung tab "Xã 3" bị hỏng');
  });

  it('a workbook of charts only is not read as an empty workbook', async () => {
    const bytes = await handMadeWorkbook({ sheets: [{ name: 'Biểu đồ', kind: 'chartsheet', xml: '<chartsheet/>' }] });
    expect((await readError(bytes)).message).toContain('không có tab dữ liệu nào');
  });

  it('a zip bomb is refused once what it unpacks to passes the cap', async () => {
    const bytes = await handMadeWorkbook({ sheets: [{ name: 'A', xml: rowsXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>${'0'.repeat(2_000_000)}</t></is></c></row>`) }] });
    expect(bytes.length).toBeLessThan(50_000);
    const error = await readError(bytes, { maxUnpackedBytes: 1_000_000 });
    expect(error.kind).toBe('tooLarge');
    expect(error.message).toContain('bom nén');
    expect((await readXlsx(bytes)).tabs[0]?.rows[0]?.[0]).toHaveLength(2_000_000);
  });

  it('a part that unpacks to more than its header declares is refused, whatever the cap', async () => {
    const bytes = await handMadeWorkbook({ sheets: [{ name: 'A', xml: rowsXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>${'0'.repeat(100_000)}</t></is></c></row>`) }] });
    // Declare a tiny size for the sheet in the central directory, as a zip bomb's forged header would.
    const forged = Buffer.from(bytes);
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    for (let at = forged.lastIndexOf(name); at > 46; at = -1) {
      if (forged.readUInt32LE(at - 46) === 0x02014b50) forged.writeUInt32LE(100, at - 46 + 24);
    }
    expect((await readError(forged)).kind).toBe('tooLarge');
  });

  it('keeps refusing .xls and .ods files as before', async () => {
    expect((await readError(readFileSync(join(FIXTURES, 'legacy-excel-97.xls')))).kind).toBe('legacyXls');
    expect((await readError(readFileSync(join(FIXTURES, 'opendocument.ods')))).message).toContain('tệp .ods');
  });
});
