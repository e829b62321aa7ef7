/**
 * Checks of each unit's tab: figures (assigned, present, non-negative, whole where the indicator
 * counts things), narratives (for assigned sections, present where required), footnotes,
 * placeholders and free-text citations in every text the unit wrote, and the spelling of the
 * place name. Also what a unit still has to fill in, which progress and reminders reuse.
 */
import type { Settings } from '../contract/tables';
import { findCitations, parseSymbol, symbolKey } from '../documents';
import { taskPool } from '../figures';
import { formatDateShort, formatNumber } from '../format';
import { makeFinding, type Finding, type Where } from '../findings';
import { segmentText, type Placeholder, type Term } from '../report/placeholders';
import { stripDiacritics, toneKey } from '../text';
import { cellOf, type RowRef, type UnitSheet } from '../workbook/model';
import { unitsInScope, type Lookup } from '../workbook/lookup';
import { checkDuplicates } from './config-checks';

const at = (ref: RowRef, field: string, unitId: string): Where => ({ tab: ref.tab, cell: cellOf(ref, field), unitId });

/** Sections a unit must write and indicators it must report, from the outline and indicators tabs. */
export function assignmentsOf(lookup: Lookup, unitId: string): { sections: string[]; indicators: string[] } {
  const sections = [...lookup.writersOf.entries()].filter(([, ids]) => ids.includes(unitId)).map(([id]) => id);
  const indicators = [...lookup.reportersOf.entries()].filter(([, ids]) => ids.includes(unitId)).map(([code]) => code);
  return { sections, indicators };
}

export interface MissingPart {
  /** `unit`: a child report's own unit not yet submitted (roll-up); `id` and `label` are that unit's. */
  readonly kind: 'figure' | 'text' | 'unit';
  readonly id: string;
  readonly label: string;
  readonly where: Where;
}

/** What a unit still has to fill in: assigned figures left blank, required sections left empty. */
export function missingParts(lookup: Lookup, sheet: UnitSheet): MissingPart[] {
  const unitId = sheet.unitId;
  const missing: MissingPart[] = [];
  const { sections, indicators } = assignmentsOf(lookup, unitId);
  const blockWhere = (key: string): Where => ({ tab: sheet.tab, cell: sheet.blockCells[key] ?? null, unitId });
  for (const code of indicators) {
    const figure = sheet.figures.find((f) => f.code === code);
    if (figure !== undefined && (figure.value !== null || figure.at.bad.includes('value'))) continue;
    const label = lookup.indicatorsByCode.get(code)?.label ?? code;
    missing.push({
      kind: 'figure',
      id: code,
      label,
      where: figure ? at(figure.at, 'value', unitId) : blockWhere('figures'),
    });
  }
  for (const sectionId of sections) {
    const section = lookup.sectionsById.get(sectionId);
    if (section === undefined || section.textRequired === false) continue;
    const rows = sheet.narratives.filter((n) => n.section === sectionId);
    if (rows.some((n) => n.text !== null && n.text.trim() !== '')) continue;
    const first = rows[0];
    missing.push({
      kind: 'text',
      id: sectionId,
      label: section.title,
      where: first ? at(first.at, 'text', unitId) : blockWhere('narratives'),
    });
  }
  return missing;
}

function checkFigures(lookup: Lookup, sheet: UnitSheet, assigned: ReadonlySet<string>): Finding[] {
  const unitId = sheet.unitId;
  const findings = checkDuplicates(sheet.figures, 'code', 'Mã chỉ tiêu', (f) => f.code, unitId);
  for (const figure of sheet.figures) {
    const indicator = lookup.indicatorsByCode.get(figure.code);
    if (indicator === undefined) {
      findings.push(makeFinding('UNKNOWN_INDICATOR', at(figure.at, 'code', unitId), { value: figure.code }));
      continue;
    }
    if (!assigned.has(figure.code) && figure.value !== null) {
      findings.push(makeFinding('INDICATOR_NOT_ASSIGNED', at(figure.at, 'code', unitId), { code: figure.code }));
    }
    if (figure.value === null) continue;
    const value = formatNumber(figure.value, { zeroPad: false }, 6);
    if (figure.value < 0) {
      findings.push(makeFinding('NEGATIVE_NUMBER', at(figure.at, 'value', unitId), { label: indicator.label, value }));
    }
    if (indicator.numberKind === 'integer' && !Number.isInteger(figure.value)) {
      findings.push(makeFinding('NOT_AN_INTEGER', at(figure.at, 'value', unitId), { label: indicator.label, value }));
    }
  }
  return findings;
}

