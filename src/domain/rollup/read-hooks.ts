/**
 * What the workbook reader does differently for units whose data lives elsewhere: a child unit
 * may leave "Tên tab" blank (it has no tab anywhere), and a shard unit's tab is looked up in the
 * shard the adapters read. Kept here so the reader only calls in.
 */
import { UNIT_COLUMNS, type Unit } from '../contract/tables';
import type { ColumnMap } from '../contract/columns';
import type { TableTab } from '../contract/tabs';
import type { RawWorkbook } from '../cells';
import { makeFinding, type Finding } from '../findings';
import { cellOf, type Located } from '../workbook/model';
import type { SourceReads } from './sources';

/**
 * The units tab as the reader reads it: "Tên tab" blank reads as "" instead of making the row
 * unusable, so that a child unit (which has no tab) is a unit; `unitsWithTab` then reports and
 * drops every other row without a tab, exactly as before.
 */
const UNIT_READ_COLUMNS = { ...UNIT_COLUMNS, tab: { ...UNIT_COLUMNS.tab, fallback: '' } } as const satisfies ColumnMap;

export function readColumnsOf(def: TableTab): ColumnMap {
  return def.key === 'units' ? UNIT_READ_COLUMNS : def.columns;
}

/** Units rows with a tab, and child rows (which need none); a blank tab elsewhere is REQUIRED_MISSING. */
export function unitsWithTab(units: ReadonlyArray<Located<Unit>>, findings: Finding[]): Array<Located<Unit>> {
  const kept: Array<Located<Unit>> = [];
  for (const unit of units) {
    if (unit.tab !== '' || unit.sourceKind === 'child') {
      kept.push(unit);
      continue;
    }
    findings.push(makeFinding('REQUIRED_MISSING', { tab: unit.at.tab, cell: cellOf(unit.at, 'tab') }, { label: UNIT_COLUMNS.tab.label }));
  }
  return kept;
}

/** The shard workbook the adapters read for this key; null when not read or not a shard (./checks says why). */
export function shardOf(key: string, sources: SourceReads | undefined): RawWorkbook | null {
  const content = sources?.get(key);
  return content?.kind === 'shard' ? content.raw : null;
}

export function shardTabMissing(unit: Located<Unit>, source: string): Finding {
  return makeFinding(
    'SOURCE_TAB_MISSING',
    { tab: unit.at.tab, cell: cellOf(unit.at, 'tab'), unitId: unit.id },
    { unit: unit.name, tab: unit.tab, source },
  );
}
