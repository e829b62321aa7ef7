/**
 * The command line end to end, on real .xlsx files in a temporary folder: init, validate (exit
 * codes 0/1/2 and JSON), status, report, remind (the .eml outbox and the log tab), demo.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { planWorkbookFromData } from '../../../src/domain/workbook/layout';
import type { WorkbookData } from '../../../src/domain/workbook/data';
import { CHU_PUH_2023 } from '../../../src/example/chu-puh-2023';
import { readXlsx, writeXlsx } from '../../../src/local/xlsx';
import { run as runIn, workspace } from './run';

/** The shared in-process runner, called with the arguments spread as this file always did. */
const run = (cwd: string, ...args: string[]) => runIn(cwd, args);

/** The example with UBND's figure for received petitions typed in words. */
function exampleWithWords(): WorkbookData {
  const ubnd = CHU_PUH_2023.sheets['UBND']!;
  return {
    ...CHU_PUH_2023,
    sheets: {
      ...CHU_PUH_2023.sheets,
      UBND: { ...ubnd, figures: ubnd.figures.map((f) => (f.code === 'TIEP_LUOT' ? { ...f, value: 'một trăm tám mươi tư' } : f)) },
    },
  };
}

async function writeWorkbook(dir: string, name: string, data: WorkbookData): Promise<string> {
  writeFileSync(join(dir, name), await writeXlsx(planWorkbookFromData(data)));
  return name;
}

