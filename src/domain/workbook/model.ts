/**
 * The parsed workbook: typed records (types inferred from the contract's zod schemas), each
 * remembering the tab and row it came from so that every later check can point at a cell.
 */
import { a1 } from '../cells';
import type {
  ChildCacheRow,
  CutoffRow,
  HistoryRow,
  IndicatorMapping,
  DocumentRecord,
  Figure,
  Footnote,
  Indicator,
  Narrative,
  Recipient,
  ReminderLogEntry,
  Rule,
  Section,
  Settings,
  Task,
  Unit,
} from '../contract/tables';
import type { UnitOrigin } from '../rollup/origins';

export interface RowRef {
  readonly tab: string;
  /** 1-based row in the tab. */
  readonly row: number;
  /** 1-based column of each field, as found from the header row. */
  readonly cols: Readonly<Record<string, number>>;
  /** Fields whose cell was filled but unreadable (already reported); later checks skip them. */
  readonly bad: ReadonlyArray<string>;
}

export type Located<T> = T & { readonly at: RowRef };

/** A1 reference of one field of a located record. */
export function cellOf(at: RowRef, field: string): string {
  return a1(at.row, at.cols[field] ?? 1);
}

export interface UnitSheet {
  readonly unitId: string;
  readonly tab: string;
  readonly tasks: ReadonlyArray<Located<Task>>;
  readonly figures: ReadonlyArray<Located<Figure>>;
  readonly narratives: ReadonlyArray<Located<Narrative>>;
  readonly footnotes: ReadonlyArray<Located<Footnote>>;
  readonly documents: ReadonlyArray<Located<DocumentRecord>>;
  /** Title cell of each block, for findings about a whole block ("figure row missing"). */
  readonly blockCells: Readonly<Record<string, string>>;
  /** The tab holds no cell at all (not even the block titles); already reported. */
  readonly blank?: boolean;
}

export interface ParsedWorkbook {
  /** Null when a required setting is missing or unreadable (reported as a finding). */
  readonly settings: Settings | null;
  /** A1 of each setting's value cell in the settings tab. */
  readonly settingsCells: Readonly<Partial<Record<keyof Settings, string>>>;
  readonly units: ReadonlyArray<Located<Unit>>;
  readonly sections: ReadonlyArray<Located<Section>>;
  readonly indicators: ReadonlyArray<Located<Indicator>>;
  readonly rules: ReadonlyArray<Located<Rule>>;
  readonly documents: ReadonlyArray<Located<DocumentRecord>>;
  readonly recipients: ReadonlyArray<Located<Recipient>>;
  /** Reminders already attempted (empty when the log tab does not exist yet). */
  readonly reminderLog: ReadonlyArray<Located<ReminderLogEntry>>;
  /** Child indicator → this report's indicator, when the codes differ (tab "Ánh xạ chỉ tiêu"). */
  readonly mappings: ReadonlyArray<Located<IndicatorMapping>>;
  /** Figures of earlier periods (tab "Số liệu các kỳ"), written when a period is created from the last. */
  readonly history: ReadonlyArray<Located<HistoryRow>>;
  /** The figures at the data cut-off (tab "Chốt số liệu"); empty until someone takes it. */
  readonly cutoff: ReadonlyArray<Located<CutoffRow>>;
  /** The last read of each child report (tab "Dữ liệu cấp dưới"). */
  readonly childCache: ReadonlyArray<Located<ChildCacheRow>>;
  /** Where each unit's data comes from (a tab here, a shard, a child report), by unit id. */
  readonly origins: ReadonlyMap<string, UnitOrigin>;
  /** Unit tabs that were found, by unit id. */
  readonly unitSheets: ReadonlyMap<string, UnitSheet>;
  /** Tab names in workbook order. */
  readonly tabNames: ReadonlyArray<string>;
}
