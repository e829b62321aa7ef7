/**
 * Use case "take the data cut-off" (chốt số liệu: the Sheets menu item, the daily trigger on or
 * after the cut-off date, `baocao cutoff` offline): the figures of every unit as they stand, one
 * row per unit and indicator it reports, with who took the snapshot and when, as the rows of the
 * "Chốt số liệu" tab. A blank figure is snapshotted blank, never as 0, so a figure typed later
 * reads as a change. Pure; the adapters write the tab.
 */
import type { CutoffRow } from '../domain/contract/tables';
import { CUTOFF_TAB } from '../domain/contract/tabs';
import { cutoffOf } from '../domain/cutoff';
import type { IsoDate, IsoDateTime } from '../domain/dates';
import { planTableTab, type TabPlan } from '../domain/workbook/layout';
import type { WorkbookCheck } from './check-workbook';

/** Every figure of every unit that reports it, in units-tab order then indicators-tab order. */
export function cutoffRows(check: WorkbookCheck, by: string, time: IsoDateTime): CutoffRow[] {
  const { lookup } = check;
  const codes = [...lookup.indicatorsByCode.keys()];
  const rows: CutoffRow[] = [];
  for (const unitId of lookup.unitsById.keys()) {
    for (const code of codes) {
      if (!(lookup.reportersOf.get(code) ?? []).includes(unitId)) continue;
      rows.push({ time, by, unitId, code, value: lookup.figures.get(unitId)?.get(code) ?? null });
    }
  }
  return rows;
}

/** The "Chốt số liệu" tab holding a snapshot. */
export function cutoffTab(rows: ReadonlyArray<CutoffRow>): TabPlan {
  return planTableTab(CUTOFF_TAB, rows, 'system');
}

/** Who took the snapshot there is, and when (the latest, src/domain/cutoff.ts); null when there is none. */
export function existingCutoff(check: WorkbookCheck): { readonly time: IsoDateTime; readonly by: string | null } | null {
  const cutoff = cutoffOf(check.workbook);
  return cutoff === null ? null : { time: cutoff.time, by: cutoff.by };
}

/** Whether the daily trigger should take the snapshot today: the cut-off date has come and nobody took one. */
export function cutoffDue(check: WorkbookCheck, today: IsoDate, tabExists: boolean): boolean {
  const date = check.workbook.settings?.cutoffDate ?? null;
  return date !== null && today >= date && !tabExists && check.workbook.cutoff.length === 0;
}
