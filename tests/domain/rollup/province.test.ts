/**
 * Done when (issue 11, at the domain level): a province report over 135 generated commune
 * reports of ~30 chi bộ each, different figures each. Every total, ratio, percentage, task count,
 * completeness count and appendix cell is recomputed here from the facts the communes were made
 * from, with plain arithmetic, never by calling the code under test.
 */
import type { Table } from '../../../src/domain/report/model';
import { plainText } from '../../../src/domain/report/model';
import { compileReport } from '../../../src/domain/report/compile';
import { planDashboard } from '../../../src/domain/dashboard';
import { composeDigest } from '../../../src/domain/reminders/email';
import { formatChildCompleteness } from '../../../src/domain/rollup/status';
import { renderStatus } from '../../../src/local/cli/render-text';
import { sourcesNeeded, type SourceContent } from '../../../src/domain/rollup/sources';
import { summarizeChild } from '../../../src/domain/rollup/summarize';
import { computeStatus } from '../../../src/domain/status';
import { validateWorkbook } from '../../../src/domain/validate/validate';
import { rawOf } from '../../support/raw';
import { childCommune, communeSpecs, COMMUNE_CODES, COMMUNE_GROUP, provinceOf, rawWithMapping, type ChildFacts, type ChildSpec, type CommuneCode } from '../../support/rollup';

