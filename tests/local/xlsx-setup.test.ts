/**
 * Adding unit tabs to a clerk's existing workbook: every part that was there stays
 * byte-identical (custom XML, custom properties, shared formulas, comments, a file LibreOffice
 * saved, a hidden sheet, a Strict file) except the few that list tabs, and the styles part only
 * grows at the end of its lists. Then the offline set-up end to end: a blank workbook whose
 * configuration tabs are filled gets its unit tabs with indicators and sections pre-filled, and
 * once the clerks type their figures and text, it validates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { SaxesParser } from 'saxes';
import { checkWorkbook } from '../../src/app/check-workbook';
import { cellText, type RawTab, type RawWorkbook } from '../../src/domain/cells';
import { hasErrors } from '../../src/domain/findings';
import { EMPTY_SHEET } from '../../src/domain/workbook/data';
import { planUnitTab, planWorkbookFromData, type TabPlan } from '../../src/domain/workbook/layout';
import { BLANK_WORKBOOK } from '../../src/example/blank';
import { addTabsToXlsx, readXlsx, readXlsxBytes, setupXlsx, writeXlsx, XlsxWriteError } from '../../src/local/xlsx';
import { tinyWorkbook } from '../support/tiny-workbook';
import { edgeCaseWorkbook } from './support/edge-workbook';
import { LISTING_PARTS, partsOf, partText, toStrict, withParts } from './support/packages';

const FIXTURES = join(__dirname, 'fixtures');
const STYLE_LISTS = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors'];

/** A unit tab with notes, dropdowns, dates and formats: everything the writer can add. */
function unitPlan(name = 'Xã Mới'): TabPlan {
  const data = tinyWorkbook();
  return planUnitTab({ ...data.units[1]!, tab: name }, data.sheets['XA1'] ?? EMPTY_SHEET, {
    indicators: data.indicators,
    sections: data.sections,
    writersOf: () => ['XA1'],
    reportersOf: () => ['XA1'],
    deadline: '2023-03-10',
  });
}

/** A workbook with custom XML (a data-binding part) and custom document properties, as Office writes them. */
async function withCustomParts(bytes: Uint8Array): Promise<Buffer> {
  return withParts(bytes, (parts) => {
    parts.set('customXml/item1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="no"?><baocao xmlns="urn:example:baocao"><soHieu>350-BC/HU</soHieu></baocao>');
    parts.set(
      'customXml/itemProps1.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{6A1B2C3D-0000-4000-8000-000000000001}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>',
    );
    parts.set(
      'customXml/_rels/item1.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>',
    );
    parts.set(
      'docProps/custom.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Mật độ"><vt:lpwstr>Khẩn</vt:lpwstr></property></Properties>',
    );
    const rels = Buffer.from(parts.get('_rels/.rels')!).toString('utf8');
    parts.set('_rels/.rels', rels.replace('</Relationships>', '<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'));
    const workbookRels = Buffer.from(parts.get('xl/_rels/workbook.xml.rels')!).toString('utf8');
    parts.set('xl/_rels/workbook.xml.rels', workbookRels.replace('</Relationships>', '<Relationship Id="rIdXml" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>'));
    const types = Buffer.from(parts.get('[Content_Types].xml')!).toString('utf8');
    parts.set(
      '[Content_Types].xml',
      types.replace(
        '</Types>',
        '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
      ),
    );
  });
}

/** Every list of the styles part before is the start of the same list after, and nothing else moved. */
function expectAppendedOnly(before: string, after: string): void {
  let rest = after;
  for (const list of STYLE_LISTS) {
    const pattern = new RegExp(`(<(?:\\w+:)?${list}\\b[^>]*?)(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${list}>)`);
    const old = pattern.exec(before);
    const now = pattern.exec(rest);
    if (old === null) continue;
    expect(now).not.toBeNull();
    const [oldInner, newInner] = [old[2] ?? '', now![2] ?? ''];
    expect(newInner.startsWith(oldInner)).toBe(true);
    rest = rest.replace(now![0], old[0]);
  }
  const withoutCounts = (xml: string) => xml.replace(/\scount="\d*"/g, '');
  // Lists the writer had to create are the only other difference.
  expect(withoutCounts(rest).replace(/<(?:\w+:)?numFmts\b[^>]*>[\s\S]*?<\/(?:\w+:)?numFmts>/, '')).toBe(withoutCounts(before).replace(/<(?:\w+:)?numFmts\b[^>]*>[\s\S]*?<\/(?:\w+:)?numFmts>/, ''));
}

