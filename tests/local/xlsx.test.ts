import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import type { CellValue, RawWorkbook } from '../../src/domain/cells';
import { TEXT } from '../../src/domain/messages';
import type { WorkbookData } from '../../src/domain/workbook/data';
import { planWorkbookFromData, rawFromPlans, type TabPlan } from '../../src/domain/workbook/layout';
import {
  CHOICE_LIST_SHEET,
  isNotAWorkbookError,
  NotAWorkbookError,
  readXlsx,
  writeXlsx,
  type NotWorkbookKind,
} from '../../src/local/xlsx';
import { tinyWorkbook } from '../support/tiny-workbook';
import { partText } from './support/packages';

const FIXTURES = join(__dirname, 'fixtures');

/**
 * What a spreadsheet can tell apart: trailing empty cells and rows do not exist, and an empty
 * string is an empty cell (Excel and Sheets store nothing for it).
 */
function normalise(workbook: RawWorkbook): Array<{ name: string; rows: CellValue[][] }> {
  return workbook.tabs.map((tab) => {
    const rows = tab.rows.map((row) => {
      const cells = row.map((value) => (value === '' ? null : value));
      while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
      return cells;
    });
    while (rows.length > 0 && (rows[rows.length - 1] ?? []).length === 0) rows.pop();
    return { name: tab.name, rows };
  });
}

/** A plan with nothing but what a test sets. */
function plan(name: string, rows: CellValue[][], extra: Partial<TabPlan> = {}): TabPlan {
  return {
    name,
    role: 'config',
    rows,
    columnWidths: [],
    frozenRows: 0,
    rowStyles: [],
    inputRanges: [],
    choices: [],
    notes: [],
    formats: [],
    wrapColumns: [],
    ...extra,
  };
}

