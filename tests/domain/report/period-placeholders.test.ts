/**
 * Behaviour of the placeholders about time and arithmetic in a report's text: earlier periods'
 * figures ("kỳ trước", "cùng kỳ"), the year to date as each indicator accumulates, the change
 * phrase, the period's name, and arithmetic between scoped indicators. A missing period or value
 * is a finding on the text's cell and "[?]" in the draft, never 0; every code and every option is
 * checked, also in texts that do not reach the report. Expected values are computed here from
 * MONTHLY_FIGURES, not by the code under test.
 */
import type { Finding } from '../../../src/domain/findings';
import { compileReport } from '../../../src/domain/report/compile';
import { draftMarks } from '../../../src/domain/report/draft-notes';
import { plainText, type Paragraph } from '../../../src/domain/report/model';
import { validateWorkbook } from '../../../src/domain/validate/validate';
import type { WorkbookData } from '../../../src/domain/workbook/data';
import { historyBefore, MONTHLY_FIGURES as M, monthlyWorkbook, type MonthlyOptions } from '../../support/monthly-workbook';
import { rawOf } from '../../support/raw';

interface Compiled {
  readonly texts: string[];
  readonly findings: ReadonlyArray<Finding>;
  readonly marks: number;
}

function compile(data: WorkbookData): Compiled {
  const validation = validateWorkbook(rawOf(data));
  const model = compileReport(validation.lookup).model;
  if (model === null) throw new Error('must compile');
  const texts = model.blocks.filter((b): b is Paragraph => b.type === 'paragraph' && b.role === 'body' && b.sectionId === 'I.1').map((p) => plainText(p.runs));
  return { texts, findings: validation.findings, marks: draftMarks(model).filter((m) => m.kind === 'unavailable').length };
}

const march = (synthesis: string[], options: Omit<MonthlyOptions, 'synthesis'> = {}): Compiled => compile(monthlyWorkbook('2026-03', { ...options, synthesis }));
const codes = (findings: ReadonlyArray<Finding>) => findings.map((f) => f.code);
const pad = (n: number): string => (n >= 1 && n <= 9 ? `0${n}` : String(n));

const feb = M['2026-02'];
const mar = M['2026-03'];
const jan = M['2026-01'];
const mar25 = M['2025-03'];
const total = (month: typeof mar, code: string): number => Object.values(month).reduce((sum, figures) => sum + (figures[code] ?? 0), 0);

