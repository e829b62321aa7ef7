/**
 * Lookups built once over a parsed workbook and shared by validation, progress, the report
 * compiler and the reminder planner: units by id and by group, who writes which section, who
 * reports which indicator, each unit's figures and tasks, and the document registry merged from
 * the "Văn bản" tab and the units' own cited documents.
 */
import type { DocumentRecord, Indicator, Section, Unit } from '../contract/tables';
import { periodOf } from '../periods/of-settings';
import type { Period } from '../periods/period';
import { rosterSpan, unitsNotExpected } from '../periods/roster';
import { toneKey } from '../text';
import type { Located, ParsedWorkbook, UnitSheet } from './model';

export interface Lookup {
  readonly workbook: ParsedWorkbook;
  readonly unitsById: ReadonlyMap<string, Located<Unit>>;
  /** Group name (tone key) → unit ids, in the order of the units tab. */
  readonly groups: ReadonlyMap<string, ReadonlyArray<string>>;
  readonly sectionsById: ReadonlyMap<string, Located<Section>>;
  readonly indicatorsByCode: ReadonlyMap<string, Located<Indicator>>;
  /** Registry: the Văn bản tab first, then unit documents with new ids. */
  readonly documentsById: ReadonlyMap<string, Located<DocumentRecord>>;
  /** Section id → ids of the units that write it. */
  readonly writersOf: ReadonlyMap<string, ReadonlyArray<string>>;
  /** Indicator code → ids of the units that report it. */
  readonly reportersOf: ReadonlyMap<string, ReadonlyArray<string>>;
  /** Unit id → figure value by indicator code (null when blank or unreadable). */
  readonly figures: ReadonlyMap<string, ReadonlyMap<string, number | null>>;
  readonly sheet: (unitId: string) => UnitSheet | undefined;
  /** The report's period (null when the settings describe none; a finding says why). */
  readonly period: Period | null;
  /**
   * Units outside their active dates for the period: listed, but left out of groups, writers and
   * reporters, so nothing of theirs is required, counted or summed (src/domain/periods/roster.ts).
   */
  readonly notExpected: ReadonlySet<string>;
}

/** Resolves a list of unit ids and group names to unit ids; reports the tokens it cannot. */
export function resolveUnitRefs(
  tokens: ReadonlyArray<string>,
  unitsById: ReadonlyMap<string, unknown>,
  groups: ReadonlyMap<string, ReadonlyArray<string>>,
): { ids: string[]; unknown: string[] } {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const token of tokens) {
    const asId = token.toUpperCase();
    const group = groups.get(toneKey(token));
    if (unitsById.has(asId)) ids.push(asId);
    else if (group !== undefined) ids.push(...group);
    else unknown.push(token);
  }
  return { ids: [...new Set(ids)], unknown };
}

/**
 * The units an "@…" scope of a placeholder names: one unit by id, or every unit of a group; null
 * when it names neither. The same rule for {{SL}}, {{TL}}, {{PT}} and {{NV}}.
 */
export function unitsInScope(lookup: Pick<Lookup, 'unitsById' | 'groups'>, scope: string): ReadonlyArray<string> | null {
  if (lookup.unitsById.has(scope.toUpperCase())) return [scope.toUpperCase()];
  return lookup.groups.get(toneKey(scope)) ?? null;
}

export function buildLookup(workbook: ParsedWorkbook): Lookup {
  const notExpected = unitsNotExpected(workbook.units, rosterSpan(workbook.settings));
  const unitsById = new Map<string, Located<Unit>>();
  const groups = new Map<string, string[]>();
  for (const unit of workbook.units) {
    if (!unitsById.has(unit.id)) unitsById.set(unit.id, unit);
    if (unit.group !== null && unit.group !== '') {
      const key = toneKey(unit.group);
      const list = groups.get(key) ?? [];
      // A group whose units all left still exists (it is named in the outline), only empty.
      if (!list.includes(unit.id) && !notExpected.has(unit.id)) list.push(unit.id);
      groups.set(key, list);
    }
  }
  const expectedOnly = (ids: ReadonlyArray<string>): string[] => ids.filter((id) => !notExpected.has(id));
  const sectionsById = new Map<string, Located<Section>>();
  const writersOf = new Map<string, string[]>();
  for (const section of workbook.sections) {
    if (sectionsById.has(section.id)) continue;
    sectionsById.set(section.id, section);
    writersOf.set(section.id, expectedOnly(resolveUnitRefs(section.writers ?? [], unitsById, groups).ids));
  }
  const indicatorsByCode = new Map<string, Located<Indicator>>();
  const reportersOf = new Map<string, string[]>();
  for (const indicator of workbook.indicators) {
    if (indicatorsByCode.has(indicator.code)) continue;
    indicatorsByCode.set(indicator.code, indicator);
    reportersOf.set(indicator.code, expectedOnly(resolveUnitRefs(indicator.reporters, unitsById, groups).ids));
  }
  const documentsById = new Map<string, Located<DocumentRecord>>();
  for (const doc of workbook.documents) if (!documentsById.has(doc.id)) documentsById.set(doc.id, doc);
  for (const sheet of workbook.unitSheets.values()) {
    for (const doc of sheet.documents) if (!documentsById.has(doc.id)) documentsById.set(doc.id, doc);
  }
  const figures = new Map<string, Map<string, number | null>>();
  for (const sheet of workbook.unitSheets.values()) {
    const values = new Map<string, number | null>();
    for (const figure of sheet.figures) if (!values.has(figure.code)) values.set(figure.code, figure.value);
    figures.set(sheet.unitId, values);
  }
  return {
    workbook,
    unitsById,
    groups,
    sectionsById,
    indicatorsByCode,
    documentsById,
    writersOf,
    reportersOf,
    figures,
    sheet: (unitId) => workbook.unitSheets.get(unitId),
    period: periodOf(workbook.settings),
    notExpected,
  };
}
