/**
 * A child report inside its parent: a unit whose figures are the child's mapped totals and whose
 * tasks are the child's task counts, so {{SL}}, {{TL}}, {{PT}} and {{NV}} work over children as
 * over units; and every way a child can fail (not read, unreadable, another period, an indicator
 * it lacks, a total it cannot compute) is a finding on its row while the others go on.
 */
import { compileReport } from '../../../src/domain/report/compile';
import { plainText, type Table } from '../../../src/domain/report/model';
import { sourcesNeeded, type SourceContent } from '../../../src/domain/rollup/sources';
import { summarizeChild } from '../../../src/domain/rollup/summarize';
import { computeStatus } from '../../../src/domain/status';
import { validateWorkbook } from '../../../src/domain/validate/validate';
import type { WorkbookData } from '../../../src/domain/workbook/data';
import { findCell, rawOf } from '../../support/raw';
import { childCommune, provinceOf, rawWithMapping, type ChildSpec, type ProvinceOptions } from '../../support/rollup';

const base = (i: number, extra: Partial<ChildSpec> = {}): ChildSpec => ({ id: `XA00${i}`, name: `Xã Số ${i}`, file: `xa/xa00${i}.xlsx`, chiBo: 6, seed: 40 + i, ...extra });

function run(specs: ChildSpec[], options: ProvinceOptions = {}, change: (reads: Map<string, SourceContent>) => void = () => {}, data?: WorkbookData) {
  const built = specs.map((s) => childCommune(s));
  const raw = rawWithMapping(data ?? provinceOf(specs, options));
  const reads = new Map<string, SourceContent>(sourcesNeeded(raw).map((n, i) => [n.key, { kind: 'child', summary: summarizeChild(rawOf(built[i]!.data)), readAt: '2026-04-16T07:00' }]));
  change(reads);
  const validation = validateWorkbook(raw, reads);
  const model = compileReport(validation.lookup).model;
  const text = model === null ? '' : model.blocks.filter((b) => b.type === 'paragraph' && b.role === 'body').map((b) => (b.type === 'paragraph' ? plainText(b.runs) : '')).join('\n');
  const appendix = model?.blocks.find((b): b is Table => b.type === 'table') ?? null;
  return { raw, built, validation, model, text, appendix, status: computeStatus(validation.lookup, validation.findings) };
}

const unitRow = (raw: ReturnType<typeof run>['raw'], id: string) => findCell(raw, 'Đơn vị', (v) => v === id).replace(/^[A-Z]+/, '');
const sumOf = (r: ReturnType<typeof run>, i: number, code: 'DANG_VIEN' | 'KET_NAP' | 'DON_TN' | 'DON_GQ') => r.built[i]!.facts.figures.reduce((s, f) => s + (f[code] ?? 0), 0);

