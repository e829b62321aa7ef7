/**
 * Every Docs request the plan builds, for the example report and for a 1,000-unit report, held
 * against Google's published Docs v1 schema at run time: only fields that exist, of the right
 * types, at every depth, and field masks that name real fields. The type checker already refuses
 * a misspelt field in a request literal; this catches what a literal cannot show (fields built
 * from variables, masks, whatever a refactoring makes of them).
 */
import { compileReport } from '../../src/domain/report/compile';
import type { ReportModel } from '../../src/domain/report/model';
import { validateWorkbook } from '../../src/domain/validate/validate';
import type { WorkbookData } from '../../src/domain/workbook/data';
import { CHU_PUH_2023 } from '../../src/example/chu-puh-2023';
import { planBody, planFootnotes } from '../../src/gas/docs-plan';
import type { DocsRequest } from '../../src/gas/surface';
import { syntheticWorkbook } from '../../scripts/synthetic-workbook';
import { publishedDocsSchema, requestProblems } from '../fakes/gas/docs-schema';
import { rawOf } from '../support/raw';
import { reportFixture } from '../support/report-fixture';

function compiled(data: WorkbookData): ReportModel {
  const { model } = compileReport(validateWorkbook(rawOf(data)).lookup);
  if (model === null) throw new Error('the workbook must compile');
  return model;
}

/** Body and footnote requests, with made-up footnote ids where Google would give real ones. */
function allRequests(model: ReportModel): DocsRequest[] {
  const body = planBody(model);
  const ids = body.anchoredFootnotes.map((_n, i) => `kix.fn${i}`);
  return [...body.requests, ...planFootnotes(model, body.anchoredFootnotes, ids)];
}

/** Every request kind and every field path used, to show the walk covered them. */
function pathsOf(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => pathsOf(v, prefix));
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => pathsOf(inner, prefix === '' ? key : `${prefix}.${key}`));
}

describe('the planned Docs requests, against Google’s published Docs v1 schema', () => {
  beforeAll(() => publishedDocsSchema(), 60_000);

  it('the check itself refuses a misspelt field, a wrong type and a mask naming no field', () => {
    const problems = requestProblems([
      { insertText: { locaton: { index: 1 }, text: 'a' } },
      { updateTextStyle: { range: { startIndex: 1, endIndex: '2' }, textStyle: { bold: true }, fields: 'bold,italics' } },
      { createFootnote: { location: { index: 1 } }, updateParagraphStyle: { range: { startIndex: 1, endIndex: 2 }, paragraphStyle: { keepWithNxt: true }, fields: 'keepWithNxt' } },
    ]);
    expect(problems).toEqual([
      'requests[0].insertText.locaton: not a field of Schema$InsertTextRequest',
      'requests[1].updateTextStyle.range.endIndex: "2" is not a number',
      'requests[1].updateTextStyle.fields: "italics" is not a field of Schema$TextStyle (textStyle)',
      'requests[2].updateParagraphStyle.paragraphStyle.keepWithNxt: not a field of Schema$ParagraphStyle',
      'requests[2].updateParagraphStyle.fields: "keepWithNxt" is not a field of Schema$ParagraphStyle (paragraphStyle)',
    ]);
  });

  it('holds for every request of the example report', () => {
    const requests = allRequests(compiled(CHU_PUH_2023));
    expect(requests.length).toBeGreaterThan(150);
    expect(requestProblems(requests)).toEqual([]);
    const kinds = new Set(requests.flatMap((r) => Object.keys(r)));
    expect([...kinds].sort()).toEqual(
      ['createFootnote', 'insertTable', 'insertText', 'updateDocumentStyle', 'updateParagraphStyle', 'updateTableCellStyle', 'updateTableColumnProperties', 'updateTableRowStyle', 'updateTextStyle'].sort(),
    );
  });

  it('holds for every request of a 1,000-unit report', () => {
    const requests = allRequests(compiled(syntheticWorkbook(1_000)));
    expect(requests.length).toBeGreaterThan(9_000);
    expect(requestProblems(requests)).toEqual([]);
  }, 60_000);

  it('holds for data tables, rules and the State profile too, and the walk reaches their deepest fields', () => {
    const base = reportFixture();
    const requests = [...allRequests(base), ...allRequests({ ...base, page: { ...base.page, pageNumbers: { ...base.page.pageNumbers, fromPage: 1 } } })];
    expect(requestProblems(requests)).toEqual([]);
    const paths = new Set(pathsOf(requests));
    for (const deep of ['updateParagraphStyle.paragraphStyle.borderBottom.color.color.rgbColor.red', 'updateTableCellStyle.tableCellStyle.borderTop.width.magnitude', 'updateDocumentStyle.documentStyle.pageSize.width.unit']) {
      expect(paths).toContain(deep);
    }
  });
});