describe('the baocao command line', () => {
  it('creates the example workbook and refuses to overwrite it without --force', async () => {
    const dir = workspace();
    const first = await run(dir, 'init', '--example', '-o', 'bc.xlsx');
    expect(first.code).toBe(0);
    const tabs = (await readXlsx(join(dir, 'bc.xlsx'))).tabs.map((t) => t.name);
    expect(tabs.slice(0, 7)).toEqual(['Thiết lập', 'Đơn vị', 'Đề cương', 'Chỉ tiêu', 'Ràng buộc', 'Văn bản', 'Nơi nhận']);
    expect(tabs).toContain('UBND huyện');
    const second = await run(dir, 'init', '--blank', '-o', 'bc.xlsx');
    expect(second.code).toBe(2);
    expect(second.err).toContain('Không ghi đè');
    expect((await run(dir, 'init', '--blank', '-o', 'bc.xlsx', '--force')).code).toBe(0);
  });

  it('validates the example with exit 0 and reports the seed’s two mistakes as warnings in JSON', async () => {
    const dir = workspace();
    await run(dir, 'init', '--example', '-o', 'bc.xlsx');
    const result = await run(dir, 'validate', 'bc.xlsx', '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as { ok: boolean; findings: Array<{ severity: string; code: string; tab: string; cell: string }> };
    expect(json.ok).toBe(true);
    expect(json.findings.map((f) => [f.severity, f.code, f.tab])).toEqual([
      ['cảnh báo', 'CITATION_MISMATCH', 'BDV Huyện ủy'],
      ['cảnh báo', 'RULE_VIOLATED', 'UBND huyện'],
    ]);
    expect(json.findings.every((f) => /^[A-Z]+\d+$/.test(f.cell))).toBe(true);
  });

  it('exits 1 when a number is written in words, naming the tab and the cell', async () => {
    const dir = workspace();
    await writeWorkbook(dir, 'bc.xlsx', exampleWithWords());
    const raw = await readXlsx(join(dir, 'bc.xlsx'));
    const tab = raw.tabs.find((t) => t.name === 'UBND huyện')!;
    const row = tab.rows.findIndex((r) => r[0] === 'TIEP_LUOT') + 1;
    const result = await run(dir, 'validate', 'bc.xlsx', '--json');
    expect(result.code).toBe(1);
    const json = JSON.parse(result.out) as { findings: Array<{ severity: string; code: string; tab: string; cell: string; message: string }> };
    const errors = json.findings.filter((f) => f.severity === 'lỗi');
    expect(errors).toEqual([expect.objectContaining({ code: 'NOT_A_NUMBER', tab: 'UBND huyện', cell: `D${row}` })]);
    expect(errors[0]?.message).toContain('một trăm tám mươi tư');
  });

  it('exits 2 with a Vietnamese message for a file that is not a workbook, or is missing', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'notes.xlsx'), 'Mã,Tên\nUBND,Ủy ban\n');
    const csv = await run(dir, 'validate', 'notes.xlsx');
    expect(csv.code).toBe(2);
    expect(csv.err).toMatch(/Không đọc được "notes.xlsx"/);
    const missing = await run(dir, 'validate', 'khong-co.xlsx');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Không tìm thấy tệp');
  });

  it('exits 1 for an empty workbook, saying what to do', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'empty.xlsx'), await writeXlsx([{ name: 'Sheet1', role: 'config', rows: [], columnWidths: [], frozenRows: 0, rowStyles: [], inputRanges: [], choices: [], notes: [], formats: [], wrapColumns: [] }]));
    const result = await run(dir, 'validate', 'empty.xlsx');
    expect(result.code).toBe(1);
    expect(result.out).toContain('Tệp không có dữ liệu');
  });

  it('prints progress per unit and overall, as a table or JSON', async () => {
    const dir = workspace();
    await run(dir, 'init', '--example', '-o', 'bc.xlsx');
    const table = await run(dir, 'status', 'bc.xlsx');
    expect(table.out).toContain('Tổng: 21/21 đơn vị đủ dữ liệu, không lỗi; 21/21 đã nộp.');
    const json = JSON.parse((await run(dir, 'status', 'bc.xlsx', '--json')).out) as { expected: number; units: Array<{ id: string; tasks: { done: number; total: number } }> };
    expect(json.expected).toBe(21);
    expect(json.units.find((u) => u.id === 'CBMT')?.tasks).toEqual({ done: 87, total: 92 });
  });

  it('writes the report as .docx with real footnotes, and as Markdown', async () => {
    const dir = workspace();
    await run(dir, 'init', '--example', '-o', 'bc.xlsx');
    const docx = await run(dir, 'report', 'bc.xlsx', '-o', 'bc.docx');
    expect(docx.code).toBe(0);
    expect(docx.out).toContain('14 chú thích');
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'bc.docx')));
    const footnotes = (await zip.file('word/footnotes.xml')!.async('string')).match(/<w:footnote [^>]*w:id="[1-9]\d*"/g) ?? [];
    expect(footnotes).toHaveLength(14);
    const md = await run(dir, 'report', 'bc.xlsx', '-o', 'bc.md');
    expect(md.code).toBe(0);
    expect(readFileSync(join(dir, 'bc.md'), 'utf8')).toContain('đạt tỷ lệ 85,48%');
  });

  it('mails only the unit whose data went wrong, names its tab and cell, and never twice the same day', async () => {
    const dir = workspace();
    await run(dir, 'init', '--example', '-o', 'clean.xlsx');
    const baseline = await run(dir, 'remind', 'clean.xlsx', '--today', '2023-03-12', '--outbox', 'out-clean');
    expect(baseline.code).toBe(0);
    expect(existsSync(join(dir, 'out-clean')) ? readdirSync(join(dir, 'out-clean')) : []).toEqual([]);

    await writeWorkbook(dir, 'bc.xlsx', exampleWithWords());
    const before = await readXlsx(join(dir, 'bc.xlsx'));
    const first = await run(dir, 'remind', 'bc.xlsx', '--today', '2023-03-12', '--outbox', 'outbox');
    expect(first.code).toBe(0);
    const files = readdirSync(join(dir, 'outbox')).filter((f) => f.endsWith('.eml'));
    expect(files).toHaveLength(1);
    const eml = readFileSync(join(dir, 'outbox', files[0]!), 'utf8');
    expect(eml).toMatch(/^To: ubnd@example\.org$/m);
    expect(eml).toMatch(/Content-Type: multipart\/alternative/);
    const text = Buffer.from(/Content-Type: text\/plain; charset=utf-8\r?\nContent-Transfer-Encoding: base64\r?\n\r?\n([\s\S]+?)\r?\n----/.exec(eml)![1]!.replace(/\s/g, ''), 'base64').toString('utf8');
    const raw = await readXlsx(join(dir, 'bc.xlsx'));
    const row = raw.tabs.find((t) => t.name === 'UBND huyện')!.rows.findIndex((r) => r[0] === 'TIEP_LUOT') + 1;
    expect(text).toContain('"UBND huyện"');
    expect(text).toContain(`Ô D${row}:`);
    // The workbook is not written at all; the log is a CSV beside the mails.
    expect(raw.tabs).toEqual(before.tabs);
    const log = readFileSync(join(dir, 'outbox', 'nhat-ky-nhac-viec.csv'), 'utf8').split('\r\n');
    expect(log[1]?.split(',').slice(1, 2).concat(log[1]!.split(',').slice(-3, -1))).toEqual(['UBND', 'Còn lỗi', 'Đã gửi']);

    const again = await run(dir, 'remind', 'bc.xlsx', '--today', '2023-03-12', '--outbox', 'outbox');
    expect(again.code).toBe(0);
    expect(again.out).toContain('không có đơn vị nào cần nhắc');
    expect(readdirSync(join(dir, 'outbox')).filter((f) => f.endsWith('.eml'))).toHaveLength(1);
  });

  it('plans without writing anything in a dry run', async () => {
    const dir = workspace();
    await writeWorkbook(dir, 'bc.xlsx', exampleWithWords());
    const before = readFileSync(join(dir, 'bc.xlsx'));
    const result = await run(dir, 'remind', 'bc.xlsx', '--today', '2023-03-12', '--outbox', 'outbox', '--dry-run');
    expect(result.out).toContain('(chạy thử, chưa ghi gì)');
    expect(result.out).toContain('UBND');
    expect(existsSync(join(dir, 'outbox'))).toBe(false);
    expect(readFileSync(join(dir, 'bc.xlsx')).equals(before)).toBe(true);
  });

  it('runs the demo: workbook, validation, status table and report', async () => {
    const dir = workspace();
    const result = await run(dir, 'demo');
    expect(result.code).toBe(0);
    for (const file of ['workbook.xlsx', 'report.docx', 'report.md']) expect(existsSync(join(dir, 'out', 'demo', file))).toBe(true);
    expect(result.out).toContain('Kiểm tra: 0 lỗi, 2 cảnh báo.');
    expect(result.out).toContain('Tổng: 21/21');
  });

  it('answers an unknown command in Vietnamese with exit 2', async () => {
    const result = await run(workspace(), 'xuat-ban');
    expect(result.code).toBe(2);
    expect(result.err).toContain('Không có lệnh "xuat-ban".');
  });
});
