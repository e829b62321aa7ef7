/**
 * Done-when for the periods work in the core: a commune's monthly report over two periods. The
 * February workbook is filled and checked; its figures (with the months it already held) become
 * the history of the March workbook, as creating the next period carries them; March is filled,
 * and its report's comparison, year-to-date and arithmetic phrases are checked against values this
 * test computes itself from the raw figures: "tăng … (…%)", "giảm …", "bằng cùng kỳ", lũy kế over
 * the months. A month missing from the history, or a value missing in it, is a finding and "[?]".
 * Progress shows on-time submissions and leaves out the chi bộ merged away in February.
 */
import type { HistoryRowDraft } from '../../src/domain/contract/tables';
import type { Finding } from '../../src/domain/findings';
import { compileReport } from '../../src/domain/report/compile';
import { draftNotes } from '../../src/domain/report/draft-notes';
import { plainText, type Paragraph } from '../../src/domain/report/model';
import { computeStatus } from '../../src/domain/status';
import { validateWorkbook, type Validation } from '../../src/domain/validate/validate';
import type { WorkbookData } from '../../src/domain/workbook/data';
import { renderStatus } from '../../src/local/cli/render-text';
import { MONTH_DATES, monthlyWorkbook } from '../support/monthly-workbook';
import { rawOf } from '../support/raw';