function checkNarratives(lookup: Lookup, sheet: UnitSheet, assigned: ReadonlySet<string>): Finding[] {
  const unitId = sheet.unitId;
  const findings: Finding[] = [];
  for (const narrative of sheet.narratives) {
    if (narrative.at.bad.includes('section')) continue;
    if (!lookup.sectionsById.has(narrative.section)) {
      findings.push(makeFinding('UNKNOWN_SECTION', at(narrative.at, 'section', unitId), { value: narrative.section }));
    } else if (!assigned.has(narrative.section) && narrative.text !== null) {
      findings.push(makeFinding('SECTION_NOT_ASSIGNED', at(narrative.at, 'section', unitId), { section: narrative.section }));
    }
  }
  return findings;
}

/** A text cell somewhere in the workbook, with who wrote it and whether it is a footnote. */
export interface TextCell {
  readonly text: string;
  readonly where: Where;
  readonly unitId: string | null;
  readonly inFootnote: boolean;
}

function termProblems(term: Term, lookup: Lookup, where: Where): Finding[] {
  if (term.type === 'unitCount') {
    return lookup.groups.has(toneKey(term.group)) ? [] : [makeFinding('UNKNOWN_GROUP', where, { group: term.group })];
  }
  const findings: Finding[] = [];
  if (!lookup.indicatorsByCode.has(term.code)) findings.push(makeFinding('UNKNOWN_INDICATOR', where, { value: term.code }));
  if (term.scope !== null && unitsInScope(lookup, term.scope) === null) {
    findings.push(makeFinding('UNKNOWN_UNIT', where, { label: 'mã chèn', value: term.scope }));
  }
  return findings;
}

function placeholderProblems(p: Placeholder, cell: TextCell, lookup: Lookup, token: string): Finding[] {
  const where = cell.where;
  switch (p.kind) {
    case 'figure':
      return termProblems(p.term, lookup, where);
    case 'ratio':
    case 'percent':
      return [...termProblems(p.part, lookup, where), ...termProblems(p.whole, lookup, where)];
    case 'tasks': {
      const scoped = p.scope === null ? null : unitsInScope(lookup, p.scope);
      if (p.scope !== null && scoped === null) {
        return [makeFinding('UNKNOWN_UNIT', where, { label: 'mã chèn', value: p.scope })];
      }
      const pool = taskPool(lookup, scoped, cell.unitId, p.group);
      return pool.some((t) => t.group === p.group) ? [] : [makeFinding('UNKNOWN_TASK_GROUP', where, { group: p.group })];
    }
    case 'document':
      return lookup.documentsById.has(p.id) ? [] : [makeFinding('UNKNOWN_DOCUMENT', where, { value: p.id })];
    case 'footnote': {
      if (cell.inFootnote) return [makeFinding('PLACEHOLDER_SYNTAX', where, { token })];
      const owner = p.unit ?? cell.unitId;
      const sheet = owner === null ? undefined : lookup.sheet(owner);
      return sheet?.footnotes.some((f) => f.id === p.id) ? [] : [makeFinding('UNKNOWN_FOOTNOTE', where, { id: p.id })];
    }
    case 'unitText':
      if (cell.inFootnote) return [makeFinding('PLACEHOLDER_SYNTAX', where, { token })];
      if (p.unit === cell.unitId) return [makeFinding('UNIT_TEXT_CYCLE', where, { token, chain: `${p.unit} → ${p.unit}` })];
      return lookup.unitsById.has(p.unit) ? [] : [makeFinding('UNKNOWN_UNIT', where, { label: 'mã chèn', value: p.unit })];
  }
}

