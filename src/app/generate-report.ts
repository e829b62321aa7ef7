/**
 * Use case "generate the report": check the workbook, compile the report model, and hand it to a
 * renderer (a .docx file, a Google Doc, Markdown). A draft is produced even when some figures are
 * missing ("[?]" marks them), so the secretariat can see what is left; the findings say why.
 * Reads the workbook only; never writes to any tab.
 */
import { compileReport } from '../domain/report/compile';
import type { ReportModel } from '../domain/report/model';
import { checkWorkbook, type WorkbookCheck } from './check-workbook';
import type { SourceReads } from '../domain/rollup/sources';
import type { WorkbookSource } from './ports';

export interface ReportRenderer<T> {
  render(model: ReportModel): T;
}

export interface GeneratedReport<T> {
  readonly check: WorkbookCheck;
  readonly model: ReportModel | null;
  /** The renderer's result, or null when the settings are unusable (see check.findings). */
  readonly output: T | null;
}

export function compileChecked(source: WorkbookSource, sources?: SourceReads): { check: WorkbookCheck; model: ReportModel | null } {
  const check = checkWorkbook(source, sources);
  return { check, model: reportModelOf(check) };
}

/** The report model of a workbook the caller has checked already (null when its settings are unusable). */
export function reportModelOf(check: WorkbookCheck): ReportModel | null {
  return compileReport(check.lookup).model;
}

export function generateReport<T>(source: WorkbookSource, renderer: ReportRenderer<T>, sources?: SourceReads): GeneratedReport<T> {
  const { check, model } = compileChecked(source, sources);
  return { check, model, output: model === null ? null : renderer.render(model) };
}