describe('a child unit behaves as a unit', () => {
  test('{{SL}}, {{TL}}, {{PT}} and {{NV}} scoped to a child or to the group of children', () => {
    const text = 'XA002 có {{SL:DANG_VIEN@XA002}} đảng viên, giải quyết {{TL:DON_GQ@XA002/DON_TN@XA002}} đơn, hoàn thành {{NV:NVTT@XA002}} nhiệm vụ; cấp xã giải quyết {{PT:DON_GQ@Cấp xã/DON_TN@Cấp xã}}; {{TL:#Cấp xã/#Cấp xã}} xã.';
    const r = run([base(1), base(2), base(3)], { text });
    const f = r.built[1]!.facts;
    const gq = sumOf(r, 1, 'DON_GQ');
    const tn = sumOf(r, 1, 'DON_TN');
    const done = f.tasks.reduce((s, t) => s + t.done, 0);
    const all = f.tasks.reduce((s, t) => s + t.total, 0);
    const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
    expect(r.text).toContain(`XA002 có ${sumOf(r, 1, 'DANG_VIEN')} đảng viên, giải quyết ${pad(gq)}/${pad(tn)} đơn, hoàn thành ${pad(done)}/${pad(all)} nhiệm vụ;`);
    expect(r.text).toContain('; 03/03 xã.');
    expect(r.validation.findings).toEqual([]);
  });

  test('the mapping: a row for one child beats a row for its group, which beats a row for every child', () => {
    const specs = [base(1, { rename: { KET_NAP: 'A' } }), base(2, { rename: { KET_NAP: 'B' } }), base(3, { rename: { KET_NAP: 'C' } })];
    const data = provinceOf(specs, {
      mappings: [
        { code: 'KET_NAP', childCode: 'C', appliesTo: null },
        { code: 'KET_NAP', childCode: 'B', appliesTo: ['Nhóm B'] },
        { code: 'KET_NAP', childCode: 'A', appliesTo: ['XA001'] },
      ],
    });
    const grouped: WorkbookData = { ...data, units: data.units.map((u) => (u.id === 'XA002' || u.id === 'XA001' ? { ...u, group: 'Nhóm B' } : u)), indicators: data.indicators.map((i) => ({ ...i, reporters: ['Cấp xã', 'Nhóm B'] })) };
    const r = run(specs, {}, () => {}, grouped);
    expect(r.validation.findings).toEqual([]);
    for (const i of [0, 1, 2]) expect(r.validation.lookup.figures.get(`XA00${i + 1}`)?.get('KET_NAP')).toBe(sumOf(r, i, 'KET_NAP'));
  });

  test('two rows as specific for one child conflict; a row naming no child or an unknown code is reported', () => {
    const r = run([base(1), base(2)], {
      mappings: [
        { code: 'KET_NAP', childCode: 'KET_NAP', appliesTo: ['XA001'] },
        { code: 'KET_NAP', childCode: 'KN', appliesTo: ['XA001'] },
        { code: 'KHONG_CO', childCode: 'X', appliesTo: null },
        { code: 'DON_TN', childCode: 'DON_TN', appliesTo: ['VPTU'] },
        { code: 'DON_TN', childCode: 'DON_TN', appliesTo: ['AI_DO'] },
      ],
    });
    const mapping = r.validation.findings.filter((f) => f.tab === 'Ánh xạ chỉ tiêu').map((f) => `${f.code}@${f.cell}`);
    expect(mapping).toEqual(['MAPPING_CONFLICT@B3', 'UNKNOWN_INDICATOR@A4', 'MAPPING_NOT_CHILD@C5', 'UNKNOWN_UNIT@C6']);
    // The first row wins meanwhile: the figure is still there.
    expect(r.validation.lookup.figures.get('XA001')?.get('KET_NAP')).toBe(sumOf(r, 0, 'KET_NAP'));
  });

  test('a section given to children to write: they send figures only, so the secretariat is told to write it', () => {
    const data = provinceOf([base(1)]);
    const r = run([base(1)], {}, () => {}, { ...data, sections: [...data.sections, { id: 'I.2', title: 'Ở cơ sở', writers: ['Cấp xã'], textRequired: true, guidance: null }] });
    expect(r.validation.findings.map((f) => f.code)).toEqual(['EMPTY_SECTION', 'CHILD_CANNOT_WRITE']);
  });
});

