/**
 * The periods work under hostile input: every hostile value in the period settings, in the units'
 * active dates, in the history and cut-off tabs, and inside the new placeholders (options and
 * arithmetic), on the monthly report. Nothing throws, a computed figure never prints "Infinity"
 * or "NaN", every typed value that is not legitimate for its column gets a finding on its cell,
 * and a placeholder that cannot be computed is "[?]" with a finding on the text's cell.
 */
import type { CellValue, RawWorkbook } from '../../src/domain/cells';
import { compileReport } from '../../src/domain/report/compile';
import { draftNotes } from '../../src/domain/report/draft-notes';
import { renderMarkdown } from '../../src/domain/report/markdown';
import { plainText, type Paragraph } from '../../src/domain/report/model';
import { computeStatus } from '../../src/domain/status';
import { planDashboard } from '../../src/domain/dashboard';
import { validateWorkbook } from '../../src/domain/validate/validate';
import type { WorkbookData } from '../../src/domain/workbook/data';
import { HOSTILE_VALUES, legitimateFor } from '../support/hostile';
import { MONTHLY_FIGURES, monthlyWorkbook } from '../support/monthly-workbook';
import { cellRightOf, findCell, rawOf, withCell } from '../support/raw';

const withCutoff = (data: WorkbookData): WorkbookData => ({
  ...data,
  cutoff: Object.entries(MONTHLY_FIGURES['2026-03']).flatMap(([unitId, f]) => Object.entries(f).map(([code, value]) => ({ time: '2026-03-31T17:00', by: 'vp', unitId, code, value }))),
});
const data = withCutoff(monthlyWorkbook('2026-03', { synthesis: ['{{SL:DON_NHAN|lũy kế}} · {{SS:DON_NHAN}} · {{KY|trước}} · {{SL:DON_NHAN - DON_GQ|cùng kỳ}}'] }));
const base = rawOf(data);

function survive(raw: RawWorkbook) {
  const validation = validateWorkbook(raw);
  const compiled = compileReport(validation.lookup);
  for (const f of validation.findings) expect(f.message).not.toMatch(/undefined|\[object /);
  const status = computeStatus(validation.lookup, validation.findings);
  planDashboard(status, new Map(), '2026-04-01T08:00');
  if (compiled.model !== null) {
    const markdown = renderMarkdown(compiled.model);
    expect(markdown.replace(/\\/g, '')).not.toMatch(/\d(?:Infinity|NaN)|(?:^|[^A-Za-z])(?:Infinity|NaN)%/);
    expect(draftNotes(compiled.model).length).toBeGreaterThan(0);
  }
  return { validation, model: compiled.model };
}

const settingCell = (label: string): string => findCell(base, 'Thiết lập', (v) => v === label || v === `${label} *`).replace(/^A/, 'B');

describe('the periods work under hostile input', () => {
  it('starts clean', () => {
    expect(survive(base).validation.findings).toEqual([]);
  });

  const typed: ReadonlyArray<{ name: string; tab: string; cell: string; kind: 'date' | 'dateTime' | 'number' | 'choice' | 'text' }> = [
    { name: 'period start', tab: 'Thiết lập', cell: settingCell('Kỳ báo cáo từ ngày'), kind: 'date' },
    { name: 'period end', tab: 'Thiết lập', cell: settingCell('Kỳ báo cáo đến ngày'), kind: 'date' },
    { name: 'period type', tab: 'Thiết lập', cell: settingCell('Loại kỳ báo cáo'), kind: 'choice' },
    { name: 'cut-off use', tab: 'Thiết lập', cell: settingCell('Số liệu dùng cho báo cáo sau khi chốt'), kind: 'choice' },
    { name: 'period name', tab: 'Thiết lập', cell: settingCell('Tên kỳ báo cáo'), kind: 'text' },
    { name: 'a unit’s active end', tab: 'Đơn vị', cell: cellRightOf(base, 'Đơn vị', 'CB_AP3', 9), kind: 'date' },
    { name: 'a history value', tab: 'Số liệu các kỳ', cell: findCell(base, 'Số liệu các kỳ', (v) => v === 112).replace(/^[A-Z]+/, 'G'), kind: 'number' },
    { name: 'a history period key', tab: 'Số liệu các kỳ', cell: 'A2', kind: 'text' },
    { name: 'a cut-off value', tab: 'Chốt số liệu', cell: 'E2', kind: 'number' },
    { name: 'a cut-off time', tab: 'Chốt số liệu', cell: 'A2', kind: 'dateTime' },
  ];

  it.each(typed.map((t) => [t.name, t] as const))('gives a finding on the cell, never a crash, for every hostile value in %s', (_name, target) => {
    for (const hostile of HOSTILE_VALUES) {
      const value: CellValue = hostile.value({ tab: target.tab, cell: target.cell, row: 2, col: 2, kind: target.kind, label: target.name, unitId: null, original: null, spareRow: false });
      const { validation } = survive(withCell(base, target.tab, target.cell, value));
      // No hostile value is a period key, a period type or a cut-off use; a period name may be any text.
      const legit = target.name === 'period name' ? true : target.kind === 'text' ? false : legitimateFor(target.kind, value);
      if (!legit) {
        const here = validation.findings.filter((f) => f.tab === target.tab && f.cell === target.cell);
        if (here.length === 0) throw new Error(`no finding on '${target.tab}'!${target.cell} for ${hostile.name}`);
      }
    }
  });

  it('turns every hostile value inside a comparison or a sum into [?] and a finding on the text, never a crash', () => {
    const vp = findCell(base, 'Văn phòng', (v) => typeof v === 'string' && v.includes('{{SL:DON_NHAN|lũy kế}}'));
    const bodies = ['{{SL:DON_NHAN|kỳ tr\u200bước}}', '{{SL:DON_NHAN|' + 'ky truoc'.normalize('NFD') + '}}', `{{SL:${'('.repeat(50)}DON_NHAN${')'.repeat(50)}}}`, `{{SL:DON_NHAN - ${'A'.repeat(50_000)}}}`, '{{SS:DON_NHAN|<script>alert(1)</script>}}', '{{SL:DON_NHAN / 0}}', '{{SL:1e400 * DON_NHAN}}', '{{SL:DON_NHAN|kỳ trước|cùng kỳ}}', '{{KY|javascript:alert(1)}}', '{{SS:}}'];
    const texts: string[] = [];
    for (const body of bodies) {
      const { validation, model } = survive(withCell(base, 'Văn phòng', vp, body));
      const paragraph = model?.blocks.find((b): b is Paragraph => b.type === 'paragraph' && b.role === 'body' && b.sectionId === 'I.1');
      texts.push(plainText(paragraph?.runs ?? []));
      const onText = validation.findings.filter((f) => f.tab === 'Văn phòng' && f.cell === vp);
      if (texts[texts.length - 1] === '[?]' && onText.length === 0) throw new Error(`no finding on the text for ${body.slice(0, 40)}`);
    }
    // Invisible marks and NFD do not break an option; everything else is refused.
    expect(texts).toEqual([String(MONTHLY_FIGURES['2026-02'].MTTQ?.DON_NHAN), String(MONTHLY_FIGURES['2026-02'].MTTQ?.DON_NHAN), '[?]', '[?]', '[?]', '[?]', '[?]', '[?]', '[?]', '[?]']);
  });
});
