/**
 * Validation of a whole workbook in one pure call: read (structure and cells), check the
 * secretariat's tabs and every unit tab, and compile the report. Findings come back sorted by
 * tab order and cell.
 */
import type { RawWorkbook } from '../cells';
import { sortFindings, type Finding } from '../findings';
import { buildLookup, type Lookup } from '../workbook/lookup';
import type { ParsedWorkbook } from '../workbook/model';
import { readWorkbook } from '../workbook/read';
import { compileReport } from '../report/compile';
import { checkConfiguration } from './config-checks';
import { checkPeriods } from './period-checks';
import { checkUnitSheets } from './unit-checks';

export interface Validation {
  readonly workbook: ParsedWorkbook;
  readonly lookup: Lookup;
  readonly findings: ReadonlyArray<Finding>;
}

export function validateWorkbook(raw: RawWorkbook): Validation {
  const read = readWorkbook(raw);
  const lookup = buildLookup(read.workbook);
  // Compiling the report finds what only computing reveals: unavailable figures, a part larger
  // than its whole inside a ratio, an empty section.
  const compiled = compileReport(lookup);
  const findings = [...read.findings, ...checkConfiguration(lookup), ...checkUnitSheets(lookup), ...checkPeriods(lookup), ...compiled.findings];
  return { workbook: read.workbook, lookup, findings: sortFindings(dedupe(findings), read.workbook.tabNames) };
}

/** The same problem found by two checks (e.g. an unknown code seen twice in one cell) is shown once. */
function dedupe(findings: ReadonlyArray<Finding>): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.tab ?? ''}|${f.cell ?? ''}|${f.code}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
