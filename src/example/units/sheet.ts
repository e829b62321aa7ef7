/**
 * Small builders for the example's unit tabs, so that each unit file reads like what its clerk
 * typed: figures as code → value, paragraphs per section, footnotes and documents as rows.
 */
import type { DocumentRecord, Footnote, TaskDraft } from '../../domain/contract/tables';
import type { FigureData, NarrativeData, UnitSheetData } from '../../domain/workbook/data';

export interface SheetParts {
  readonly tasks?: ReadonlyArray<TaskDraft>;
  readonly figures?: Readonly<Record<string, number>>;
  readonly narratives?: ReadonlyArray<NarrativeData>;
  readonly footnotes?: Readonly<Record<string, string>>;
  readonly documents?: ReadonlyArray<DocumentRecord>;
}

export function sheet(parts: SheetParts): UnitSheetData {
  const figures: FigureData[] = Object.entries(parts.figures ?? {}).map(([code, value]) => ({ code, value }));
  const footnotes: Footnote[] = Object.entries(parts.footnotes ?? {}).map(([id, text]) => ({ id, text }));
  return {
    tasks: parts.tasks ?? [],
    figures,
    narratives: parts.narratives ?? [],
    footnotes,
    documents: parts.documents ?? [],
  };
}

/** One narrative row per paragraph of a section. */
export function paragraphs(section: string, ...texts: string[]): NarrativeData[] {
  return texts.map((text) => ({ section, text }));
}