/** An .xlsx written straight with exceljs, the way other programs produce files. */
async function xlsxWith(fill: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('Dữ liệu'), workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function loadWithExcelJS(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

async function firstTabRows(buffer: Buffer): Promise<ReadonlyArray<ReadonlyArray<CellValue>>> {
  const workbook = await readXlsx(buffer);
  return workbook.tabs[0]?.rows ?? [];
}

/** A zip archive holding the given files uncompressed (enough for a reader that looks at names). */
function storedZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    directory.push(entry, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}

/**
 * The start of a password-protected .xlsx: Office stores it as a compound file whose directory
 * names an EncryptionInfo and an EncryptedPackage stream (UTF-16LE). Neither LibreOffice's
 * command line nor exceljs can write an encrypted file, so the test builds those bytes.
 */
function encryptedXlsxBytes(): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  const directory = Buffer.alloc(512);
  Buffer.from('EncryptionInfo', 'utf16le').copy(directory, 0);
  Buffer.from('EncryptedPackage', 'utf16le').copy(directory, 128);
  return Buffer.concat([header, directory]);
}

function emptyWorkbookData(): WorkbookData {
  return { settings: {}, units: [], sections: [], indicators: [], rules: [], documents: [], recipients: [], sheets: {} };
}

describe('writeXlsx then readXlsx', () => {
  it('gives back exactly the rows the plans describe', async () => {
    const plans = planWorkbookFromData(tinyWorkbook());
    const read = await readXlsx(await writeXlsx(plans));
    expect(normalise(read)).toEqual(normalise(rawFromPlans(plans)));
  });

  it('keeps tabs in plan order with their Vietnamese names', async () => {
    const plans = planWorkbookFromData(tinyWorkbook());
    const read = await readXlsx(await writeXlsx(plans));
    expect(read.tabs.map((t) => t.name)).toEqual(plans.map((p) => p.name));
    expect(read.tabs.map((t) => t.name)).toContain('Xã Ia Le');
  });

  it('gives dates back as the same calendar dates and times', async () => {
    const rows: CellValue[][] = [[{ date: '2023-03-16' }, { date: '2023-03-10T08:30' }, { date: '1999-12-31T23:59' }]];
    const read = await readXlsx(await writeXlsx([plan('Ngày', rows)]));
    expect(read.tabs[0]?.rows).toEqual(rows);
  });

  it('keeps codes and symbols like "01" and "350" as text', async () => {
    const rows: CellValue[][] = [['01', '350', '0012', 'BC/HU']];
    const plans = [plan('Mã', rows, { formats: [{ range: { row: 1, col: 1, rows: 1, cols: 4 }, format: 'text' }] })];
    const buffer = await writeXlsx(plans);
    expect((await readXlsx(buffer)).tabs[0]?.rows).toEqual(rows);
    const sheet = (await loadWithExcelJS(buffer)).getWorksheet('Mã');
    expect(sheet?.getCell('A1').numFmt).toBe('@');
  });

  it('reads a workbook laid out from no data at all: every tab with its headers', async () => {
    const plans = planWorkbookFromData(emptyWorkbookData());
    const read = await readXlsx(await writeXlsx(plans));
    expect(normalise(read)).toEqual(normalise(rawFromPlans(plans)));
    expect(read.tabs.length).toBeGreaterThan(0);
  });

  it('writes formulas in plans as formulas', async () => {
    const rows: CellValue[][] = [[1, 2, { formula: '=A1+B1', result: 3 }]];
    const buffer = await writeXlsx([plan('Công thức', rows)]);
    expect((await readXlsx(buffer)).tabs[0]?.rows).toEqual(rows);
  });
});

describe('the workbook writeXlsx produces', () => {
  let workbook: ExcelJS.Workbook;
  let plans: TabPlan[];

  beforeAll(async () => {
    plans = planWorkbookFromData(tinyWorkbook());
    workbook = await loadWithExcelJS(await writeXlsx(plans));
  });

  function sheet(name: string): ExcelJS.Worksheet {
    const found = workbook.getWorksheet(name);
    if (found === undefined) throw new Error(`no tab ${name}`);
    return found;
  }

  it('offers the task statuses as a dropdown on every row of the status column of a unit tab', () => {
    const unitTab = sheet('Xã Ia Le');
    expect(unitTab.getCell('C5').value).toBe('Trạng thái *');
    for (const address of ['C6', 'C7', 'C12']) {
      const validation = unitTab.getCell(address).dataValidation;
      expect(validation?.type).toBe('list');
      expect(validation?.formulae).toEqual(['"Hoàn thành,Đang thực hiện,Chưa thực hiện"']);
      expect(validation?.showErrorMessage).toBe(true);
      expect(validation?.errorTitle).toBe('Giá trị không hợp lệ');
      expect(validation?.error).toBe('Hãy chọn trong danh sách.');
    }
    expect(unitTab.getCell('C13').dataValidation).toBeUndefined();
  });

  it('offers Có/Không as a dropdown on yes/no cells', () => {
    const settingsTab = sheet('Thiết lập');
    let row = 1;
    while (settingsTab.getCell(row, 1).value !== 'Viết số đếm dưới 10 có số 0 *') row += 1;
    expect(settingsTab.getCell(row, 2).value).toBe('Có');
    expect(settingsTab.getCell(row, 2).dataValidation?.formulae).toEqual(['"Có,Không"']);
    expect(sheet('Đề cương').getCell('D3').dataValidation?.formulae).toEqual(['"Có,Không"']);
  });

  it('freezes the header rows of each tab, and in unit and table tabs the code column', () => {
    expect(sheet('Đơn vị').views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 1 });
    expect(sheet('Xã Ia Le').views[0]).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 1, topLeftCell: 'B3' });
    expect(sheet('Thiết lập').views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('gives rows of wrapped text the height the plan estimates, leaving them free to grow', async () => {
    const unitPlan = plans.find((p) => p.name === 'BDV')!;
    const tall = unitPlan.rowHeights?.find((h) => h.height > 30);
    expect(tall).toBeDefined();
    expect(sheet('BDV').getRow(tall!.row).height).toBe(tall!.height);
    const xml = await partText(await writeXlsx(plans), 'xl/worksheets/sheet8.xml');
    expect(xml).toContain(`<row r="${tall!.row}" ht="${tall!.height}">`);
    expect(xml).not.toContain('customHeight');
  });

  it('writes one validation per list covering exactly the planned ranges, none overlapping another', async () => {
    const bytes = await writeXlsx(plans);
    for (const [i, tabPlan] of plans.entries()) {
      const xml = await partText(bytes, `xl/worksheets/sheet${i + 1}.xml`);
      const refs = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].flatMap((m) => m[1]!.split(' '));
      const cells = refs.flatMap((ref) => {
        const [from, to = from] = ref.split(':');
        const [a, b] = [/([A-Z]+)(\d+)/.exec(from!)!, /([A-Z]+)(\d+)/.exec(to!)!];
        const out: string[] = [];
        for (let r = Number(a[2]); r <= Number(b[2]); r += 1) for (let c = a[1]!.charCodeAt(0); c <= b[1]!.charCodeAt(0); c += 1) out.push(`${String.fromCharCode(c)}${r}`);
        return out;
      });
      expect(new Set(cells).size).toBe(cells.length);
      expect(cells.length).toBe(tabPlan.choices.reduce((sum, c) => sum + c.range.rows * c.range.cols, 0));
    }
  });

  it('puts every planned note (column help, block purpose) on its cell', () => {
    for (const tabPlan of plans) {
      for (const note of tabPlan.notes) {
        expect(sheet(tabPlan.name).getCell(note.row, note.col).note).toBe(note.text);
      }
    }
    expect(plans.find((p) => p.name === 'Xã Ia Le')?.notes.some((n) => n.row === 5 && n.col === 1)).toBe(true);
  });

  it('writes dates as real dates shown day/month/year', () => {
    const cell = sheet('Thiết lập').getCell('B7');
    expect(cell.value).toEqual(new Date(Date.UTC(2023, 2, 16)));
    expect(cell.numFmt).toBe('dd/mm/yyyy');
  });

  it('styles headers, block titles and input cells, in Arial', () => {
    const unitTab = sheet('Xã Ia Le');
    const header = unitTab.getCell('B5');
    expect(header.font).toMatchObject({ name: 'Arial', size: 11, bold: true });
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } });
    expect(header.border?.bottom?.style).toBe('thin');
    expect(unitTab.getCell('A4').font).toMatchObject({ bold: true, size: 12 });
    expect(unitTab.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(unitTab.getCell('A2').font).toMatchObject({ italic: true });
    expect(unitTab.getCell('B6').fill).toMatchObject({ fgColor: { argb: 'FFFFF2CC' } });
    expect(unitTab.getCell('B6').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
  });

  it('sets column widths and the creator', () => {
    expect(sheet('Xã Ia Le').getColumn(2).width).toBe(90);
    expect(workbook.creator).toBe('baocao');
  });

  it('adds no hidden list sheet when every dropdown fits inline', () => {
    expect(workbook.worksheets.map((w) => w.name)).not.toContain(CHOICE_LIST_SHEET);
  });
});

