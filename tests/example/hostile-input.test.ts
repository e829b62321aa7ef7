/**
 * The built-in example under hostile input, one cell at a time: every kind of column receives
 * every hostile value, and a large random sample covers the rest of the workbook's input cells.
 * Validation, compilation and Markdown never throw, the draft never shows raw HTML or a computed
 * "Infinity", and every value that is not legitimate for its (non-free-text) column gives a
 * finding naming that tab and cell.
 */
import fc from 'fast-check';
import type { CellValue, RawWorkbook } from '../../src/domain/cells';
import { compileReport } from '../../src/domain/report/compile';
import { draftNotes } from '../../src/domain/report/draft-notes';
import { renderMarkdown } from '../../src/domain/report/markdown';
import { validateWorkbook } from '../../src/domain/validate/validate';
import { planWorkbookFromData, rawFromPlans } from '../../src/domain/workbook/layout';
import { CHU_PUH_2023 } from '../../src/example/chu-puh-2023';
import { HOSTILE_VALUES, inputCells, isFreeText, legitimateFor, type InputCell } from '../support/hostile';
import { withCell } from '../support/raw';

const plans = planWorkbookFromData(CHU_PUH_2023);
const base: RawWorkbook = rawFromPlans(plans);
const cells = inputCells(plans);
const baseline = validateWorkbook(base);
const baselineMarkdown = renderMarkdown(compileReport(baseline.lookup).model!);

/** Lines where CommonMark would start raw HTML: anything but our own <center> lines. */
const rawHtmlLines = (markdown: string): string[] =>
  markdown.split('\n').filter((line) => /^\s{0,3}<[A-Za-z/!?]/.test(line) && !/^<\/?center>$/.test(line));

function check(cell: InputCell, value: CellValue): void {
  const raw = withCell(base, cell.tab, cell.cell, value);
  const validation = validateWorkbook(raw);
  const compiled = compileReport(validation.lookup);
  for (const f of validation.findings) expect(f.message).not.toMatch(/undefined|\[object /);
  if (compiled.model !== null) {
    const markdown = renderMarkdown(compiled.model);
    expect(rawHtmlLines(markdown)).toEqual([]);
    // A computed figure never prints as "Infinity" or "NaN" (typed text may say so, and is escaped).
    if (!baselineMarkdown.includes('Infinity')) expect(markdown.replace(/\\/g, '')).not.toMatch(/\d(?:Infinity|NaN)|(?:^|[^A-Za-z])(?:Infinity|NaN)%/);
    expect(draftNotes(compiled.model).length).toBeGreaterThan(0);
  }
  if (!isFreeText(cell.kind) && !legitimateFor(cell.kind, value)) {
    // In a spare row the finding may be on the row's key instead ("Mã mục" missing): the row is not a record.
    const row = (ref: string | null) => ref !== null && ref.replace(/^[A-Z]+/, '') === String(cell.row);
    const here = validation.findings.filter(
      (f) => f.tab === cell.tab && (f.cell === cell.cell || f.cells?.some((c) => c.tab === cell.tab && c.cell === cell.cell) || (cell.spareRow && row(f.cell))),
    );
    if (here.length === 0) throw new Error(`no finding on '${cell.tab}'!${cell.cell} (${cell.kind} "${cell.label}") for ${JSON.stringify(value)?.slice(0, 60)}`);
  }
}

describe('the example workbook under hostile input', () => {
  it('starts from the example’s two known warnings', () => {
    expect(baseline.findings.map((f) => f.code)).toEqual(['CITATION_MISMATCH', 'RULE_VIOLATED']);
    expect(cells.length).toBeGreaterThan(3000);
  });

  // One cell of each kind of column, preferring a filled one, in a unit tab and in the settings.
  const byKind = new Map<string, InputCell>();
  for (const cell of cells) {
    const key = `${cell.kind}|${cell.tab === 'Thiết lập' ? 'settings' : 'other'}`;
    const known = byKind.get(key);
    if (known === undefined || (known.original === null && cell.original !== null)) byKind.set(key, cell);
  }
  const kinds = [...byKind.values()];

  it('covers every kind of column a person types into', () => {
    expect(new Set(kinds.map((c) => c.kind))).toEqual(new Set(['text', 'longText', 'code', 'codeList', 'number', 'integer', 'date', 'bool', 'choice', 'emails']));
  });

  it.each(kinds.map((c) => [`${c.kind} "${c.label}" ('${c.tab}'!${c.cell})`, c] as const))(
    'gives a finding on the cell, and never a crash, for every hostile value in a %s',
    (_name, cell) => {
      for (const hostile of HOSTILE_VALUES) check(cell, hostile.value(cell));
    },
  );

  it('holds for a random sample of every input cell of every tab', () => {
    fc.assert(
      fc.property(fc.constantFrom(...cells), fc.constantFrom(...HOSTILE_VALUES), (cell, hostile) => {
        check(cell, hostile.value(cell));
      }),
      { numRuns: Number(process.env['HOSTILE_RUNS'] ?? 150), seed: Number(process.env['HOSTILE_SEED'] ?? 20260601) },
    );
  });
});
