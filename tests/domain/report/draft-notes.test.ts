/**
 * What is said after a draft is made, and what the draft shows: the real number of "[?]" marks
 * (none said as none), and a visible "[!]" plus a finding wherever the draft printed a figure
 * taken from figures that break an error-level rule.
 */
import type { Finding } from '../../../src/domain/findings';
import { compileReport } from '../../../src/domain/report/compile';
import { draftMarks, draftNotes } from '../../../src/domain/report/draft-notes';
import { renderMarkdown } from '../../../src/domain/report/markdown';
import { plainText, type Paragraph, type ReportModel } from '../../../src/domain/report/model';
import { validateWorkbook } from '../../../src/domain/validate/validate';
import type { WorkbookData } from '../../../src/domain/workbook/data';
import { findCell, rawOf } from '../../support/raw';
import { tinyWorkbook } from '../../support/tiny-workbook';

const XA = 'Xã Ia Le';

function draft(data: WorkbookData): { model: ReportModel; findings: ReadonlyArray<Finding> } {
  const validation = validateWorkbook(rawOf(data));
  const model = compileReport(validation.lookup).model;
  if (model === null) throw new Error('must compile');
  return { model, findings: validation.findings };
}

function withSynthesis(text: string, figures?: Record<string, number | null>, severity: 'error' | 'warning' = 'error'): WorkbookData {
  const data = tinyWorkbook();
  return {
    ...data,
    rules: data.rules.map((r) => (r.id === 'R1' ? { ...r, severity } : r)),
    sheets: {
      ...data.sheets,
      BDV: { ...data.sheets['BDV']!, narratives: [{ section: 'I.2', text }] },
      XA1: {
        ...data.sheets['XA1']!,
        figures: figures === undefined ? data.sheets['XA1']!.figures : Object.entries(figures).map(([code, value]) => ({ code, value })),
      },
    },
  };
}

const body = (model: ReportModel, sectionId: string): string =>
  model.blocks
    .filter((b): b is Paragraph => b.type === 'paragraph' && b.role === 'body' && b.sectionId === sectionId)
    .map((p) => plainText(p.runs))
    .join('\n');