// Vietnamese number writing, done here by hand: "3.500", "10,71%", "03" for counts below 10.
const vi = (n: number): string => {
  const [whole = '', fraction] = Math.abs(n).toFixed(2).replace(/\.?0+$/, '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `,${fraction}`}`;
};
const count = (n: number): string => (Number.isInteger(n) && n >= 1 && n <= 9 ? `0${n}` : vi(n));
const percentOf = (part: number, whole: number): string => `${(Math.round((part * 10000) / whole) / 100).toFixed(2).replace('.', ',')}%`;
/** The comparison phrase as official reports write it, from the two raw figures. */
function phrase(now: number, before: number, measure: string, compared: 'kỳ trước' | 'cùng kỳ'): string {
  if (now === before) return `bằng ${compared}`;
  const word = now > before ? 'tăng' : 'giảm';
  const amount = `${word} ${count(Math.abs(now - before))} ${measure}`;
  return before === 0 ? amount : `${amount} (${percentOf(Math.abs(now - before), before)})`;
}

/** What a unit typed in its tab, read back from the checked workbook (not from the test data). */
function typedFigures(validation: Validation): Map<string, Map<string, number | null>> {
  const out = new Map<string, Map<string, number | null>>();
  for (const sheet of validation.workbook.unitSheets.values()) out.set(sheet.unitId, new Map(sheet.figures.map((f) => [f.code, f.value])));
  return out;
}

/** February's figures as March's history would hold them: each unit's, and a total per indicator. */
function historyOfFebruary(validation: Validation): HistoryRowDraft[] {
  const dates = MONTH_DATES['2026-02'];
  const base = { periodKey: '2026-02', periodName: dates.name, periodFrom: dates.from, periodTo: dates.to, source: 'final' as const };
  const rows: HistoryRowDraft[] = [];
  const totals = new Map<string, number>();
  for (const [unitId, figures] of typedFigures(validation)) {
    for (const [code, value] of figures) {
      rows.push({ ...base, unitId, code, value });
      totals.set(code, (totals.get(code) ?? 0) + (value ?? 0));
    }
  }
  for (const [code, value] of totals) rows.push({ ...base, unitId: null, code, value });
  return rows;
}

const SYNTHESIS = [
  'Trong {{KY}}, Mặt trận tiếp nhận {{SL:DON_NHAN}} đơn, {{SS:DON_NHAN}} so với {{KY|trước}} và {{SS:DON_NHAN|cùng kỳ}}; đã giải quyết {{SL:DON_GQ}} đơn, {{SS:DON_GQ}}; còn {{SL:DON_NHAN - DON_GQ}} đơn chưa giải quyết.',
  'Lũy kế từ đầu năm tiếp nhận {{SL:DON_NHAN|lũy kế}} đơn, giải quyết {{SL:DON_GQ|lũy kế}} đơn, đạt {{PT:DON_GQ/DON_NHAN}} trong tháng; các chi bộ kết nạp {{SL:DV_MOI@Chi bộ ấp|lũy kế}} đảng viên, toàn Đảng bộ có {{SL:DV_TONG|lũy kế}} đảng viên ({{SS:DV_TONG}}).',
];

function marchReport(data: WorkbookData): { texts: string[]; findings: ReadonlyArray<Finding>; notes: string[]; validation: Validation } {
  const validation = validateWorkbook(rawOf(data));
  const model = compileReport(validation.lookup).model;
  if (model === null) throw new Error('March must compile');
  const texts = model.blocks.filter((b): b is Paragraph => b.type === 'paragraph' && b.role === 'body' && b.sectionId === 'I.1').map((p) => plainText(p.runs));
  return { texts, findings: validation.findings, notes: draftNotes(model), validation };
}

describe('a monthly report over two periods', () => {
  // Period 1: February, filled and checked. Its own history (January, March of last year) comes along.
  const february = monthlyWorkbook('2026-02');
  const februaryCheck = validateWorkbook(rawOf(february));
  const carried = [...(february.history ?? []), ...historyOfFebruary(februaryCheck)];
  // Period 2: March, filled, with February's figures in its history.
  const march = monthlyWorkbook('2026-03', { synthesis: SYNTHESIS, history: carried });
  const report = marchReport(march);

  const feb = typedFigures(februaryCheck);
  const mar = typedFigures(report.validation);
  const jan = new Map<string, Map<string, number>>();
  const lastYear = new Map<string, Map<string, number>>();
  for (const row of february.history ?? []) {
    const into = row.periodKey === '2026-01' ? jan : row.periodKey === '2025-03' ? lastYear : null;
    if (into === null || row.unitId === null || row.unitId === undefined || row.value === null || row.value === undefined) continue;
    into.set(row.unitId, (into.get(row.unitId) ?? new Map<string, number>()).set(row.code, row.value));
  }
  const sum = (figures: Map<string, Map<string, number | null>>, code: string, units?: string[]): number =>
    [...figures].filter(([u]) => units === undefined || units.includes(u)).reduce((s, [, f]) => s + (f.get(code) ?? 0), 0);
  const CHI_BO = ['CB_AP1', 'CB_AP2', 'CB_AP3'];

  it('checks both periods without a finding', () => {
    expect(februaryCheck.findings).toEqual([]);
    expect(report.findings).toEqual([]);
    expect(report.notes).toEqual(['Bản thảo không có chỗ nào đánh dấu [?].']);
  });

  it('writes the comparisons with the previous month and the same month last year as computed by hand', () => {
    const nhan = sum(mar, 'DON_NHAN');
    const gq = sum(mar, 'DON_GQ');
    const sentence =
      `Trong tháng 3 năm 2026, Mặt trận tiếp nhận ${count(nhan)} đơn, ${phrase(nhan, sum(feb, 'DON_NHAN'), 'đơn', 'kỳ trước')} so với tháng 02 năm 2026 ` +
      `và ${phrase(nhan, sum(lastYear, 'DON_NHAN'), 'đơn', 'cùng kỳ')}; đã giải quyết ${count(gq)} đơn, ${phrase(gq, sum(feb, 'DON_GQ'), 'đơn', 'kỳ trước')}; ` +
      `còn ${count(nhan - gq)} đơn chưa giải quyết.`;
    expect(report.texts[0]).toBe(sentence);
    // The phrases the issue asks for, spelled out.
    expect(sentence).toContain('tăng 12 đơn (10,71%)');
    expect(sentence).toContain('bằng cùng kỳ');
    expect(sentence).toContain('giảm 03 đơn (2,68%)');
  });

  it('adds the months of the year for flows and takes the last month for stocks', () => {
    const ytd = (code: string, units?: string[]) => sum(jan, code, units) + sum(feb, code, units) + sum(mar, code, units);
    const members = sum(mar, 'DV_TONG');
    expect(report.texts[1]).toBe(
      `Lũy kế từ đầu năm tiếp nhận ${count(ytd('DON_NHAN'))} đơn, giải quyết ${count(ytd('DON_GQ'))} đơn, đạt ${percentOf(sum(mar, 'DON_GQ'), sum(mar, 'DON_NHAN'))} trong tháng; ` +
        `các chi bộ kết nạp ${count(ytd('DV_MOI', CHI_BO))} đảng viên, toàn Đảng bộ có ${count(members)} đảng viên (${phrase(members, sum(feb, 'DV_TONG'), 'người', 'kỳ trước')}).`,
    );
    // Chi bộ ấp 3 reported in January and February, then merged: its new members still count.
    expect(sum(jan, 'DV_MOI', ['CB_AP3']) + sum(feb, 'DV_MOI', ['CB_AP3'])).toBeGreaterThan(0);
    // In March its tab, kept from before, asks for nothing.
    expect([...(mar.get('CB_AP3') ?? new Map()).keys()]).toEqual([]);
  });

  it('reports a month whose value is missing as PERIOD_VALUE_MISSING, and [?] in the draft', () => {
    const blanked = carried.map((r) => (r.periodKey === '2026-01' && r.code === 'DON_NHAN' ? { ...r, value: null } : r));
    const broken = marchReport(monthlyWorkbook('2026-03', { synthesis: SYNTHESIS, history: blanked }));
    expect(broken.texts[1]).toMatch(/^Lũy kế từ đầu năm tiếp nhận \[\?\] đơn, giải quyết \d+ đơn/);
    const missing = broken.findings.filter((f) => f.code === 'PERIOD_VALUE_MISSING');
    expect(missing.map((f) => [f.severity, f.tab, f.message])).toEqual([
      ['error', 'Văn phòng', 'Chưa tính được "{{SL:DON_NHAN|lũy kế}}": tab "Số liệu các kỳ" không có giá trị DON_NHAN (dòng tổng) của tháng 01 năm 2026 (ô trống không được coi là 0).'],
    ]);
    expect(broken.notes[0]).toBe('Bản thảo có 1 chỗ đánh dấu [?] vì chưa tính được:');
  });

  it('reports a month missing from the history as PERIOD_MISSING, naming it', () => {
    const withoutJanuary = carried.filter((r) => r.periodKey !== '2026-01');
    const broken = marchReport(monthlyWorkbook('2026-03', { synthesis: SYNTHESIS, history: withoutJanuary }));
    // One finding per placeholder that needs January: the three sums over the year; the stock needs none.
    expect(broken.findings.map((f) => f.code)).toEqual(['PERIOD_MISSING', 'PERIOD_MISSING', 'PERIOD_MISSING']);
    for (const f of broken.findings) expect(f.message).toContain('chưa có số liệu của tháng 01 năm 2026');
    expect(broken.texts[1]?.match(/\[\?\]/g)).toHaveLength(3);
  });

  it('shows on-time submissions in status, leaving out the unit outside the period', () => {
    const submitted = { VP: '2026-03-27T16:00', CB_AP1: '2026-03-20T09:00', CB_AP2: '2026-03-29T08:30' } as Record<string, string>;
    const data = { ...march, units: march.units.map((u) => (submitted[u.id] === undefined ? u : { ...u, submittedAt: submitted[u.id] ?? null, submittedBy: u.emails?.[0] ?? null })) };
    const validation = validateWorkbook(rawOf(data));
    const status = computeStatus(validation.lookup, validation.findings);
    expect(status).toMatchObject({ expected: 4, submitted: 3, onTime: 2, notExpected: 1 });
    const text = renderStatus(status);
    expect(text).toContain('2/4 đơn vị nộp đúng hạn. 1 đơn vị không thuộc kỳ này, không tính.');
    expect(text).toMatch(/CB_AP2 .* Trễ hạn/);
    expect(text).toMatch(/CB_AP3 .* Không thuộc kỳ này/);
    expect(text).toContain('Số đơn vị đã nộp theo ngày (hạn 28/03/2026): 20/03: 1/4 · 27/03: 2/4 · 29/03: 3/4');
  });
});
