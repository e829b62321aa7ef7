/**
 * Behaviour of the data cut-off: the snapshot read from its tab (the latest when taken twice),
 * a warning on every figure cell changed, added or cleared since (old and new value), the report
 * compiled from the snapshot or from the current figures as the settings say, the draft notes
 * saying which, and progress counting the changed cells per unit.
 */
import type { CutoffRowDraft } from '../../src/domain/contract/tables';
import { cutoffOf } from '../../src/domain/cutoff';
import { planDashboard } from '../../src/domain/dashboard';
import type { Finding } from '../../src/domain/findings';
import { compileReport } from '../../src/domain/report/compile';
import { draftNotes } from '../../src/domain/report/draft-notes';
import { plainText, type Paragraph } from '../../src/domain/report/model';
import { computeStatus } from '../../src/domain/status';
import { validateWorkbook } from '../../src/domain/validate/validate';
import type { WorkbookData } from '../../src/domain/workbook/data';
import { MONTHLY_FIGURES, monthlyWorkbook } from '../support/monthly-workbook';
import { cellRightOf, rawOf } from '../support/raw';

const TIME = '2026-03-31T17:00';
const BY = 'vanphong@tanan.example.org';

/** The snapshot of March as it stood at the cut-off, every unit and figure. */
function snapshot(time = TIME, change: (unitId: string, code: string, value: number) => number | null = (_u, _c, v) => v): CutoffRowDraft[] {
  return Object.entries(MONTHLY_FIGURES['2026-03']).flatMap(([unitId, figures]) =>
    Object.entries(figures).map(([code, value]) => ({ time, by: BY, unitId, code, value: change(unitId, code, value) })),
  );
}

function withFigure(data: WorkbookData, unitId: string, code: string, value: number | null): WorkbookData {
  const sheet = data.sheets[unitId]!;
  const figures = sheet.figures.some((f) => f.code === code) ? sheet.figures.map((f) => (f.code === code ? { ...f, value } : f)) : [...sheet.figures, { code, value }];
  return { ...data, sheets: { ...data.sheets, [unitId]: { ...sheet, figures } } };
}

function build(data: WorkbookData) {
  const validation = validateWorkbook(rawOf(data));
  const model = compileReport(validation.lookup).model!;
  const status = computeStatus(validation.lookup, validation.findings);
  const texts = model.blocks.filter((b): b is Paragraph => b.type === 'paragraph' && b.role === 'body' && b.sectionId === 'I.3').map((p) => plainText(p.runs));
  return { validation, model, status, texts };
}

const changed = (findings: ReadonlyArray<Finding>) => findings.filter((f) => f.code === 'FIGURE_CHANGED_AFTER_CUTOFF');
const base = (): WorkbookData => ({ ...monthlyWorkbook('2026-03'), cutoff: snapshot() });

