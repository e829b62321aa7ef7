/**
 * Parity: the new reader hands the core exactly the RawWorkbook the exceljs reader did, for the
 * built-in example, synthetic workbooks, a workbook of edge cases (and its 1904 twin), files
 * LibreOffice saved and hand-written parts. Where exceljs read a file wrongly, the difference
 * is listed below with what Excel shows, so no difference goes unnoticed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawWorkbook } from '../../src/domain/cells';
import { planWorkbookFromData } from '../../src/domain/workbook/layout';
import { CHU_PUH_2023 } from '../../src/example/chu-puh-2023';
import { readXlsx, writeXlsx } from '../../src/local/xlsx';
import { syntheticWorkbook } from '../../scripts/synthetic-workbook';
import { edgeCaseWorkbook, LONG_TEXT } from './support/edge-workbook';
import { readWithExcelJS } from './support/exceljs-reader';
import { handMadeWorkbook } from './support/packages';

const FIXTURES = join(__dirname, 'fixtures');

async function both(bytes: Buffer): Promise<[RawWorkbook, RawWorkbook]> {
  return [await readXlsx(bytes), await readWithExcelJS(bytes)];
}

const cases: ReadonlyArray<[string, () => Promise<Buffer>]> = [
  ['the built-in example (Báo cáo 350-BC/HU)', async () => writeXlsx(planWorkbookFromData(CHU_PUH_2023))],
  ['a synthetic workbook of 25 units', async () => writeXlsx(planWorkbookFromData(syntheticWorkbook(25)))],
  ['the edge-case workbook', async () => edgeCaseWorkbook()],
  ['the edge-case workbook in the 1904 date system', async () => edgeCaseWorkbook({ date1904: true })],
  ['the edge-case workbook as LibreOffice saved it', async () => readFileSync(join(FIXTURES, 'libreoffice-edge-cases.xlsx'))],
  ['the example as LibreOffice saved it', async () => readFileSync(join(FIXTURES, 'libreoffice-example.xlsx'))],
  [
    'hand-written parts: shared strings with phonetic guides, built-in date 22, 1904 dates',
    async () =>
      handMadeWorkbook({
        sheets: [
          {
            name: 'Tay',
            xml: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>1</v></c><c r="C1" s="1"><v>45001.5</v></c><c r="D1" t="s"><v>1</v></c></row></sheetData>',
          },
        ],
        sharedStrings: '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si><si><r><t>a</t></r><r><rPr><b/></rPr><t>b</t></r></si>',
        styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="22"/></cellXfs>',
        date1904: true,
      }),
  ],
];

describe('the new reader and the exceljs reader', () => {
  it.each(cases)('give the same RawWorkbook for %s', async (_label, bytes) => {
    const [ours, theirs] = await both(await bytes());
    expect(ours.tabs.length).toBeGreaterThan(0);
    expect(ours).toEqual(theirs);
  });

  it('agree on every awkward value of the edge-case workbook, which is really in it', async () => {
    const [ours] = await both(await edgeCaseWorkbook());
    const values = ours.tabs.find((t) => t.name === 'Giá trị');
    expect(values?.rows[8]?.[1]).toBe(LONG_TEXT);
    expect(LONG_TEXT).toHaveLength(50000);
    expect(ours.tabs.map((t) => t.name)).toEqual(['Giá trị', 'Ngày', "Công thức 'đặc biệt' số 1", 'Ẩn "ngoặc"', 'Trống & rỗng', "Xã Ia Le's"]);
    const formulas = ours.tabs[2]?.rows ?? [];
    expect(formulas[4]?.[1]).toEqual({ formula: '=A5*2', result: 100 });
    expect(formulas[2]?.[2]).toEqual({ formula: '=SUM($A$1:A3)', result: 60 });
    expect(ours.tabs[1]?.rows[8]?.[1]).toEqual({ date: '2023-03-16T08:30' });
  });
});

describe('where exceljs read a file wrongly, the new reader reads what Excel shows', () => {
  async function compare(xml: string, styles?: string): Promise<[unknown, unknown]> {
    const bytes = await handMadeWorkbook({ sheets: [{ name: 'A', xml: `<sheetData>${xml}</sheetData>` }], ...(styles !== undefined ? { styles } : {}) });
    const [ours, theirs] = await both(bytes);
    return [ours.tabs[0]?.rows, theirs.tabs[0]?.rows];
  }

  it('ISO dates of type "d": a date, not the year read as a number', async () => {
    const [ours, theirs] = await compare('<row r="1"><c r="A1" t="d"><v>2023-03-16</v></c></row>');
    expect(ours).toEqual([[{ date: '2023-03-16' }]]);
    expect(theirs).not.toEqual(ours);
  });

  it('phonetic guides of an inline string are not part of its text', async () => {
    const [ours, theirs] = await compare('<row r="1"><c r="A1" t="inlineStr"><is><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></is></c></row>');
    expect(ours).toEqual([['東京']]);
    expect(theirs).not.toEqual(ours);
  });

  it('a date format written in capitals with a year alone ("YYYY") is a date format', async () => {
    const [ours, theirs] = await compare('<row r="1"><c r="A1" s="1"><v>45001</v></c></row>', '<numFmts count="1"><numFmt numFmtId="164" formatCode="YYYY"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>');
    expect(ours).toEqual([[{ date: '2023-03-16' }]]);
    expect(theirs).not.toEqual(ours);
  });
});
