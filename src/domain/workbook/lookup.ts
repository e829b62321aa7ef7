/**
 * Lookups built once over a parsed workbook and shared by validation, progress, the report
 * compiler and the reminder planner: units by id and by group, who writes which section, who
 * reports which indicator, each unit's figures and tasks, and the document registry merged from
 * the "Văn bản" tab and the units' own cited documents.
 */
import type { DocumentRecord, Indicator, Section, Unit } from '../contract/tables';
import { toneKey } from '../text';
import type { ChildUnit } from '../rollup/children';
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
  /** Child units (roll-up) with what was read for them; their mapped totals are in `figures`. */
  readonly children: ReadonlyMap<string, ChildUnit>;
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
  const unitsById = new Map<string, Located<Unit>>();
  const groups = new Map<string, string[]>();
  for (const unit of workbook.units) {
    if (!unitsById.has(unit.id)) unitsById.set(unit.id, unit);
    if (unit.group !== null && unit.group !== '') {
      const key = toneKey(unit.group);
      const list = groups.get(key) ?? [];
      if (!list.includes(unit.id)) list.push(unit.id);
      groups.set(key, list);
    }
  }
  const sectionsById = new Map<string, Located<Section>>();
  const writersOf = new Map<string, string[]>();
  for (const section of workbook.sections) {
    if (sectionsById.has(section.id)) continue;
    sectionsById.set(section.id, section);
    writersOf.set(section.id, resolveUnitRefs(section.writers ?? [], unitsById, groups).ids);
  }
  const indicatorsByCode = new Map<string, Located<Indicator>>();
  const reportersOf = new Map<string, string[]>();
  for (const indicator of workbook.indicators) {
    if (indicatorsByCode.has(indicator.code)) continue;
    indicatorsByCode.set(indicator.code, indicator);
    reportersOf.set(indicator.code, resolveUnitRefs(indicator.reporters, unitsById, groups).ids);
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
    children: new Map(),
  };
}