describe('the data cut-off', () => {
  it('reads who took it and when, and the latest snapshot when it was taken twice', () => {
    const data = { ...base(), cutoff: [...snapshot('2026-03-30T09:00', () => 1), ...snapshot()] };
    const cutoff = cutoffOf(build(data).validation.workbook);
    expect(cutoff?.time).toBe(TIME);
    expect(cutoff?.by).toBe(BY);
    expect(cutoff?.values.get('MTTQ')?.get('DON_NHAN')).toBe(124);
    expect(cutoffOf(build(monthlyWorkbook('2026-03')).validation.workbook)).toBeNull();
  });

  it('finds nothing changed while the figures are as they were', () => {
    const { validation, model } = build(base());
    expect(validation.findings).toEqual([]);
    expect(draftNotes(model)).toEqual(['Bản thảo không có chỗ nào đánh dấu [?].', `Báo cáo dùng số liệu đã chốt lúc 31/03/2026 17:00 (người chốt ${BY}); không ô nào sửa sau khi chốt.`]);
  });

  it('warns on each figure changed, typed or cleared since, naming the old and new value', () => {
    let data = withFigure(base(), 'MTTQ', 'DON_NHAN', 130);
    data = withFigure(data, 'MTTQ', 'DON_DANG', null);
    data = { ...data, cutoff: snapshot(TIME, (u, c, v) => (u === 'CB_AP1' && c === 'DV_MOI' ? null : v)) };
    const raw = rawOf(data);
    const found = changed(build(data).validation.findings);
    expect(found.map((f) => [f.severity, f.tab, f.cell, f.unitId, f.message])).toEqual([
      ['warning', 'Ấp 1', cellRightOf(raw, 'Ấp 1', 'DV_MOI', 3), 'CB_AP1', 'Số liệu "Đảng viên mới kết nạp" (DV_MOI) đã sửa sau khi chốt số liệu lúc 31/03/2026 17:00: lúc chốt là trống, nay là 1. Báo cáo dùng số đã chốt; nếu số mới đúng, hãy chốt lại số liệu.'],
      ['warning', 'Mặt trận', cellRightOf(raw, 'Mặt trận', 'DON_NHAN', 3), 'MTTQ', 'Số liệu "Đơn thư tiếp nhận" (DON_NHAN) đã sửa sau khi chốt số liệu lúc 31/03/2026 17:00: lúc chốt là 124, nay là 130. Báo cáo dùng số đã chốt; nếu số mới đúng, hãy chốt lại số liệu.'],
      ['warning', 'Mặt trận', cellRightOf(raw, 'Mặt trận', 'DON_DANG', 3), 'MTTQ', 'Số liệu "Đơn thư đang giải quyết" (DON_DANG) đã sửa sau khi chốt số liệu lúc 31/03/2026 17:00: lúc chốt là 15, nay là trống. Báo cáo dùng số đã chốt; nếu số mới đúng, hãy chốt lại số liệu.'],
    ]);
  });

  it('compiles the report from the snapshot by default, and says so with the cells not used', () => {
    const data = withFigure(base(), 'MTTQ', 'DON_NHAN', 130);
    const { model, texts, validation } = build(data);
    expect(texts).toEqual(['Tiếp nhận 124 đơn, đã giải quyết 109 đơn.']);
    // The current figures still break the rule in the check; the snapshot the report uses does not.
    expect(validation.findings.map((f) => f.code)).toEqual(['RULE_VIOLATED', 'FIGURE_CHANGED_AFTER_CUTOFF']);
    const cell = cellRightOf(rawOf(data), 'Mặt trận', 'DON_NHAN', 3);
    expect(draftNotes(model).slice(1)).toEqual([
      `Báo cáo dùng số liệu đã chốt lúc 31/03/2026 17:00 (người chốt ${BY}); 1 ô sửa sau khi chốt không được dùng:`,
      `  'Mặt trận'!${cell}: DON_NHAN lúc chốt 124, nay 130.`,
    ]);
  });

  it('compiles from the current figures when the settings say so, and says so', () => {
    const data = withFigure({ ...base(), settings: { ...base().settings, cutoffUse: 'current' } }, 'MTTQ', 'DON_NHAN', 130);
    const { model, texts, validation } = build(data);
    // The current figures break the rule, so the draft marks them.
    expect(texts).toEqual(['Tiếp nhận 130[!] đơn, đã giải quyết 109[!] đơn.']);
    expect(changed(validation.findings)[0]?.message).toContain('Báo cáo dùng số hiện tại (mục "Số liệu dùng cho báo cáo sau khi chốt" ở tab Thiết lập).');
    expect(draftNotes(model).filter((l) => l.startsWith('Báo cáo dùng'))).toEqual([`Báo cáo dùng số liệu hiện tại, không dùng số đã chốt lúc 31/03/2026 17:00 (người chốt ${BY}); 1 ô đã sửa sau khi chốt:`]);
  });

  it('counts the changed cells per unit in progress and on the dashboard', () => {
    const data = withFigure(withFigure(base(), 'MTTQ', 'DON_NHAN', 130), 'MTTQ', 'DON_GQ', 115);
    const { status } = build(data);
    expect(status.units.map((u) => [u.unitId, u.changedAfterCutoff])).toEqual([
      ['VP', 0],
      ['CB_AP1', 0],
      ['CB_AP2', 0],
      ['CB_AP3', 0],
      ['MTTQ', 2],
    ]);
    const plan = planDashboard(status, new Map(), '2026-04-01T08:00');
    const header = plan.rows[3] ?? [];
    const column = header.indexOf('Sửa sau khi chốt');
    expect(plan.rows.find((r) => r[0] === 'MTTQ')?.[column]).toBe(2);
    expect(String(plan.rows[1]?.[0])).toContain('Sửa sau khi chốt: 2 ô');
  });

  it('draws no cut-off line in the notes of a workbook never cut off', () => {
    expect(draftNotes(build(monthlyWorkbook('2026-03')).model)).toEqual(['Bản thảo không có chỗ nào đánh dấu [?].']);
  });
});