describe('figures of earlier periods', () => {
  it('reads the previous month and the same month last year, for the total, a unit and a group as it was then', () => {
    const result = march(['{{SL:DON_NHAN|kỳ trước}} {{SL:DON_NHAN|cùng kỳ}} {{SL:DV_MOI@CB_AP3|ky truoc}} {{SL:DV_MOI@Chi bộ ấp|Kỳ Trước}} {{SL:DV_TONG@Chi bộ ấp}}']);
    expect(result.findings).toEqual([]);
    expect(result.texts).toEqual([
      [feb.MTTQ!.DON_NHAN, mar25.MTTQ!.DON_NHAN, pad(feb.CB_AP3!.DV_MOI!), pad(total(feb, 'DV_MOI')), mar.CB_AP1!.DV_TONG! + mar.CB_AP2!.DV_TONG!].join(' '),
    ]);
  });

  it('takes the writing unit’s own earlier figure when it reports the indicator, the total otherwise', () => {
    const data = monthlyWorkbook('2026-03', { synthesis: ['{{SL:DV_MOI|kỳ trước}}'] });
    const ap1 = data.sheets['CB_AP1']!;
    const own = { ...data, sheets: { ...data.sheets, CB_AP1: { ...ap1, narratives: [{ section: 'I.2', text: 'Kỳ trước chi bộ kết nạp {{SL:DV_MOI|kỳ trước}} đảng viên.' }] } } };
    const validation = validateWorkbook(rawOf(own));
    const model = compileReport(validation.lookup).model!;
    const text = (section: string) => model.blocks.filter((b): b is Paragraph => b.type === 'paragraph' && b.role === 'body' && b.sectionId === section).map((p) => plainText(p.runs));
    expect(text('I.1')).toEqual([pad(total(feb, 'DV_MOI'))]);
    expect(text('I.2')[0]).toBe(`Chi bộ ấp 1: Kỳ trước chi bộ kết nạp ${pad(feb.CB_AP1!.DV_MOI!)} đảng viên.`);
  });

  it('keeps a stored zero as zero', () => {
    expect(march(['{{SL:DON_DANG|kỳ trước}}']).texts).toEqual([String(feb.MTTQ!.DON_DANG)]);
  });

  it('marks a missing earlier period as a finding on the text and [?], never 0', () => {
    const result = march(['Kỳ trước tiếp nhận {{SL:DON_NHAN|kỳ trước}} đơn.'], { history: [] });
    expect(result.texts).toEqual(['Kỳ trước tiếp nhận [?] đơn.']);
    const missing = result.findings.filter((f) => f.code === 'PERIOD_MISSING');
    expect(missing.map((f) => [f.severity, f.tab, f.message])).toEqual([
      [
        'error',
        'Văn phòng',
        'Chưa tính được "{{SL:DON_NHAN|kỳ trước}}": tab "Số liệu các kỳ" chưa có số liệu của tháng 02 năm 2026. Số liệu các kỳ được ghi khi tạo kỳ mới từ kỳ trước (menu Báo cáo › Tạo kỳ báo cáo mới, hoặc lệnh baocao new-period); không có thì hãy bỏ phần so sánh này.',
      ],
    ]);
    expect(result.marks).toBe(1);
  });

  it('marks an empty earlier value as missing, naming the unit and the period', () => {
    const history = historyBefore('2026-03').map((r) => (r.periodKey === '2026-02' && r.unitId === 'CB_AP3' && r.code === 'DV_MOI' ? { ...r, value: null } : r));
    const result = march(['{{SL:DV_MOI@Chi bộ ấp|kỳ trước}}'], { history });
    expect(result.texts).toEqual(['[?]']);
    expect(result.findings.filter((f) => f.code === 'PERIOD_VALUE_MISSING').map((f) => f.message)).toEqual([
      'Chưa tính được "{{SL:DV_MOI@Chi bộ ấp|kỳ trước}}": tab "Số liệu các kỳ" không có giá trị DV_MOI của Chi bộ ấp 3 của tháng 02 năm 2026 (ô trống không được coi là 0).',
    ]);
  });
});

describe('the year to date', () => {
  it('adds the months of the year for a flow, takes this month for a stock', () => {
    const result = march(['{{SL:DON_NHAN|lũy kế}} {{SL:DV_MOI|lũy kế}} {{SL:DV_TONG|lũy kế}}']);
    expect(result.findings).toEqual([]);
    const sum = (code: string) => total(jan, code) + total(feb, code) + total(mar, code);
    expect(result.texts).toEqual([`${sum('DON_NHAN')} ${pad(sum('DV_MOI'))} ${total(mar, 'DV_TONG')}`]);
  });

  it('names the month missing from the history, and prints [?]', () => {
    const history = historyBefore('2026-03', ['2025-03', '2026-02']);
    const result = march(['Lũy kế {{SL:DON_NHAN|lũy kế}} đơn; đảng viên {{SL:DV_TONG|lũy kế}}.'], { history });
    expect(result.texts).toEqual([`Lũy kế [?] đơn; đảng viên ${total(mar, 'DV_TONG')}.`]);
    expect(result.findings.filter((f) => f.code === 'PERIOD_MISSING').map((f) => f.message)).toEqual([
      expect.stringContaining('chưa có số liệu của tháng 01 năm 2026.') as unknown as string,
    ]);
  });

  it('is not available for an indicator that does not accumulate, beyond a period that is its own year to date', () => {
    const data = monthlyWorkbook('2026-03', { synthesis: ['{{SL:DON_NHAN|lũy kế}}'] });
    const flat = { ...data, indicators: data.indicators.map((i) => (i.code === 'DON_NHAN' ? { ...i, timeAggregation: 'none' as const } : i)) };
    const result = compile(flat);
    expect(result.texts).toEqual(['[?]']);
    expect(codes(result.findings)).toEqual(['PERIOD_NOT_CUMULATIVE']);
    const january = monthlyWorkbook('2026-01', { synthesis: ['{{SL:DON_NHAN|lũy kế}}'] });
    const ownYear = compile({ ...january, indicators: january.indicators.map((i) => (i.code === 'DON_NHAN' ? { ...i, timeAggregation: 'none' as const } : i)) });
    expect(ownYear.texts).toEqual([String(total(jan, 'DON_NHAN'))]);
  });
});