/** Placeholder syntax and references in one text cell. */
export function checkPlaceholders(cell: TextCell, lookup: Lookup): Finding[] {
  const findings: Finding[] = [];
  for (const segment of segmentText(cell.text)) {
    if (segment.type === 'invalid') {
      findings.push(
        segment.problem === 'kind'
          ? makeFinding('UNKNOWN_PLACEHOLDER', cell.where, { token: segment.token, kind: segment.kind })
          : makeFinding('PLACEHOLDER_SYNTAX', cell.where, { token: segment.token }),
      );
    } else if (segment.type === 'placeholder') {
      findings.push(...placeholderProblems(segment.placeholder, cell, lookup, segment.token));
    }
  }
  return findings;
}

/** Free-text citations ("Quyết định số 529-QĐ/TU ngày …") checked against the registry. */
export function checkCitations(cell: TextCell, lookup: Lookup): Finding[] {
  const findings: Finding[] = [];
  const registry = [...lookup.documentsById.values()];
  for (const citation of findCitations(cell.text)) {
    const key = symbolKey(citation.symbol);
    const exact = registry.find((d) => symbolKey(d.numberSymbol) === key);
    if (exact !== undefined) {
      if (citation.date !== null && exact.issuedOn !== null && exact.issuedOn !== citation.date) {
        findings.push(
          makeFinding('CITATION_DATE_MISMATCH', cell.where, {
            citation: citation.text,
            written: formatDateShort(citation.date),
            registered: formatDateShort(exact.issuedOn),
          }),
        );
      }
      continue;
    }
    const parsed = parseSymbol(citation.symbol);
    const near =
      parsed === null
        ? undefined
        : registry.find((d) => {
            const other = parseSymbol(d.numberSymbol);
            return (
              other !== null &&
              other.number === parsed.number &&
              other.abbreviation.toUpperCase() === parsed.abbreviation.toUpperCase() &&
              other.system === parsed.system
            );
          });
    if (near !== undefined) {
      const date = near.issuedOn === null ? '' : ` ngày ${formatDateShort(near.issuedOn)}`;
      findings.push(
        makeFinding('CITATION_MISMATCH', cell.where, {
          citation: citation.text,
          registered: `${near.kind} số ${near.numberSymbol}${date} của ${near.issuer}`,
        }),
      );
    } else {
      findings.push(makeFinding('CITATION_NOT_IN_REGISTRY', cell.where, { citation: citation.text }));
    }
  }
  return findings;
}

/** "Chu Puh" where the settings say "Chư Pưh": same letters, different marks. */
export function checkPlaceName(cell: TextCell, place: string): Finding[] {
  const bare = stripDiacritics(place).toLowerCase();
  if (bare.length < 3) return [];
  const findings: Finding[] = [];
  const text = cell.text;
  const lowerBare = stripDiacritics(text).toLowerCase();
  let from = 0;
  const seen = new Set<string>();
  for (;;) {
    const index = lowerBare.indexOf(bare, from);
    if (index < 0) break;
    from = index + bare.length;
    const before = lowerBare[index - 1];
    const after = lowerBare[index + bare.length];
    if ((before !== undefined && /\p{L}/u.test(before)) || (after !== undefined && /\p{L}/u.test(after))) continue;
    // stripDiacritics keeps one code unit per NFC letter, so indexes line up with the NFC text.
    const found = text.normalize('NFC').slice(index, index + bare.length);
    if (toneKey(found) !== toneKey(place) && !seen.has(found)) {
      seen.add(found);
      findings.push(makeFinding('PLACE_NAME_VARIANT', cell.where, { found, place }));
    }
  }
  return findings;
}

/** Every text cell of a unit's tab that can hold placeholders and citations. */
export function textCellsOf(sheet: UnitSheet): TextCell[] {
  const cells: TextCell[] = [];
  for (const n of sheet.narratives) {
    if (n.text !== null) cells.push({ text: n.text, where: at(n.at, 'text', sheet.unitId), unitId: sheet.unitId, inFootnote: false });
  }
  for (const f of sheet.footnotes) {
    cells.push({ text: f.text, where: at(f.at, 'text', sheet.unitId), unitId: sheet.unitId, inFootnote: true });
  }
  return cells;
}

