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
import { checkUnitSheets } from './unit-checks';
import { sourceReadsFromCache } from '../rollup/cache';
import { checkSources } from '../rollup/checks';
import { withChildren } from '../rollup/children';
import type { SourceReads } from '../rollup/sources';

export interface Validation {
  readonly workbook: ParsedWorkbook;
  readonly lookup: Lookup;
  readonly findings: ReadonlyArray<Finding>;
}

/**
 * `sources`: what the adapters read of the units' other workbooks (shards, child reports), by
 * source key. The child summaries cached in the workbook's own "Dữ liệu cấp dưới" tab are used
 * for every child not in `sources`, so progress and the report need no re-read; without roll-up
 * units, both change nothing.
 */
export function validateWorkbook(raw: RawWorkbook, sources?: SourceReads): Validation {
  const reads = readsWithCache(raw, sources);
  const read = readWorkbook(raw, reads);
  const rollup = withChildren(buildLookup(read.workbook), reads);
  const lookup = rollup.lookup;
  // Compiling the report finds what only computing reveals: unavailable figures, a part larger
  // than its whole inside a ratio, an empty section.
  const compiled = compileReport(lookup);
  const findings = [
    ...read.findings,
    ...checkConfiguration(lookup),
    ...checkSources(lookup, reads),
    ...rollup.findings,
    ...checkUnitSheets(lookup),
    ...compiled.findings,
  ];
  return { workbook: read.workbook, lookup, findings: sortFindings(dedupe(findings), tabOrder(read.workbook)) };
}

function readsWithCache(raw: RawWorkbook, sources: SourceReads | undefined): SourceReads {
  const cached = sourceReadsFromCache(raw);
  if (cached.size === 0) return sources ?? cached;
  for (const [key, content] of sources ?? []) cached.set(key, content);
  return cached;
}

/** This workbook's tabs in order, then the shards' unit tabs in the units tab's order. */
function tabOrder(workbook: ParsedWorkbook): ReadonlyArray<string> {
  const local = new Set(workbook.tabNames);
  const shardTabs = [...workbook.unitSheets.values()].map((s) => s.tab).filter((name) => !local.has(name));
  return shardTabs.length === 0 ? workbook.tabNames : [...workbook.tabNames, ...shardTabs];
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