describe('the change phrase', () => {
  const percent = (now: number, before: number): string => `${((Math.abs(now - before) * 100) / before).toFixed(2).replace('.', ',')}%`;

  it('says how much a figure rose or fell and by what share, with its measure', () => {
    const result = march(['{{SS:DON_NHAN}}; {{SS:DON_GQ}}; {{SS:DON_NHAN|cùng kỳ}}; {{SS:DON_DANG}}.']);
    expect(result.findings).toEqual([]);
    const nhan = [mar.MTTQ!.DON_NHAN!, feb.MTTQ!.DON_NHAN!] as const;
    const gq = [mar.MTTQ!.DON_GQ!, feb.MTTQ!.DON_GQ!] as const;
    expect(nhan[0] - nhan[1]).toBe(12);
    expect(result.texts).toEqual([
      `tăng ${nhan[0] - nhan[1]} đơn (${percent(...nhan)}); giảm ${pad(gq[1] - gq[0])} đơn (${percent(...gq)}); bằng cùng kỳ; tăng ${mar.MTTQ!.DON_DANG} đơn.`,
    ]);
    expect(result.texts[0]).toContain('tăng 12 đơn (10,71%)');
  });

  it('compares arithmetic too, and a scoped group as it was then', () => {
    const result = march(['{{SS:DON_NHAN - DON_GQ}} · {{SS:DV_TONG@Chi bộ ấp}}']);
    const before = feb.MTTQ!.DON_NHAN! - feb.MTTQ!.DON_GQ!;
    const now = mar.MTTQ!.DON_NHAN! - mar.MTTQ!.DON_GQ!;
    expect(before).toBe(0);
    const members = total(mar, 'DV_TONG');
    const membersBefore = total(feb, 'DV_TONG');
    expect(result.texts).toEqual([`tăng ${now} đơn · tăng ${pad(members - membersBefore)} người (${percent(members, membersBefore)})`]);
  });

  it('is [?] with a finding when the compared period is missing', () => {
    const result = march(['{{SS:DON_NHAN|cùng kỳ}}'], { history: historyBefore('2026-03', ['2026-01', '2026-02']) });
    expect(result.texts).toEqual(['[?]']);
    expect(result.findings.filter((f) => f.code === 'PERIOD_MISSING').map((f) => f.message)).toEqual([expect.stringContaining('chưa có số liệu của tháng 3 năm 2025.')]);
  });
});

describe('the period name', () => {
  it('names this period, the previous one and the same one last year, in the summary as well', () => {
    const data = monthlyWorkbook('2026-03', { synthesis: ['{{KY}} · {{KY|trước}} · {{KY|cùng kỳ}}'] });
    const validation = validateWorkbook(rawOf(data));
    const model = compileReport(validation.lookup).model!;
    const summary = model.blocks.find((b): b is Paragraph => b.type === 'paragraph' && b.role === 'summary');
    expect(plainText(summary?.runs ?? [])).toBe('Kết quả công tác xây dựng Đảng tháng 3 năm 2026');
    expect(compile(data).texts).toEqual(['tháng 3 năm 2026 · tháng 02 năm 2026 · tháng 3 năm 2025']);
  });

  it('names the compared periods even before any is stored', () => {
    expect(march(['{{KY|trước}}'], { history: [] })).toMatchObject({ texts: ['tháng 02 năm 2026'], findings: [] });
  });
});