/** vi-VN digits: "1.234.567"; counts below 10 padded "09" as the report's setting says. */
const count = (n: number) => (n < 10 ? `0${n}` : String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.'));
const plain = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
/** part/whole in percent, 2 decimals, rounded half up, from integers only. */
function percent(part: number, whole: number): string {
  const hundredths = Math.floor((2 * part * 10000 + whole) / (2 * whole));
  return `${plain(Math.floor(hundredths / 100))},${String(hundredths % 100).padStart(2, '0')}%`;
}

/** Every tenth commune calls the admissions "KN" and the province maps them. */
const specs: ChildSpec[] = communeSpecs(135).map((s, i) => (i % 10 === 0 ? { ...s, rename: { KET_NAP: 'KN' } } : s));
const renamed = specs.filter((s) => s.rename !== undefined).map((s) => s.id);
const built = specs.map((s) => childCommune(s));
const facts: ChildFacts[] = built.map((b) => b.facts);

const sumOf = (f: ChildFacts, code: CommuneCode) => f.figures.reduce((s, x) => s + (x[code] ?? 0), 0);
const total = (code: CommuneCode) => facts.reduce((s, f) => s + sumOf(f, code), 0);

describe('a province over 135 commune reports', () => {
  const province = rawWithMapping(provinceOf(specs, { mappings: [{ code: 'KET_NAP', childCode: 'KN', appliesTo: renamed }] }));
  const needed = sourcesNeeded(province);
  const reads = new Map<string, SourceContent>(
    needed.map((n, i) => [n.key, { kind: 'child', summary: summarizeChild(rawOf(built[i]!.data)), readAt: '2026-04-16T07:00' }]),
  );
  const validation = validateWorkbook(province, reads);
  const model = compileReport(validation.lookup).model;
  const status = computeStatus(validation.lookup, validation.findings);

  test('needs one read per commune, and the communes are as varied as a province', () => {
    expect(needed).toHaveLength(135);
    const units = facts.map((f) => f.figures.length);
    expect(Math.min(...units)).toBeGreaterThanOrEqual(20);
    expect(Math.max(...units)).toBeLessThanOrEqual(40);
    expect(new Set(facts.map((f) => sumOf(f, 'DANG_VIEN'))).size).toBeGreaterThan(120);
  });

  test('validates without a finding', () => {
    expect(validation.findings.map((f) => `${f.code} ${f.tab}!${f.cell}: ${f.message}`)).toEqual([]);
  });

  test('the synthesis prints the totals, the ratio, the percentage and the task count recomputed from the chi bộ', () => {
    const [dv, kn, tn, gq] = COMMUNE_CODES.map(total) as [number, number, number, number];
    const done = facts.reduce((s, f) => s + f.tasks.reduce((t, x) => t + x.done, 0), 0);
    const assigned = facts.reduce((s, f) => s + f.tasks.reduce((t, x) => t + x.total, 0), 0);
    const body = model!.blocks.find((b) => b.type === 'paragraph' && b.role === 'body');
    expect(body?.type === 'paragraph' ? plainText(body.runs) : '').toBe(
      `Toàn tỉnh có ${count(dv)} đảng viên, kết nạp mới ${count(kn)} đảng viên; tiếp nhận ${count(tn)} đơn, đã giải quyết ${count(gq)}/${count(tn)} đơn, đạt ${percent(gq, tn)}; hoàn thành ${count(done)}/${count(assigned)} nhiệm vụ trọng tâm.`,
    );
  });

  test('completeness through the hierarchy: communes submitted, and inside them their chi bộ', () => {
    const reported = specs.filter((s) => s.reportSubmitted !== false).length;
    const chiBo = facts.reduce((s, f) => s + f.figures.length, 0);
    const chiBoSubmitted = facts.reduce((s, f) => s + f.submitted.filter(Boolean).length, 0);
    const onTime = facts.reduce((s, f) => s + f.onTime.filter(Boolean).length, 0);
    expect(reported).toBeLessThan(135);
    expect(chiBoSubmitted).toBeLessThan(chiBo);
    expect(status.children).toEqual({ expected: 135, submitted: reported, read: 135, units: { expected: chiBo, submitted: chiBoSubmitted, complete: chiBo, onTime } });
    expect(formatChildCompleteness(status.children!, { children: 'xã', units: 'chi bộ' })).toBe(
      `${reported}/135 xã đã nộp; trong đó ${plain(chiBoSubmitted)}/${plain(chiBo)} chi bộ đã nộp`,
    );
    expect(status.submitted).toBe(reported);
    const late = specs.find((s) => (s.submitted ?? s.chiBo) < s.chiBo)!;
    const lateStatus = status.units.find((u) => u.unitId === late.id)!;
    expect(lateStatus.missing.filter((m) => m.kind === 'unit')).toHaveLength(late.chiBo - (late.submitted ?? late.chiBo));
    expect(lateStatus.complete).toBe(false);
  });

  test('the dashboard, the digest and the command line show that completeness in one line', () => {
    const reported = specs.filter((s) => s.reportSubmitted !== false).length;
    const chiBo = facts.reduce((s, f) => s + f.figures.length, 0);
    const chiBoSubmitted = facts.reduce((s, f) => s + f.submitted.filter(Boolean).length, 0);
    const line = `Báo cáo cấp dưới: ${reported}/135 ${COMMUNE_GROUP.toLocaleLowerCase('vi')} đã nộp; trong đó ${plain(chiBoSubmitted)}/${plain(chiBo)} đơn vị đã nộp`;
    const dashboard = planDashboard(status, new Map(), '2026-04-16T08:00');
    expect(String(dashboard.rows[1]?.[0]).split(' · ')).toContain(line);
    const digest = composeDigest({ to: ['vp@example.org'], secretariatUnit: 'VP', late: [], status }, { label: 'Báo cáo tháng 4', summary: 'tình hình tháng 4', secretariatName: 'Văn phòng Tỉnh ủy', secretariatEmails: ['vp@example.org'] }, '2026-04-16', () => null);
    expect(digest.text.split('\n')).toContain(`- ${line}.`);
    expect(digest.html).toContain(`<p>${line}.</p>`);
    expect(renderStatus(status).split('\n')).toContain(`${line}.`);
  });

  test('the appendix has one row per commune with its own totals and a total row, on a new page', () => {
    const at = model!.blocks.findIndex((b) => b.type === 'paragraph' && b.role === 'appendix');
    const [heading, attached, title, table] = model!.blocks.slice(at) as [unknown, unknown, unknown, Table];
    expect(heading).toMatchObject({ runs: [{ text: 'PHỤ LỤC' }], style: { pageBreakBefore: true, bold: true, align: 'center' } });
    expect(attached).toMatchObject({ runs: [{ text: '(Kèm theo Báo cáo số 350-BC/TU ngày 20/4/2026)' }], style: { italic: true } });
    expect(title).toMatchObject({ runs: [{ text: 'SỐ LIỆU CÔNG TÁC XÂY DỰNG ĐẢNG QUÝ I NĂM 2026' }] });
    expect(model!.blocks[at - 1]).toMatchObject({ type: 'columns', role: 'closing' });
    expect(table.type).toBe('table');
    expect(table.header).toEqual(['STT', 'Đơn vị', 'Tổng số đảng viên (người)', 'Đảng viên mới kết nạp (người)', 'Đơn thư tiếp nhận (đơn)', 'Đơn thư đã giải quyết (đơn)']);
    expect(table.rows).toHaveLength(136);
    facts.forEach((f, i) => {
      expect(table.rows[i]).toEqual([String(i + 1), f.spec.name, ...COMMUNE_CODES.map((c) => plain(sumOf(f, c)))]);
    });
    expect(table.rows[135]).toEqual(['', 'Tổng cộng', ...COMMUNE_CODES.map((c) => plain(total(c)))]);
    expect(table.totalRow).toBe(true);
    expect(table.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });
});