async function expectOnlyListingPartsChanged(before: Uint8Array, after: Uint8Array): Promise<void> {
  const [old, now] = [await partsOf(before), await partsOf(after)];
  const changed: string[] = [];
  for (const [name, data] of old) {
    const kept = now.get(name);
    expect(kept).toBeDefined();
    if (!Buffer.from(data).equals(Buffer.from(kept!))) changed.push(name);
  }
  expect(changed.filter((name) => !LISTING_PARTS.has(name))).toEqual([]);
  if (old.has('xl/styles.xml')) expectAppendedOnly(await partText(before, 'xl/styles.xml'), await partText(after, 'xl/styles.xml'));
}

function tab(workbook: RawWorkbook, name: string): RawTab {
  const found = workbook.tabs.find((t) => t.name === name);
  if (found === undefined) throw new Error(`no tab ${name}`);
  return found;
}

const inputs: ReadonlyArray<[string, () => Promise<Uint8Array>]> = [
  ['a workbook with custom XML, custom properties, shared formulas, comments and a hidden tab', async () => withCustomParts(await edgeCaseWorkbook())],
  ['a workbook LibreOffice saved (with a hidden tab)', async () => readFileSync(join(FIXTURES, 'libreoffice-edge-cases.xlsx'))],
  ['the example as LibreOffice saved it', async () => readFileSync(join(FIXTURES, 'libreoffice-example.xlsx'))],
  ['a Strict Open XML workbook', async () => toStrict(await edgeCaseWorkbook())],
  ['a workbook baocao init wrote', async () => writeXlsx(planWorkbookFromData(tinyWorkbook()).slice(0, 7))],
];