describe('arithmetic between indicators', () => {
  it('subtracts, divides and groups, printing counts as counts and quotients with two decimals', () => {
    const { DON_NHAN: n = 0, DON_GQ: g = 0, DON_DANG: d = 0 } = mar.MTTQ!;
    const result = march(['{{SL:DON_NHAN - DON_GQ}} · {{SL:(DON_GQ + DON_DANG) - DON_NHAN}} · {{SL:DON_NHAN / DON_DANG}} · {{SL:DV_MOI@CB_AP1 + DV_MOI@CB_AP2}} · {{SL:DON_NHAN − DON_GQ|kỳ trước}}']);
    expect(result.findings).toEqual([]);
    expect(result.texts).toEqual([`${n - g} · ${g + d - n} · ${(n / d).toFixed(2).replace('.', ',')} · ${pad(total(mar, 'DV_MOI'))} · ${feb.MTTQ!.DON_NHAN! - feb.MTTQ!.DON_GQ!}`]);
  });

  it('prints a negative result with a warning, and refuses a division by zero', () => {
    const result = march(['{{SL:DON_GQ - DON_NHAN}} · {{SL:DON_NHAN / (DON_GQ - 109)}}']);
    expect(result.texts).toEqual([`-${mar.MTTQ!.DON_NHAN! - mar.MTTQ!.DON_GQ!} · [?]`]);
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([
      ['RATIO_INVALID', 'error'],
      ['EXPRESSION_NEGATIVE', 'warning'],
    ]);
    expect(result.findings.map((f) => f.message)).toEqual([
      'Không tính được "{{SL:DON_NHAN / (DON_GQ - 109)}}": phép tính chia cho 0.',
      '"{{SL:DON_GQ - DON_NHAN}}" cho kết quả âm (-15). Hãy kiểm tra thứ tự các chỉ tiêu trong phép trừ, hoặc số liệu.',
    ]);
  });

  it('checks every code, every scope and every option, even in a text that never reaches the report', () => {
    const data = monthlyWorkbook('2026-03', { synthesis: ['{{SL:DON_NHAN - KHONG_CO}} {{SL:DON_NHAN@AP9 + DON_GQ}} {{SL:DON_NHAN|tháng trước}} {{SL:DON_NHAN -}} {{SS:DON_NHAN|lũy kế}}'] });
    const mttq = data.sheets['MTTQ']!;
    // A footnote never anchored is checked, not printed.
    const unused = { ...data, sheets: { ...data.sheets, MTTQ: { ...mttq, footnotes: [{ id: 'C9', text: 'Năm trước: {{SL:DON_NHAN|cùng kỳ}}, {{SL:KHAC|kỳ trước}}.' }] } } };
    const { findings } = compile({ ...unused, history: historyBefore('2026-03', ['2026-02']) });
    const vp = findings.filter((f) => f.tab === 'Văn phòng' && f.severity === 'error');
    expect(vp.map((f) => f.message)).toEqual([
      'Phép tính trong "{{SL:DON_NHAN -}}" không đúng dạng: thiếu số hạng ở cuối. Ví dụ đúng: {{SL:A - B}}, {{SL:(A + B) / C}}, {{SL:A - B@UBND}}; dấu trừ giữa hai mã phải có dấu cách hai bên.',
      'Chỉ tiêu "KHONG_CO" không có trong tab Chỉ tiêu.',
      'Mã chèn "{{SL:DON_NHAN|tháng trước}}" có tùy chọn "tháng trước" không dùng được. Các tùy chọn: "kỳ trước", "cùng kỳ", "lũy kế".',
      'Mã chèn "{{SS:DON_NHAN|lũy kế}}" có tùy chọn "lũy kế" không dùng được. Các tùy chọn: "kỳ trước", "cùng kỳ".',
      '"AP9" ở cột "mã chèn" không phải mã đơn vị hay tên nhóm nào trong tab Đơn vị.',
    ]);
    const footnote = findings.filter((f) => f.tab === 'Mặt trận' && f.code !== 'FOOTNOTE_UNUSED');
    expect(codes(footnote)).toEqual(['PERIOD_MISSING', 'UNKNOWN_INDICATOR']);
    expect(footnote[0]?.message).toContain('tháng 3 năm 2025');
  });

  it('reports a missing period once per cell though both the check and the report see it', () => {
    const result = march(['{{SL:DON_NHAN|kỳ trước}}'], { history: [] });
    expect(codes(result.findings)).toEqual(['PERIOD_MISSING']);
  });
});