describe('the notes printed after a draft', () => {
  it('say there is no "[?]" when there is none, even if the workbook has errors elsewhere', () => {
    const data = tinyWorkbook();
    const broken = { ...data, units: data.units.map((u) => (u.id === 'XA1' ? { ...u, emails: ['not-an-email'] } : u)) };
    const { model, findings } = draft(broken);
    expect(findings.some((f) => f.severity === 'error')).toBe(true);
    expect(draftNotes(model)).toEqual(['Bản thảo không có chỗ nào đánh dấu [?].']);
  });

  it('count the "[?]" the draft really holds and say where each comes from', () => {
    const { model } = draft(withSynthesis('Có {{SL:DON_KHAC}} đơn và {{VB:KHONG_CO}}; đã giải quyết {{SL:DON_GQ}} đơn.'));
    expect(body(model, 'I.2')).toBe('Có [?] đơn và [?]; đã giải quyết 35 đơn.');
    const notes = draftNotes(model);
    expect(notes[0]).toBe('Bản thảo có 2 chỗ đánh dấu [?] vì chưa tính được:');
    const cell = findCell(rawOf(withSynthesis('x')), 'BDV', (v) => v === 'x');
    expect(notes.slice(1)).toEqual([expect.stringContaining(`'BDV'!${cell}: `), expect.stringContaining(`'BDV'!${cell}: `)]);
    expect(draftMarks(model).map((m) => m.token)).toEqual(['{{SL:DON_KHAC}}', '{{VB:KHONG_CO}}']);
  });

  it('do not count a "[?]" a clerk typed as text', () => {
    const { model } = draft(withSynthesis('Ghi chú [?] của người viết; {{SL:DON_GQ}} đơn.'));
    expect(body(model, 'I.2')).toContain('[?]');
    expect(draftNotes(model)).toEqual(['Bản thảo không có chỗ nào đánh dấu [?].']);
  });

  it('mark a ratio and a percentage computed from parts larger than their whole, and list the place', () => {
    // 14 resolved + 3 in progress > 15 received: an error-level rule fails, yet 14/15 is a valid ratio.
    const data = withSynthesis('Đã giải quyết {{TL:DON_GQ/DON_TN}} đơn, đạt {{PT:DON_GQ/DON_TN}}.', { DON_TN: 15, DON_GQ: 14, DON_DANG: 3 });
    const { model, findings } = draft(data);
    expect(body(model, 'I.2')).toBe('Đã giải quyết 14/15[!] đơn, đạt 93,33%[!].');
    expect(renderMarkdown(model)).toContain('14/15\\[!\\]');
    const cell = findCell(rawOf(data), 'BDV', (v) => typeof v === 'string' && v.startsWith('Đã giải quyết'));
    // The commune's own text ({{SL:DON_TN}}) and footnote ({{SL:DON_GQ}}) use the same figures.
    const xaText = findCell(rawOf(data), XA, (v) => typeof v === 'string' && v.startsWith('Xã tiếp nhận'));
    const xaNote = findCell(rawOf(data), XA, (v) => typeof v === 'string' && v.startsWith('Đã giải quyết {{SL'));
    const onText = findings.filter((f) => f.code === 'FIGURE_FAILS_RULE');
    expect(onText.map((f) => `${f.tab}!${f.cell}`)).toEqual([`BDV!${cell}`, `BDV!${cell}`, `${XA}!${xaText}`, `${XA}!${xaNote}`]);
    expect(onText[0]?.message).toContain('DON_GQ + DON_DANG = DON_TN');
    expect(body(model, 'I.1')).toBe('Xã tiếp nhận 15[!] đơn(1).');
    const notes = draftNotes(model);
    expect(notes).toEqual([
      'Bản thảo không có chỗ nào đánh dấu [?].',
      'Bản thảo có 4 chỗ dùng số liệu không thỏa ràng buộc mức lỗi, đánh dấu [!] ngay sau con số; hãy sửa số liệu rồi tạo lại:',
      expect.stringContaining(`'${XA}'!${xaText}: "{{SL:DON_TN}}"`),
      expect.stringContaining(`'BDV'!${cell}: "{{TL:DON_GQ/DON_TN}}"`),
      expect.stringContaining(`'BDV'!${cell}: "{{PT:DON_GQ/DON_TN}}"`),
      expect.stringContaining(`'${XA}'!${xaNote}: "{{SL:DON_GQ}}"`),
    ]);
  });

  it('leave figures alone when the rule they break is only a warning', () => {
    const { model } = draft(withSynthesis('Đạt {{PT:DON_GQ/DON_TN}}.', { DON_TN: 15, DON_GQ: 14, DON_DANG: 3 }, 'warning'));
    expect(body(model, 'I.2')).toBe('Đạt 93,33%.');
    expect(draftMarks(model)).toEqual([]);
  });

  it('keep zero and missing apart: 0 is printed, a blank figure is "[?]"', () => {
    const zero = draft(withSynthesis('Đã giải quyết {{TL:DON_GQ/DON_TN}} đơn, đạt {{PT:DON_GQ/DON_TN}}.', { DON_TN: 45, DON_GQ: 0, DON_DANG: 45 }));
    expect(body(zero.model, 'I.2')).toBe('Đã giải quyết 0/45 đơn, đạt 0,00%.');
    const missing = draft(withSynthesis('Đã giải quyết {{TL:DON_GQ/DON_TN}} đơn.', { DON_TN: 45, DON_GQ: null, DON_DANG: 45 }));
    expect(body(missing.model, 'I.2')).toBe('Đã giải quyết [?] đơn.');
    // The synthesis and the commune's footnote both quote the blank figure.
    expect(draftNotes(missing.model)[0]).toBe('Bản thảo có 2 chỗ đánh dấu [?] vì chưa tính được:');
  });

  it('list at most twenty places and count the rest', () => {
    const text = Array.from({ length: 25 }, (_, i) => `{{SL:KHONG_${i}}}`).join(' ');
    const notes = draftNotes(draft(withSynthesis(text)).model);
    expect(notes[0]).toBe('Bản thảo có 25 chỗ đánh dấu [?] vì chưa tính được:');
    expect(notes).toHaveLength(22);
    expect(notes[21]).toBe('  … và 5 chỗ khác (lệnh kiểm tra liệt kê đủ).');
  });

  it('find marks in footnotes too', () => {
    const data = tinyWorkbook();
    const withNote = { ...data, sheets: { ...data.sheets, XA1: { ...data.sheets['XA1']!, footnotes: [{ id: 'C1', text: 'Theo {{VB:KHONG_CO}}.' }] } } };
    const { model } = draft(withNote);
    expect(draftMarks(model)).toHaveLength(1);
    expect(plainText(model.footnotes[0]!.runs)).toBe('Theo [?].');
  });
});
