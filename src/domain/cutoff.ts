/**
 * The data cut-off (chốt số liệu): the figures as they stood when someone took the snapshot (tab
 * "Chốt số liệu": who, when, one row per unit and indicator), every figure cell whose value now
 * differs from it (changed, added or cleared after the cut-off; a warning naming old and new
 * value), and the figures the report uses: the snapshot or the current ones, as the settings'
 * "Số liệu dùng cho báo cáo sau khi chốt" says. Pure; no snapshot means the current figures.
 */
import type { CutoffUse } from './contract/tables';
import type { IsoDateTime } from './dates';
import { makeFinding, type Finding } from './findings';
import { formatDateTimeNumeric, formatNumber } from './format';
import type { Lookup } from './workbook/lookup';
import { cellOf, type ParsedWorkbook } from './workbook/model';

export interface Cutoff {
  readonly time: IsoDateTime;
  /** Who took it (an email or a name), null when the row does not say. */
  readonly by: string | null;
  /** Unit id → indicator code → value at the cut-off (null: blank then). */
  readonly values: ReadonlyMap<string, ReadonlyMap<string, number | null>>;
}

/**
 * The snapshot in the cut-off tab, or null when there is none. A tab holding several snapshots
 * (a cut-off taken again) is read as its latest one.
 */
export function cutoffOf(workbook: ParsedWorkbook): Cutoff | null {
  // Asked by the checks, the report and the progress series of one run: the rows are scanned once per workbook.
  if (cutoffs.has(workbook)) return cutoffs.get(workbook) ?? null;
  const cutoff = readCutoff(workbook);
  cutoffs.set(workbook, cutoff);
  return cutoff;
}

const cutoffs = new WeakMap<ParsedWorkbook, Cutoff | null>();

function readCutoff(workbook: ParsedWorkbook): Cutoff | null {
  let time: string | null = null;
  for (const row of workbook.cutoff) if (time === null || row.time > time) time = row.time;
  if (time === null) return null;
  const values = new Map<string, Map<string, number | null>>();
  let by: string | null = null;
  for (const row of workbook.cutoff) {
    if (row.time !== time) continue;
    by ??= row.by !== null && row.by.trim() !== '' ? row.by.trim() : null;
    const unitId = row.unitId.toUpperCase();
    const byCode = values.get(unitId) ?? new Map<string, number | null>();
    values.set(unitId, byCode);
    const code = row.code.toUpperCase();
    if (!byCode.has(code)) byCode.set(code, row.value);
  }
  return { time, by, values };
}

/** One figure cell whose value is not what it was at the cut-off. */
export interface CutoffChange {
  readonly unitId: string;
  readonly code: string;
  readonly tab: string;
  readonly cell: string | null;
  /** At the cut-off, and now; null for blank. */
  readonly before: number | null;
  readonly after: number | null;
}

const changeCache = new WeakMap<Lookup, ReadonlyArray<CutoffChange>>();

/**
 * Every figure that differs from the snapshot: a changed value, a figure typed after it, one
 * cleared since. Unreadable cells are left out (their own finding says what is wrong); a figure
 * row deleted since is pointed at by its block.
 */
export function cutoffChanges(lookup: Lookup): ReadonlyArray<CutoffChange> {
  const cached = changeCache.get(lookup);
  if (cached !== undefined) return cached;
  const cutoff = cutoffOf(lookup.workbook);
  const changes: CutoffChange[] = [];
  if (cutoff !== null) {
    for (const sheet of lookup.workbook.unitSheets.values()) {
      const snapshot = cutoff.values.get(sheet.unitId);
      const seen = new Set<string>();
      for (const figure of sheet.figures) {
        if (seen.has(figure.code)) continue;
        seen.add(figure.code);
        if (figure.at.bad.includes('value')) continue;
        const before = snapshot?.get(figure.code) ?? null;
        if (before !== figure.value) {
          changes.push({ unitId: sheet.unitId, code: figure.code, tab: sheet.tab, cell: cellOf(figure.at, 'value'), before, after: figure.value });
        }
      }
      for (const [code, before] of snapshot ?? []) {
        if (!seen.has(code) && before !== null) {
          changes.push({ unitId: sheet.unitId, code, tab: sheet.tab, cell: sheet.blockCells['figures'] ?? null, before, after: null });
        }
      }
    }
  }
  changeCache.set(lookup, changes);
  return changes;
}

/** Which figures the report uses: the snapshot when there is one and the settings ask for it. */
export function cutoffUseOf(lookup: Lookup): CutoffUse {
  return lookup.workbook.settings?.cutoffUse ?? 'snapshot';
}

const shown = (value: number | null): string => (value === null ? 'trống' : formatNumber(value, { zeroPad: false }, 6));

/** "số đã chốt lúc 05/04/2023 17:00 (người chốt bdv@example.org)". */
export function cutoffLabel(cutoff: Cutoff): string {
  return `lúc ${formatDateTimeNumeric(cutoff.time)}${cutoff.by === null ? '' : ` (người chốt ${cutoff.by})`}`;
}

/** FIGURE_CHANGED_AFTER_CUTOFF on each changed figure cell, naming old and new value and what the report uses. */
export function checkCutoff(lookup: Lookup): Finding[] {
  const cutoff = cutoffOf(lookup.workbook);
  if (cutoff === null) return [];
  const use =
    cutoffUseOf(lookup) === 'snapshot'
      ? 'Báo cáo dùng số đã chốt; nếu số mới đúng, hãy chốt lại số liệu.'
      : 'Báo cáo dùng số hiện tại (mục "Số liệu dùng cho báo cáo sau khi chốt" ở tab Thiết lập).';
  return cutoffChanges(lookup).map((change) =>
    makeFinding(
      'FIGURE_CHANGED_AFTER_CUTOFF',
      { tab: change.tab, cell: change.cell, unitId: change.unitId },
      {
        label: lookup.indicatorsByCode.get(change.code)?.label ?? change.code,
        code: change.code,
        time: formatDateTimeNumeric(cutoff.time),
        before: shown(change.before),
        after: shown(change.after),
        use,
      },
    ),
  );
}

const reportCache = new WeakMap<Lookup, Lookup>();

/**
 * The lookup the report is compiled from: the same workbook with the figures as the snapshot has
 * them when there is one and the settings use it (a figure the snapshot lacks was blank then),
 * else the lookup itself. Validation keeps checking the current figures.
 */
export function lookupForReport(lookup: Lookup): Lookup {
  const cutoff = cutoffOf(lookup.workbook);
  if (cutoff === null || cutoffUseOf(lookup) !== 'snapshot') return lookup;
  const cached = reportCache.get(lookup);
  if (cached !== undefined) return cached;
  const figures = new Map<string, ReadonlyMap<string, number | null>>();
  for (const unitId of lookup.figures.keys()) figures.set(unitId, cutoff.values.get(unitId) ?? new Map());
  const report: Lookup = { ...lookup, figures };
  reportCache.set(lookup, report);
  return report;
}