function checkFootnoteUse(lookup: Lookup): Finding[] {
  const findings: Finding[] = [];
  const used = new Map<string, Where>();
  for (const sheet of lookup.workbook.unitSheets.values()) {
    for (const cell of textCellsOf(sheet)) {
      if (cell.inFootnote) continue;
      for (const segment of segmentText(cell.text)) {
        if (segment.type !== 'placeholder' || segment.placeholder.kind !== 'footnote') continue;
        const key = `${segment.placeholder.unit ?? sheet.unitId}/${segment.placeholder.id}`;
        const first = used.get(key);
        if (first !== undefined) {
          findings.push(
            makeFinding('FOOTNOTE_REUSED', cell.where, { id: segment.placeholder.id, first: `'${first.tab ?? ''}'!${first.cell ?? ''}` }),
          );
        } else used.set(key, cell.where);
      }
    }
  }
  for (const sheet of lookup.workbook.unitSheets.values()) {
    for (const footnote of sheet.footnotes) {
      if (!used.has(`${sheet.unitId}/${footnote.id}`)) {
        findings.push(makeFinding('FOOTNOTE_UNUSED', at(footnote.at, 'id', sheet.unitId), { id: footnote.id }));
      }
    }
  }
  return findings;
}

/** All checks of the unit tabs, plus texts in the settings tab (the summary). */
export function checkUnitSheets(lookup: Lookup): Finding[] {
  const findings: Finding[] = [];
  const settings: Settings | null = lookup.workbook.settings;
  const texts: TextCell[] = [];
  if (settings !== null) {
    texts.push({
      text: settings.summary,
      where: { tab: 'Thiết lập', cell: lookup.workbook.settingsCells.summary ?? null },
      unitId: settings.secretariatUnit,
      inFootnote: false,
    });
  }
  for (const sheet of lookup.workbook.unitSheets.values()) {
    const { sections, indicators } = assignmentsOf(lookup, sheet.unitId);
    findings.push(...checkFigures(lookup, sheet, new Set(indicators)));
    findings.push(...checkNarratives(lookup, sheet, new Set(sections)));
    findings.push(...checkDuplicates(sheet.footnotes, 'id', 'Mã chú thích', (f) => f.id, sheet.unitId));
    if (sheet.blank !== true && isEmptySheet(sheet) && hasAssignments(lookup, sheet.unitId)) {
      const name = lookup.unitsById.get(sheet.unitId)?.name ?? sheet.unitId;
      findings.push(makeFinding('UNIT_TAB_EMPTY', { tab: sheet.tab, cell: firstBlockCell(sheet), unitId: sheet.unitId }, { unit: name }));
    }
    for (const part of missingParts(lookup, sheet)) {
      findings.push(
        part.kind === 'figure'
          ? makeFinding('MISSING_FIGURE', part.where, { code: part.id, label: part.label })
          : makeFinding('MISSING_TEXT', part.where, { section: part.id, title: part.label }),
      );
    }
    texts.push(...textCellsOf(sheet));
  }
  for (const cell of texts) {
    findings.push(...checkPlaceholders(cell, lookup));
    findings.push(...checkCitations(cell, lookup));
    if (settings !== null) findings.push(...checkPlaceName(cell, settings.place));
  }
  findings.push(...checkFootnoteUse(lookup));
  const sheets = [...lookup.workbook.unitSheets.values()];
  if (sheets.length > 0 && sheets.every(isEmptySheet)) findings.push(makeFinding('NO_UNIT_DATA', { tab: null, cell: null }, {}));
  return findings;
}

/** Nothing typed anywhere in the tab: no task, no figure value, no text, no footnote, no document. */
export function isEmptySheet(sheet: UnitSheet): boolean {
  return (
    sheet.tasks.length === 0 &&
    sheet.figures.every((f) => f.value === null && !f.at.bad.includes('value')) &&
    sheet.narratives.every((n) => n.text === null || n.text.trim() === '') &&
    sheet.footnotes.length === 0 &&
    sheet.documents.length === 0
  );
}

function hasAssignments(lookup: Lookup, unitId: string): boolean {
  const { sections, indicators } = assignmentsOf(lookup, unitId);
  return sections.length > 0 || indicators.length > 0;
}

function firstBlockCell(sheet: UnitSheet): string | null {
  return sheet.blockCells['tasks'] ?? Object.values(sheet.blockCells)[0] ?? null;
}