describe('addTabsToXlsx', () => {
  it.each(inputs)('keeps every part of %s byte-identical except the tab lists, and styles only grow', async (_label, load) => {
    const before = await load();
    const copy = Buffer.from(before);
    const after = addTabsToXlsx(before, [unitPlan()]);
    expect(Buffer.from(before).equals(copy)).toBe(true);
    await expectOnlyListingPartsChanged(before, after);
  });

  it.each(inputs)('adds the tab to %s so that both readers see it, after the old tabs unchanged', async (_label, load) => {
    const before = await load();
    const after = addTabsToXlsx(before, [unitPlan()]);
    const [old, now] = [await readXlsx(Buffer.from(before)), await readXlsx(Buffer.from(after))];
    expect(now.tabs.slice(0, old.tabs.length)).toEqual(old.tabs);
    expect(now.tabs.map((t) => t.name).slice(old.tabs.length)).toEqual(['Xã Mới']);
    expect(tab(now, 'Xã Mới').rows[0]).toEqual(['ĐƠN VỊ: Ủy ban nhân dân xã Ia Le (mã XA1)']);
    // An independent reader opens it too and finds the dropdowns.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(after) as unknown as ExcelJS.Buffer);
    expect(workbook.getWorksheet('Xã Mới')?.getCell('C6').dataValidation?.formulae).toEqual(['"Hoàn thành,Đang thực hiện,Chưa thực hiện"']);
    // The notes are in a comments part the new sheet's relationships name.
    const parts = await partsOf(after);
    const sheetRels = [...parts.keys()].filter((n) => /worksheets\/_rels\/sheet\d+\.xml\.rels$/.test(n));
    const commentsTargets = sheetRels.flatMap((n) => [...Buffer.from(parts.get(n)!).toString('utf8').matchAll(/Target="\.\.\/(comments\d+\.xml)"/g)].map((m) => m[1]));
    const notes = commentsTargets.map((t) => Buffer.from(parts.get(`xl/${t}`) ?? new Uint8Array()).toString('utf8'));
    expect(notes.some((xml) => xml.includes('ref="A4"') && xml.includes(unitPlan().notes.find((n) => n.row === 4)!.text))).toBe(true);
  });

  it.each(inputs)('writes only well-formed, namespace-correct XML into %s (checked by saxes, a strict parser)', async (_label, load) => {
    const before = await load();
    const after = addTabsToXlsx(before, [unitPlan(), { ...unitPlan('Danh sách dài'), choices: [{ range: { row: 6, col: 3, rows: 2, cols: 1 }, options: ['Có, đã xong', 'Không'] }] }]);
    const [old, now] = [await partsOf(before), await partsOf(after)];
    let checked = 0;
    for (const [name, data] of now) {
      if (!/\.(xml|rels|vml)$/.test(name) || Buffer.from(data).equals(Buffer.from(old.get(name) ?? new Uint8Array()))) continue;
      const parser = new SaxesParser({ xmlns: true });
      let failure: Error | null = null;
      parser.on('error', (error) => void (failure ??= error));
      parser.write(Buffer.from(data).toString('utf8')).close();
      expect([name, failure]).toEqual([name, null]);
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  });

  it('lists the new tab in docProps/app.xml when the part has the shape Excel gives it', async () => {
    const before = await writeXlsx(planWorkbookFromData(tinyWorkbook()).slice(0, 7));
    const app = await partText(addTabsToXlsx(before, [unitPlan()]), 'docProps/app.xml');
    expect(app).toContain('<vt:i4>8</vt:i4>');
    expect(app).toContain('<vt:vector size="8" baseType="lpstr">');
    expect(app).toMatch(/<vt:lpstr>Nơi nhận<\/vt:lpstr><vt:lpstr>Xã Mới<\/vt:lpstr>/);
  });

  it('gives new notes their own VML shape ids, apart from the workbook’s existing notes', async () => {
    const before = await edgeCaseWorkbook();
    const after = addTabsToXlsx(before, [unitPlan('Một'), unitPlan('Hai')]);
    const vml = [...(await partsOf(after)).entries()].filter(([name]) => name.endsWith('.vml')).map(([, data]) => Buffer.from(data).toString('utf8'));
    const blocks = vml.map((text) => /idmap[^>]*data="(\d+)"/.exec(text)?.[1]);
    expect(new Set(blocks).size).toBe(vml.length);
  });

  it('refuses a tab that already exists (whatever its case) and a name Excel refuses, leaving the input as it was', async () => {
    const before = await edgeCaseWorkbook();
    expect(() => addTabsToXlsx(before, [unitPlan('GIÁ TRỊ')])).toThrow(XlsxWriteError);
    expect(() => addTabsToXlsx(before, [unitPlan('Giá trị')])).toThrow('đã có trong bảng tính');
    expect(() => addTabsToXlsx(before, [unitPlan('Xã [mới]')])).toThrow('ký tự');
    expect(() => addTabsToXlsx(before, [unitPlan('Ủy ban nhân dân xã có tên rất dài quá mức')])).toThrow('31 ký tự');
  });
});

/** The blank workbook `init --blank` writes, with its configuration tabs filled in as a clerk would. */
async function configuredBlankWorkbook(): Promise<Buffer> {
  const data = tinyWorkbook();
  const plans = planWorkbookFromData({ ...data, sheets: {} }).filter((p) => p.role !== 'unit');
  return writeXlsx(plans);
}

/** Types the clerks' figures, tasks and text into their tabs, with exceljs on a copy. */
async function fillAsClerks(bytes: Uint8Array): Promise<Buffer> {
  const raw = await readXlsx(Buffer.from(bytes));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const rowOf = (tabName: string, predicate: (row: ReadonlyArray<unknown>) => boolean, after = 0): number => {
    const index = tab(raw, tabName).rows.findIndex((row, i) => i >= after && predicate(row));
    if (index < 0) throw new Error(`no such row in ${tabName}`);
    return index + 1;
  };
  const text = (row: ReadonlyArray<unknown>, col: number) => cellText((row[col] ?? null) as never);
  const xa = workbook.getWorksheet('Xã Ia Le')!;
  const figures = { DON_TN: 45, DON_GQ: 35, DON_DANG: 10 };
  for (const [code, value] of Object.entries(figures)) xa.getCell(rowOf('Xã Ia Le', (r) => text(r, 0) === code), 4).value = value;
  const taskRow = rowOf('Xã Ia Le', (r) => text(r, 0) === 'Nhóm nhiệm vụ *') + 1;
  xa.getCell(taskRow, 1).value = 'NVTT';
  xa.getCell(taskRow, 2).value = 'Tổ chức hội nghị';
  xa.getCell(taskRow, 3).value = 'Hoàn thành';
  xa.getCell(rowOf('Xã Ia Le', (r) => text(r, 0) === 'I.1'), 2).value = 'Xã tiếp nhận {{SL:DON_TN}} đơn, đã giải quyết {{SL:DON_GQ}} đơn.';
  workbook.getWorksheet('BDV')!.getCell(rowOf('BDV', (r) => text(r, 0) === 'I.2'), 2).value = 'Các xã đã giải quyết {{TL:DON_GQ/DON_TN}} đơn.';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('setupXlsx (offline "Thiết lập bảng tính")', () => {
  it('leaves a blank workbook with no units exactly as it was', async () => {
    const blank = await writeXlsx(planWorkbookFromData(BLANK_WORKBOOK));
    const result = setupXlsx(blank);
    expect(result.created).toEqual([]);
    expect(result.bytes).toBe(blank);
  });

  it('creates each unit’s tab with its indicators and sections pre-filled, and nothing else changes', async () => {
    const before = await configuredBlankWorkbook();
    const result = setupXlsx(before);
    expect(result.created).toEqual(['BDV', 'Xã Ia Le']);
    await expectOnlyListingPartsChanged(before, result.bytes);
    const raw = await readXlsx(Buffer.from(result.bytes));
    const xa = tab(raw, 'Xã Ia Le').rows.map((row) => row.map((v) => cellText(v)));
    for (const code of ['DON_TN', 'DON_GQ', 'DON_DANG']) expect(xa.some((row) => row[0] === code && row[1] !== '')).toBe(true);
    expect(xa.some((row) => row[0] === 'I.1' && row[2] === 'Công tác tiếp dân')).toBe(true);
    expect(tab(raw, 'BDV').rows.some((row) => row[0] === 'I.2')).toBe(true);
    // The same tabs the Sheets menu would create: the plan of the laid-out workbook.
    const expected = planWorkbookFromData({ ...tinyWorkbook(), sheets: {} }).filter((p) => p.role === 'unit');
    expect(raw.tabs.slice(-2).map((t) => t.rows.map((r) => r.map((v) => cellText(v)).join('|')).join('\n'))).toEqual(
      expected.map((p) => p.rows.map((r) => r.map((v) => cellText(v)).join('|').replace(/\|+$/, '')).join('\n').replace(/\n+$/, '')),
    );
  });

  it('validates once the clerks have typed their figures, tasks and text', async () => {
    const setUp = setupXlsx(await configuredBlankWorkbook());
    const filled = await fillAsClerks(setUp.bytes);
    const check = checkWorkbook({ read: () => readXlsxBytes(filled) });
    expect(check.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(hasErrors(check.findings)).toBe(false);
    expect(check.status.units.filter((u) => u.unitId === 'XA1').length).toBe(1);
  });

  it('does the same on a workbook whose configuration tabs were filled and saved in LibreOffice', async () => {
    // tests/local/fixtures/libreoffice-configured.xlsx: configuredBlankWorkbook() saved again by LibreOffice Calc 7.4.
    const before = readFileSync(join(FIXTURES, 'libreoffice-configured.xlsx'));
    const result = setupXlsx(before);
    expect(result.created).toEqual(['BDV', 'Xã Ia Le']);
    await expectOnlyListingPartsChanged(before, result.bytes);
    const filled = await fillAsClerks(result.bytes);
    const check = checkWorkbook({ read: () => readXlsxBytes(filled) });
    expect(check.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('is idempotent: a second run creates nothing and returns the same bytes', async () => {
    const once = setupXlsx(await configuredBlankWorkbook()).bytes;
    const twice = setupXlsx(once);
    expect(twice.created).toEqual([]);
    expect(twice.bytes).toBe(once);
  });

  it('never touches a unit tab that already has data; only the missing one is created', async () => {
    const data = tinyWorkbook();
    const withBdv = await writeXlsx(planWorkbookFromData(data).filter((p) => p.name !== 'Xã Ia Le'));
    const result = setupXlsx(withBdv);
    expect(result.created).toEqual(['Xã Ia Le']);
    await expectOnlyListingPartsChanged(withBdv, result.bytes);
    expect(tab(await readXlsx(Buffer.from(result.bytes)), 'BDV')).toEqual(tab(await readXlsx(withBdv), 'BDV'));
  });

  it('skips a tab whose name Excel refuses, saying why, and creates the others', async () => {
    const data = tinyWorkbook();
    const units = [data.units[0]!, { ...data.units[1]!, tab: 'Xã Ia Le: mới' }];
    const before = await writeXlsx(planWorkbookFromData({ ...data, units, sheets: {} }).filter((p) => p.role !== 'unit'));
    const result = setupXlsx(before);
    expect(result.created).toEqual(['BDV']);
    expect(result.skipped).toEqual([{ tab: 'Xã Ia Le: mới', reason: 'tên tab có ký tự : \\ / ? * [ hoặc ]' }]);
  });
});
