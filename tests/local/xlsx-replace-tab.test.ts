/**
 * replaceTabInXlsx (src/local/xlsx/replace-tab.ts): one tab of a workbook gets new content in
 * place (same name, position and sheet part), its notes are replaced, and every part it does
 * not own stays byte-identical, in a workbook baocao wrote and in one LibreOffice saved. A tab
 * holding something baocao cannot recreate (a drawing) is refused and the bytes stay as they were.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { CUTOFF_TAB, RECIPIENTS_TAB } from '../../src/domain/contract/tabs';
import { planTableTab, planWorkbookFromData } from '../../src/domain/workbook/layout';
import { CHU_PUH_2023 } from '../../src/example/chu-puh-2023';
import { readXlsxBytes, writeNewXlsx, XlsxWriteError } from '../../src/local/xlsx';
import { replaceTabInXlsx } from '../../src/local/xlsx/replace-tab';
import { readWithExcelJS } from './support/exceljs-reader';
import { partsBase64 } from './support/packages';

const newRecipients = planTableTab(RECIPIENTS_TAB, [{ recipient: 'Thường trực Tỉnh ủy (báo cáo)' }, { recipient: 'Lưu: VT' }]);

/** The parts of a tab: its sheet, the sheet's relationships, and what they point to. */
async function ownParts(bytes: Uint8Array, tab: string): Promise<Set<string>> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rId = new RegExp(`<sheet [^>]*name="${tab}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1] ?? '';
  const target = new RegExp(`<Relationship [^>]*Id="${rId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rId}"`).exec(rels)?.[1] ?? '';
  const sheet = `xl/${target.replace(/^\/?xl\//, '')}`;
  const sheetRels = sheet.replace(/worksheets\//, 'worksheets/_rels/') + '.rels';
  const own = new Set([sheet, sheetRels]);
  const relsText = (await zip.file(sheetRels)?.async('string')) ?? '';
  for (const match of relsText.matchAll(/Target="\.\.\/([^"]+)"/g)) own.add(`xl/${match[1]}`);
  return own;
}

describe('replacing one tab of a workbook in place', () => {
  it.each([
    ['written by baocao', () => writeNewXlsx(planWorkbookFromData(CHU_PUH_2023))],
    ['saved by LibreOffice', () => new Uint8Array(readFileSync(join(__dirname, 'fixtures', 'libreoffice-example.xlsx')))],
  ])('keeps every other part of a workbook %s byte-identical and the tab in its place', async (_label, make) => {
    const input = make();
    const before = readXlsxBytes(input);
    const output = replaceTabInXlsx(input, newRecipients, new Date(Date.UTC(2023, 2, 12)));
    const after = readXlsxBytes(output);
    expect(after.tabs.map((t) => t.name)).toEqual(before.tabs.map((t) => t.name));
    for (const tab of before.tabs) if (tab.name !== RECIPIENTS_TAB.name) expect(after.tabs.find((t) => t.name === tab.name)).toEqual(tab);
    expect(after.tabs.find((t) => t.name === RECIPIENTS_TAB.name)?.rows.slice(0, 3)).toEqual([['Nơi nhận *'], ['Thường trực Tỉnh ủy (báo cáo)'], ['Lưu: VT']]);

    const own = await ownParts(input, RECIPIENTS_TAB.name);
    const old = await partsBase64(input);
    const now = await partsBase64(output);
    const mayChange = new Set(['[Content_Types].xml', 'xl/styles.xml']);
    for (const [name, content] of old) {
      if (own.has(name) || mayChange.has(name)) continue;
      expect([name, now.get(name)]).toEqual([name, content]);
    }
    // A second reader agrees the package is sound.
    const second = await readWithExcelJS(output);
    expect(second.tabs.find((t) => t.name === RECIPIENTS_TAB.name)?.rows[2]).toEqual(['Lưu: VT']);
  });

  it('replaces the notes of the tab with the new plan’s notes', async () => {
    const input = writeNewXlsx([...planWorkbookFromData(CHU_PUH_2023).slice(0, 2), planTableTab(CUTOFF_TAB, [], 'system')]);
    const output = replaceTabInXlsx(input, planTableTab(CUTOFF_TAB, [{ time: '2023-03-12T08:30', by: 'A', unitId: 'UBND', code: 'X', value: 1 }], 'system'));
    const zip = await JSZip.loadAsync(output);
    const comments = Object.keys(zip.files).filter((n) => /comments\d+\.xml$/.test(n));
    const inputZip = await JSZip.loadAsync(input);
    // As many comments parts as before: the old one went, the new one came.
    expect(comments).toHaveLength(Object.keys(inputZip.files).filter((n) => /comments\d+\.xml$/.test(n)).length);
    expect(readXlsxBytes(output).tabs.at(-1)?.rows[1]).toEqual([{ date: '2023-03-12T08:30' }, 'A', 'UBND', 'X', 1]);
  });

  it('refuses a tab with a drawing it cannot recreate, and an absent tab, without touching the bytes', async () => {
    const input = writeNewXlsx(planWorkbookFromData(CHU_PUH_2023).slice(0, 7));
    const zip = await JSZip.loadAsync(input);
    const own = [...(await ownParts(input, RECIPIENTS_TAB.name))];
    const relsPart = own.find((n) => n.endsWith('.rels'))!;
    const existing = (await zip.file(relsPart)?.async('string')) ?? '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    zip.file(relsPart, existing.replace('</Relationships>', '<Relationship Id="rIdD" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>'));
    const withDrawing = new Uint8Array(await zip.generateAsync({ type: 'nodebuffer' }));
    const copy = Uint8Array.from(withDrawing);
    expect(() => replaceTabInXlsx(withDrawing, newRecipients)).toThrow(XlsxWriteError);
    expect(() => replaceTabInXlsx(withDrawing, newRecipients)).toThrow(/drawing/);
    expect(Buffer.from(withDrawing).equals(Buffer.from(copy))).toBe(true);
    expect(() => replaceTabInXlsx(input, { ...newRecipients, name: 'Không có' })).toThrow('Bảng tính không có tab "Không có" để thay.');
  });
});