describe('dropdowns that cannot be written inline', () => {
  const range = { row: 2, col: 1, rows: 3, cols: 1 };

  it('puts options holding a comma on a hidden sheet and refers to them there', async () => {
    const options = ['Có, đã xong', 'Không'];
    const buffer = await writeXlsx([plan('Bảng', [['Trạng thái']], { choices: [{ range, options }] })]);
    const workbook = await loadWithExcelJS(buffer);
    const list = workbook.getWorksheet(CHOICE_LIST_SHEET);
    expect(list?.state).toBe('hidden');
    expect(list?.getCell('A1').value).toBe('Có, đã xong');
    expect(list?.getCell('A2').value).toBe('Không');
    const validation = workbook.getWorksheet('Bảng')?.getCell('A3').dataValidation;
    expect(validation?.formulae).toEqual([`'${CHOICE_LIST_SHEET}'!$A$1:$A$2`]);
  });

  it('puts a list longer than Excel allows inline on the hidden sheet, once for every use', async () => {
    const options = Array.from({ length: 30 }, (_, i) => `Lựa chọn số ${i + 1}`);
    expect(options.join(',').length).toBeGreaterThan(255);
    const plans = [
      plan('Một', [['A']], { choices: [{ range, options }] }),
      plan('Hai', [['B']], { choices: [{ range, options }] }),
    ];
    const workbook = await loadWithExcelJS(await writeXlsx(plans));
    const reference = `'${CHOICE_LIST_SHEET}'!$A$1:$A$30`;
    expect(workbook.getWorksheet('Một')?.getCell('A2').dataValidation?.formulae).toEqual([reference]);
    expect(workbook.getWorksheet('Hai')?.getCell('A4').dataValidation?.formulae).toEqual([reference]);
    expect(workbook.getWorksheet(CHOICE_LIST_SHEET)?.getCell('A30').value).toBe('Lựa chọn số 30');
    expect(workbook.getWorksheet(CHOICE_LIST_SHEET)?.getCell('B1').value).toBeNull();
  });
});

