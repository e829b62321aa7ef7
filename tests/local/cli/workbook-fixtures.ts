/**
 * Workbooks as people really have them, for the `remind` tests: made by `init --example` (or
 * from data), then changed part by part with JSZip the way Excel or Google Sheets would leave
 * them: a shared formula in a unit tab, custom XML parts, custom document properties, the log
 * tab as the Sheets add-in writes it (renamed, lower-cased, typed in NFD, formatted down to the
 * last row of a sheet, 1,048,576 — ECMA-376 / Excel's specifications and limits).
 */
import JSZip from 'jszip';
import { REMINDER_LOG_TAB } from '../../../src/domain/contract/tabs';
import type { ReminderLogEntry } from '../../../src/domain/contract/tables';
import type { WorkbookData } from '../../../src/domain/workbook/data';
import { planTableTab, planWorkbookFromData } from '../../../src/domain/workbook/layout';
import { CHU_PUH_2023 } from '../../../src/example/chu-puh-2023';
import { writeXlsx } from '../../../src/local/xlsx';

export const LAST_ROW = 1_048_576;

/** The example with figures typed in words for the given units, so each has an error (and gets a reminder). */
export function exampleWithErrors(...unitIds: string[]): WorkbookData {
  const sheets = { ...CHU_PUH_2023.sheets };
  for (const id of unitIds) {
    const sheet = sheets[id]!;
    const first = sheet.figures[0]!;
    sheets[id] = { ...sheet, figures: sheet.figures.map((f) => (f === first ? { ...f, value: 'mười hai' } : f)) };
  }
  return { ...CHU_PUH_2023, sheets };
}

/** The workbook of `data` with a log tab holding `log`, named `logTabName` (none when null). */
export async function workbookWithLog(data: WorkbookData, log: ReadonlyArray<ReminderLogEntry>, logTabName: string | null = REMINDER_LOG_TAB.name): Promise<Buffer> {
  const plans = planWorkbookFromData(data);
  const logPlan = logTabName === null ? [] : [{ ...planTableTab(REMINDER_LOG_TAB, log, 'system'), name: logTabName }];
  return writeXlsx([...plans, ...logPlan]);
}

export function sentToday(unitId: string, unitName: string, time = '2023-03-12T07:00'): ReminderLogEntry {
  return { time, unitId, unitName, recipients: `${unitId.toLowerCase()}@example.org`, reason: 'has_errors', result: 'sent', detail: 'gửi từ Google Sheets' };
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The path of a tab's sheet part, from workbook.xml and its relationships. */
export async function sheetPart(zip: JSZip, tabName: string): Promise<string> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const sheet = new RegExp(`<sheet [^>]*name="${xmlEscape(tabName).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*r:id="([^"]+)"`).exec(workbook);
  if (sheet === null) throw new Error(`no tab ${tabName}`);
  const target = new RegExp(`<Relationship [^>]*Id="${sheet[1]}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${sheet[1]}"`).exec(rels);
  return `xl/${target![1]!.replace(/^\/?xl\//, '')}`;
}

async function edit(bytes: Buffer, change: (zip: JSZip) => Promise<void>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  await change(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A shared formula (master in Z<row>, one follower below) in the named tab, as Excel writes when a formula is filled down. */
export function withSharedFormula(bytes: Buffer, tabName: string, row = 5): Promise<Buffer> {
  return edit(bytes, async (zip) => {
    const part = await sheetPart(zip, tabName);
    let xml = await zip.file(part)!.async('string');
    const add = (r: number, cell: string) => {
      xml = xml.replace(new RegExp(`(<row [^>]*r="${r}"[^>]*>[\\s\\S]*?)(</row>)`), `$1${cell}$2`);
    };
    add(row, `<c r="Z${row}"><f t="shared" ref="Z${row}:Z${row + 1}" si="0">1+1</f><v>2</v></c>`);
    add(row + 1, `<c r="Z${row + 1}"><f t="shared" si="0"/><v>2</v></c>`);
    zip.file(part, xml);
  });
}

/** A custom XML part (as SharePoint or a document-management system adds) and custom document properties. */
export function withCustomParts(bytes: Buffer): Promise<Buffer> {
  return edit(bytes, async (zip) => {
    zip.file('customXml/item1.xml', '<?xml version="1.0" encoding="UTF-8"?><hoso xmlns="urn:vanthu"><so>350-BC/HU</so></hoso>');
    zip.file(
      'customXml/itemProps1.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{6F1A6C3E-1111-4C2B-9B1B-000000000001}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>',
    );
    zip.file(
      'customXml/_rels/item1.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>',
    );
    zip.file(
      'docProps/custom.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Số hồ sơ"><vt:lpwstr>HS-2023-350</vt:lpwstr></property></Properties>',
    );
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file(
      '[Content_Types].xml',
      types.replace(
        '</Types>',
        '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>' +
          '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
      ),
    );
    const rels = await zip.file('_rels/.rels')!.async('string');
    zip.file(
      '_rels/.rels',
      rels.replace('</Relationships>', '<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'),
    );
    const workbookRels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file(
      'xl/_rels/workbook.xml.rels',
      workbookRels.replace('</Relationships>', '<Relationship Id="rIdXml1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>'),
    );
  });
}

/** Rows formatted (styled, empty) from the end of the tab's data down to the sheet's last row. */
export function formattedToLastRow(bytes: Buffer, tabName: string): Promise<Buffer> {
  return edit(bytes, async (zip) => {
    const part = await sheetPart(zip, tabName);
    const xml = await zip.file(part)!.async('string');
    const rows = [LAST_ROW - 2, LAST_ROW - 1, LAST_ROW].map((r) => `<row r="${r}" s="1" customFormat="1"><c r="A${r}" s="1"/><c r="G${r}" s="1"/></row>`).join('');
    zip.file(part, xml.replace('</sheetData>', `${rows}</sheetData>`).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:G${LAST_ROW}"/>`));
  });
}