describe('a child that cannot be used is a finding on its row; the others go on and the report comes out', () => {
  const specs = [base(1), base(2), base(3), base(4), base(5, { lacks: ['DON_GQ'] }), base(6, { blank: [{ chiBo: 2, code: 'DON_TN' }] })];
  const r = run(specs, {}, (reads) => {
    reads.delete('xa/xa001.xlsx');
    reads.set('xa/xa002.xlsx', { kind: 'failed', failure: { kind: 'not_found', detail: 'không tìm thấy tệp. Hãy kiểm tra đường dẫn ở cột Nguồn dữ liệu.' }, readAt: '2026-04-16T07:01' });
    const other = childCommune(base(3, { period: { periodFrom: '2025-10-01', periodTo: '2025-12-31' } }));
    reads.set('xa/xa003.xlsx', { kind: 'child', summary: summarizeChild(rawOf(other.data)), readAt: null });
  });
  const on = (id: string) => r.validation.findings.filter((f) => f.unitId === id && f.tab === 'Đơn vị').map((f) => `${f.code}@${f.cell}`);

  test('each finding names the child\'s row (its source cell) and says what to do', () => {
    expect(on('XA001')).toEqual([`SOURCE_NOT_READ@E${unitRow(r.raw, 'XA001')}`]);
    expect(on('XA002')).toEqual([`SOURCE_READ_FAILED@E${unitRow(r.raw, 'XA002')}`]);
    expect(on('XA003')).toEqual([`CHILD_WRONG_PERIOD@E${unitRow(r.raw, 'XA003')}`]);
    expect(on('XA004')).toEqual([]);
    expect(on('XA005')).toEqual([`CHILD_INDICATOR_MISSING@E${unitRow(r.raw, 'XA005')}`]);
    expect(on('XA006')).toEqual([`CHILD_FIGURE_UNAVAILABLE@E${unitRow(r.raw, 'XA006')}`, `CHILD_HAS_ERRORS@E${unitRow(r.raw, 'XA006')}`]);
    const messages = r.validation.findings.filter((f) => f.tab === 'Đơn vị').map((f) => f.message);
    expect(messages.find((m) => m.includes('không tìm thấy tệp'))).toContain('"Xã Số 2"');
    expect(messages.find((m) => m.includes('kỳ quý IV năm 2025'))).toContain('không phải kỳ quý I năm 2026');
    expect(messages.find((m) => m.includes('DON_GQ'))).toContain('Ánh xạ chỉ tiêu');
  });

  test('the report still comes out: totals over them are "[?]", a child\'s own figure still prints', () => {
    expect(r.model).not.toBeNull();
    expect(r.text).toContain('Toàn tỉnh có [?] đảng viên');
    const fine = run([base(4)], { text: 'XA004: {{SL:DANG_VIEN@XA004}}.' });
    expect(fine.text).toBe(`XA004: ${sumOf(fine, 0, 'DANG_VIEN')}.`);
  });

  test('the appendix marks what is missing with "[?]" and a finding per child, and the total is "[?]"', () => {
    const rows = r.appendix!.rows;
    expect(rows[0]?.slice(2)).toEqual(['[?]', '[?]', '[?]', '[?]']);
    expect(rows[3]?.slice(2)).toEqual((['DANG_VIEN', 'KET_NAP', 'DON_TN', 'DON_GQ'] as const).map((code) => String(sumOf(r, 3, code))));
    expect(rows[4]?.[5]).toBe('[?]');
    expect(rows[5]?.[4]).toBe('[?]');
    expect(rows[6]).toEqual(['', 'Tổng cộng', '[?]', '[?]', '[?]', '[?]']);
    const appendix = r.validation.findings.filter((f) => f.code === 'APPENDIX_VALUE_UNAVAILABLE');
    expect(appendix.map((f) => f.message)).toEqual([
      'Phụ lục số liệu: chưa có số liệu DANG_VIEN, KET_NAP, DON_TN, DON_GQ của "Xã Số 1", bảng in "[?]".',
      'Phụ lục số liệu: chưa có số liệu DANG_VIEN, KET_NAP, DON_TN, DON_GQ của "Xã Số 2", bảng in "[?]".',
      'Phụ lục số liệu: chưa có số liệu DANG_VIEN, KET_NAP, DON_TN, DON_GQ của "Xã Số 3", bảng in "[?]".',
      'Phụ lục số liệu: chưa có số liệu DON_GQ của "Xã Số 5", bảng in "[?]".',
      'Phụ lục số liệu: chưa có số liệu DON_TN của "Xã Số 6", bảng in "[?]".',
    ]);
    expect(appendix.every((f) => f.tab === 'Thiết lập' && f.unitId === undefined)).toBe(true);
  });

  test('progress shows each child as it is: not read, failed, another period, or what it still lacks', () => {
    const state = (id: string) => r.status.units.find((u) => u.unitId === id)!;
    expect(state('XA001')).toMatchObject({ state: 'no_tab', rollup: { kind: 'child', state: 'not_read', units: null } });
    expect(state('XA002')).toMatchObject({ state: 'no_tab', rollup: { state: 'failed', readAt: '2026-04-16T07:01' } });
    expect(state('XA003')).toMatchObject({ state: 'no_tab', rollup: { state: 'wrong_period' } });
    expect(state('XA004')).toMatchObject({ state: 'submitted', complete: true, figures: { filled: 4, required: 4 } });
    expect(state('XA005')).toMatchObject({ complete: false, figures: { filled: 3, required: 4 }, missing: [{ kind: 'figure', id: 'DON_GQ' }] });
    expect(state('XA006').errors).toBeGreaterThan(0);
    // The child's own findings: under "[its file]tab" in the parent, under its own tab names for its reminders.
    expect(state('XA006').findings.some((f) => f.code === 'MISSING_FIGURE' && f.tab === '[xa/xa006.xlsx]Chi bộ 3')).toBe(true);
    expect(state('XA006').rollup?.childFindings.some((f) => f.code === 'MISSING_FIGURE' && f.tab === 'Chi bộ 3')).toBe(true);
    expect(r.status.children).toMatchObject({ expected: 6, read: 3 });
  });
});