describe('readXlsx on files other programs write', () => {
  it('returns formulas with what they last computed, including 0 and text results', async () => {
    const rows = await firstTabRows(
      await xlsxWith((sheet) => {
        sheet.getCell('A1').value = 45;
        sheet.getCell('B1').value = { formula: 'A1*2', result: 90 };
        sheet.getCell('C1').value = { formula: 'A1-45', result: 0 };
        sheet.getCell('D1').value = { formula: 'IF(A1>0,"Có","Không")', result: 'Có' };
        sheet.getCell('E1').value = { formula: 'A1+1' };
      }),
    );
    expect(rows[0]).toEqual([
      45,
      { formula: '=A1*2', result: 90 },
      { formula: '=A1-45', result: 0 },
      { formula: '=IF(A1>0,"Có","Không")', result: 'Có' },
      { formula: '=A1+1', result: null },
    ]);
  });

  it('returns each cell of a shared formula with its own formula', async () => {
    const rows = await firstTabRows(
      await xlsxWith((sheet) => {
        sheet.getCell('A1').value = 1;
        sheet.getCell('A2').value = 2;
        // exceljs's types leave out the master cell's shareType and ref, which it does write.
        const master = { formula: 'A1*10', result: 10, shareType: 'shared', ref: 'B1:B2' };
        sheet.getCell('B1').value = master;
        sheet.getCell('B2').value = { sharedFormula: 'B1', result: 20 };
      }),
    );
    expect(rows[0]?.[1]).toEqual({ formula: '=A1*10', result: 10 });
    expect(rows[1]?.[1]).toEqual({ formula: '=A2*10', result: 20 });
  });

  it('returns error values as their text, alone or as a formula result', async () => {
    const rows = await firstTabRows(
      await xlsxWith((sheet) => {
        sheet.getCell('A1').value = { error: '#REF!' };
        sheet.getCell('B1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      }),
    );
    expect(rows[0]).toEqual(['#REF!', { formula: '=1/0', result: '#DIV/0!' }]);
  });

  it('flattens rich text and hyperlinks to the text people see', async () => {
    const rows = await firstTabRows(
      await xlsxWith((sheet) => {
        sheet.getCell('A1').value = { richText: [{ text: 'Tổ chức ', font: { bold: true } }, { text: 'hội nghị' }] };
        sheet.getCell('B1').value = { text: 'Cổng thông tin', hyperlink: 'https://example.org' };
      }),
    );
    expect(rows[0]).toEqual(['Tổ chức hội nghị', 'Cổng thông tin']);
  });

  it('returns decomposed (NFD) Vietnamese exactly as written; normalising is the core’s job', async () => {
    const nfd = 'Ủy ban nhân dân xã'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    const rows = await firstTabRows(await xlsxWith((sheet) => void (sheet.getCell('A1').value = nfd)));
    expect(rows[0]?.[0]).toBe(nfd);
  });

  it('keeps all 50,000 characters of a long cell', async () => {
    const long = 'Nội dung báo cáo dài. '.repeat(2500).slice(0, 50000);
    const rows = await firstTabRows(await xlsxWith((sheet) => void (sheet.getCell('B2').value = long)));
    expect(rows[1]?.[1]).toBe(long);
    expect((rows[1]?.[1] as string).length).toBe(50000);
  });

  it('reads date-formatted serials as dates, rounding away floating-point noise', async () => {
    const rows = await firstTabRows(
      await xlsxWith((sheet) => {
        sheet.getCell('A1').value = 45001.354166; // 16/03/2023 08:29:59.94, meant as 08:30
        sheet.getCell('A1').numFmt = 'dd/mm/yyyy hh:mm';
        sheet.getCell('B1').value = 45000.999999; // 15/03/2023 23:59:59.91, meant as 16/03/2023
        sheet.getCell('B1').numFmt = 'dd/mm/yyyy';
      }),
    );
    expect(rows[0]).toEqual([{ date: '2023-03-16T08:30' }, { date: '2023-03-16' }]);
  });

  it('keeps rows from row 1 and leaves gaps empty (ragged rows)', async () => {
    const rows = await firstTabRows(
      await xlsxWith((sheet) => {
        sheet.getCell('A1').value = 'đầu';
        sheet.getCell('C3').value = 'cuối';
        sheet.getCell('A5').value = true;
      }),
    );
    expect(rows).toEqual([['đầu'], [], [null, null, 'cuối'], [], [true]]);
  });

  it('reports the other cells of a merged block as empty, not as copies of the first', async () => {
    const rows = await firstTabRows(
      await xlsxWith((sheet) => {
        sheet.getCell('A1').value = 'A. NHIỆM VỤ';
        sheet.mergeCells('A1:C1');
        sheet.getCell('A2').value = 1;
      }),
    );
    expect(rows).toEqual([['A. NHIỆM VỤ'], [1]]);
  });

  it('reads tabs without any cell as tabs with no rows', async () => {
    const buffer = await xlsxWith((_sheet, workbook) => void workbook.addWorksheet('Trống'));
    expect(await readXlsx(buffer)).toEqual({ tabs: [{ name: 'Dữ liệu', rows: [] }, { name: 'Trống', rows: [] }] });
  });
});

describe('readXlsx from a path', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'baocao-xlsx-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the file and leaves it untouched', async () => {
    const path = join(dir, 'bao-cao.xlsx');
    writeFileSync(path, await writeXlsx(planWorkbookFromData(tinyWorkbook())));
    const hash = (): string => createHash('sha256').update(readFileSync(path)).digest('hex');
    const before = { hash: hash(), mtime: statSync(path).mtimeMs };
    const read = await readXlsx(path);
    expect(read.tabs.length).toBe(9);
    expect({ hash: hash(), mtime: statSync(path).mtimeMs }).toEqual(before);
  });

  it('says the file was not found when it does not exist', async () => {
    const path = join(dir, 'khong-co.xlsx');
    const error = await readXlsx(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotAWorkbookError);
    expect(isNotAWorkbookError(error)).toBe(true);
    expect((error as NotAWorkbookError).message).toBe(TEXT.fileNotFound(path));
    expect((error as NotAWorkbookError).kind).toBe('notFound');
  });

  it('explains that a folder is not a file', async () => {
    await expect(readXlsx(dir)).rejects.toThrow(NotAWorkbookError);
  });
});

describe('readXlsx on files that are not .xlsx workbooks', () => {
  const workbookBytes = async (): Promise<Buffer> => writeXlsx(planWorkbookFromData(tinyWorkbook()));
  const docxBytes = async (): Promise<Buffer> =>
    Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Báo cáo sơ kết')] }] }));

  const cases: ReadonlyArray<[string, () => Promise<Buffer> | Buffer, NotWorkbookKind, string]> = [
    ['an empty file', () => Buffer.alloc(0), 'empty', 'tệp rỗng'],
    ['random bytes', () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251)), 'notZip', 'có thể là .csv'],
    ['a CSV renamed to .xlsx', () => Buffer.from('Mã,Tên\n01,Xã Ia Le\n', 'utf8'), 'notZip', 'có thể là .csv'],
    ['an HTML page saved as .xls', () => Buffer.from('\uFEFF<html><table><tr><td>1</td></tr></table></html>'), 'html', 'HTML'],
    ['a Word .docx', docxBytes, 'otherOfficeFile', 'tệp Word (.docx)'],
    ['a zip without a workbook', () => storedZip({ 'ghi-chu.txt': 'Xin chào' }), 'noWorkbook', 'tệp nén nhưng không chứa bảng tính'],
    ['an empty zip', () => storedZip({}), 'noWorkbook', 'tệp nén nhưng không chứa bảng tính'],
    ['a half-downloaded .xlsx', async () => (await workbookBytes()).subarray(0, 8000), 'damagedZip', 'chưa tải về hết'],
    ['an old Excel 97–2003 .xls', () => readFileSync(join(FIXTURES, 'legacy-excel-97.xls')), 'legacyXls', 'tệp .xls đời cũ'],
    ['a LibreOffice .ods', () => readFileSync(join(FIXTURES, 'opendocument.ods')), 'otherOfficeFile', 'tệp .ods'],
    ['a password-protected .xlsx', encryptedXlsxBytes, 'encrypted', 'mật khẩu'],
    [
      'a zip claiming a workbook whose parts are broken',
      () => storedZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook' }),
      'unreadable',
      'tệp bị hỏng',
    ],
  ];

  it.each(cases)('rejects %s with a Vietnamese NotAWorkbookError', async (_label, bytes, kind, reason) => {
    const error = await readXlsx(await bytes(), { fileLabel: 'bao-cao.xlsx' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotAWorkbookError);
    expect((error as NotAWorkbookError).kind).toBe(kind);
    const message = (error as NotAWorkbookError).message;
    expect(message).toContain(reason);
    expect(message).toBe(TEXT.notAWorkbook('bao-cao.xlsx', (error as NotAWorkbookError).reason));
  });

  it('names uploaded bytes generically when no label is given', async () => {
    await expect(readXlsx(Buffer.alloc(0))).rejects.toThrow('Không đọc được "tệp tải lên"');
  });
});
