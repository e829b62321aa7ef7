/**
 * Workbook content as plain data, without cell positions: what the built-in example is written
 * in, what `init` lays out into tabs, and what tests build their workbooks from. The record types
 * are the contract's drafts (optional columns may be left out); unit tabs list only what a unit types.
 */
import type {
  CutoffRowDraft,
  DocumentRecordDraft,
  FootnoteDraft,
  HistoryRowDraft,
  IndicatorDraft,
  IndicatorMappingDraft,
  RecipientDraft,
  RuleDraft,
  SectionDraft,
  Settings,
  TaskDraft,
  UnitDraft,
} from '../contract/tables';

export interface FigureData {
  readonly code: string;
  readonly value: number | string | null;
  readonly note?: string | null;
}

export interface NarrativeData {
  readonly section: string;
  /** One paragraph (or several separated by a newline). */
  readonly text: string | null;
}

export interface UnitSheetData {
  readonly tasks: ReadonlyArray<TaskDraft>;
  /** Values may be strings in tests that exercise bad input ("mười hai"). */
  readonly figures: ReadonlyArray<FigureData>;
  readonly narratives: ReadonlyArray<NarrativeData>;
  readonly footnotes: ReadonlyArray<FootnoteDraft>;
  readonly documents: ReadonlyArray<DocumentRecordDraft>;
}

/** Settings may be incomplete in a blank template. */
export type SettingsData = { readonly [K in keyof Settings]?: Settings[K] | null };

export interface WorkbookData {
  readonly settings: SettingsData;
  readonly units: ReadonlyArray<UnitDraft>;
  readonly sections: ReadonlyArray<SectionDraft>;
  readonly indicators: ReadonlyArray<IndicatorDraft>;
  readonly rules: ReadonlyArray<RuleDraft>;
  readonly documents: ReadonlyArray<DocumentRecordDraft>;
  readonly recipients: ReadonlyArray<RecipientDraft>;
  /** Optional tables: indicator mappings for child reports, figures of earlier periods. */
  readonly mappings?: ReadonlyArray<IndicatorMappingDraft>;
  readonly history?: ReadonlyArray<HistoryRowDraft>;
  /** The data cut-off snapshot (tab "Chốt số liệu"), when one was taken. */
  readonly cutoff?: ReadonlyArray<CutoffRowDraft>;
  /** Unit tabs' content by unit id; a unit without an entry gets an empty tab. */
  readonly sheets: Readonly<Record<string, UnitSheetData>>;
}

export const EMPTY_SHEET: UnitSheetData = { tasks: [], figures: [], narratives: [], footnotes: [], documents: [] };
