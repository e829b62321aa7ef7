/**
 * Consistency checks over the secretariat's tabs: duplicate ids, references between tabs
 * (writers and reporters must be units or groups, the secretariat must be a unit), outline
 * numbering, tab names, the document registry (symbol format, symbol vs issuer, symbol vs kind),
 * and the rules between indicators, evaluated per unit and, where needed, over all units.
 */
import { TAB_NAME_FORBIDDEN, TAB_NAME_MAX } from '../contract/tabs';
import { contradictingIssuerCodes, ISSUER_CODES, kindMatchesAbbreviation, parseSymbol } from '../documents';
import { evaluateRules, violationFinding } from '../rules';
import { makeFinding, type Finding, type Where } from '../findings';
import { SECTION_ID_PATTERN, parentSectionId } from '../outline';
import { cellOf, type Located, type RowRef } from '../workbook/model';
import { resolveUnitRefs, type Lookup } from '../workbook/lookup';
import { SETTINGS_FIELDS, type DocumentRecord, type Section, type Settings } from '../contract/tables';
import { linkHostsText, safeLink } from '../links';
import { numberLine } from '../report/compile';
import { PROFILES } from '../report/profiles';
import { quoteForMessage, toneKey } from '../text';
import { tabIdentity } from '../rollup/origins';

const at = (ref: RowRef, field: string, unitId?: string): Where => ({
  tab: ref.tab,
  cell: cellOf(ref, field),
  ...(unitId !== undefined ? { unitId } : {}),
});

/** Reports every repeat of a key after its first occurrence. */
export function checkDuplicates<T extends { readonly at: RowRef }>(
  records: ReadonlyArray<T>,
  field: keyof T & string,
  label: string,
  keyOf: (record: T) => string | null,
  unitId?: string,
): Finding[] {
  const findings: Finding[] = [];
  const first = new Map<string, T>();
  for (const record of records) {
    const key = keyOf(record);
    if (key === null || key === '') continue;
    const previous = first.get(key);
    if (previous === undefined) {
      first.set(key, record);
      continue;
    }
    findings.push(
      makeFinding('DUPLICATE_ID', at(record.at, field, unitId), {
        label,
        value: String(record[field]),
        first: `'${previous.at.tab}'!${cellOf(previous.at, field)}`,
      }),
    );
  }
  return findings;
}

function checkUnits(lookup: Lookup): Finding[] {
  const { units } = lookup.workbook;
  const findings = [
    ...checkDuplicates(units, 'id', 'Mã đơn vị', (u) => u.id),
  ];
  const tabs = new Map<string, Located<(typeof units)[number]>>();
  for (const unit of units) {
    if (unit.tab.length > TAB_NAME_MAX || TAB_NAME_FORBIDDEN.test(unit.tab)) {
      findings.push(makeFinding('INVALID_TAB_NAME', at(unit.at, 'tab', unit.id), { tab: unit.tab }));
    }
    // Tabs of one workbook must differ; a child has no tab, and shards are other workbooks.
    const key = tabIdentity(unit, lookup.workbook.origins.get(unit.id));
    const other = key === null ? undefined : tabs.get(key);
    if (other !== undefined && other.id !== unit.id) {
      findings.push(makeFinding('DUPLICATE_TAB', at(unit.at, 'tab', unit.id), { tab: unit.tab, unit: unit.id, other: other.id }));
    } else if (key !== null) tabs.set(key, unit);
    // A child report's reminders go to its own secretariat, whose addresses come with its summary.
    if ((unit.emails === null || unit.emails.length === 0) && unit.sourceKind !== 'child') {
      findings.push(makeFinding('NO_EMAIL', at(unit.at, 'emails', unit.id), { unit: unit.name }));
    }
  }
  // A group named like a unit id: the mistake is where the group name was typed, so the finding
  // points at the first unit row carrying that group and names the unit whose id it collides with.
  for (const unit of units) {
    const key = toneKey(unit.id);
    if (!lookup.groups.has(key)) continue;
    const members = units.filter((u) => u.group !== null && toneKey(u.group) === key);
    const groupCells = members.map((u) => ({ tab: u.at.tab, cell: cellOf(u.at, 'group'), label: 'Nhóm', value: u.group ?? '' }));
    const idCell = { tab: unit.at.tab, cell: cellOf(unit.at, 'id'), label: 'Mã đơn vị', value: unit.id };
    const first = members[0];
    const where: Where = first === undefined ? at(unit.at, 'id', unit.id) : { ...at(first.at, 'group', first.id), cells: [...groupCells, idCell] };
    findings.push(makeFinding('AMBIGUOUS_GROUP', where, { value: unit.id }));
  }
  return findings;
}

function checkUnitRefs(ref: RowRef, field: string, tokens: ReadonlyArray<string> | null, label: string, lookup: Lookup): Finding[] {
  const { unknown } = resolveUnitRefs(tokens ?? [], lookup.unitsById, lookup.groups);
  return unknown.map((value) => makeFinding('UNKNOWN_UNIT', at(ref, field), { label, value }));
}

function checkOutline(lookup: Lookup): Finding[] {
  const { sections } = lookup.workbook;
  const findings: Finding[] = [];
  const first = new Map<string, Located<Section>>();
  const repeats: Array<Located<Section>> = [];
  const orphans: Array<{ section: Located<Section>; parent: string }> = [];
  for (const section of sections) {
    if (!SECTION_ID_PATTERN.test(section.id)) {
      findings.push(makeFinding('INVALID_SECTION_ID', at(section.at, 'id'), { value: section.id }));
    } else {
      const parent = parentSectionId(section.id);
      if (parent !== null && !first.has(parent)) orphans.push({ section, parent });
    }
    if (first.has(section.id)) repeats.push(section);
    else first.set(section.id, section);
    findings.push(...checkUnitRefs(section.at, 'writers', section.writers, 'Đơn vị viết', lookup));
  }
  // A row retyped with its parent's id ("II.2" written "II") is the one to fix: its former
  // children are orphans only because of it, so one finding on that row replaces theirs.
  const explained = new Map<Located<Section>, Array<{ section: Located<Section>; parent: string }>>();
  const repeated = new Set(repeats);
  for (const orphan of orphans) {
    // The row just above the missing parent's place: the nearest row that is not one of its children.
    const index = sections.indexOf(orphan.section);
    const above = sections
      .slice(0, index)
      .reverse()
      .find((s) => !s.id.startsWith(`${orphan.parent}.`));
    const culprit = above !== undefined && repeated.has(above) && above.id === parentSectionId(orphan.parent) ? above : undefined;
    if (culprit === undefined) {
      findings.push(makeFinding('MISSING_PARENT_SECTION', at(orphan.section.at, 'id'), { value: orphan.section.id, parent: orphan.parent }));
    } else explained.set(culprit, [...(explained.get(culprit) ?? []), orphan]);
  }
  for (const repeat of repeats) {
    const original = first.get(repeat.id);
    const firstCell = original === undefined ? '' : `'${original.at.tab}'!${cellOf(original.at, 'id')}`;
    const children = explained.get(repeat);
    if (children === undefined) {
      findings.push(makeFinding('DUPLICATE_ID', at(repeat.at, 'id'), { label: 'Mã mục', value: repeat.id, first: firstCell }));
      continue;
    }
    const ids = children.map((c) => c.section.id);
    const cells = [repeat, ...children.map((c) => c.section)].map((s) => ({ tab: s.at.tab, cell: cellOf(s.at, 'id'), label: 'Mã mục', value: s.id }));
    findings.push(
      makeFinding('SECTION_REPEATS_PARENT', { ...at(repeat.at, 'id'), cells }, {
        value: repeat.id,
        first: firstCell,
        missing: children[0]?.parent ?? '',
        children: ids.length === 1 ? `mục ${ids[0] ?? ''}` : `các mục ${ids.join(', ')}`,
      }),
    );
  }
  return findings;
}

function checkIndicators(lookup: Lookup): Finding[] {
  const { indicators } = lookup.workbook;
  const findings = checkDuplicates(indicators, 'code', 'Mã chỉ tiêu', (i) => i.code);
  for (const indicator of indicators) {
    findings.push(...checkUnitRefs(indicator.at, 'reporters', indicator.reporters, 'Đơn vị báo cáo', lookup));
  }
  return findings;
}

function checkRules(lookup: Lookup): Finding[] {
  const findings = checkDuplicates(lookup.workbook.rules, 'id', 'Mã ràng buộc', (r) => r.id);
  const evaluation = evaluateRules(lookup);
  findings.push(...evaluation.findings, ...evaluation.violations.map((v) => violationFinding(lookup, v)));
  return findings;
}

/** Symbol format, symbol vs issuing body, symbol vs kind, for one registry entry. */
export function checkDocument(doc: Located<DocumentRecord>, unitId?: string): Finding[] {
  if (doc.at.bad.includes('numberSymbol')) return [];
  const symbol = parseSymbol(doc.numberSymbol);
  if (symbol === null) return [makeFinding('INVALID_SYMBOL', at(doc.at, 'numberSymbol', unitId), { value: doc.numberSymbol })];
  const findings: Finding[] = [];
  for (const code of contradictingIssuerCodes(symbol, doc.issuer)) {
    findings.push(
      makeFinding('SYMBOL_ISSUER_MISMATCH', at(doc.at, 'issuer', unitId), {
        symbol: doc.numberSymbol,
        suffix: code,
        expected: ISSUER_CODES[code.toUpperCase()]?.name ?? code,
        issuer: doc.issuer,
      }),
    );
  }
  if (kindMatchesAbbreviation(doc.kind, symbol.abbreviation) === false) {
    findings.push(
      makeFinding('SYMBOL_KIND_MISMATCH', at(doc.at, 'kind', unitId), {
        symbol: doc.numberSymbol,
        abbreviation: symbol.abbreviation,
        kind: doc.kind,
      }),
    );
  }
  return findings;
}

function sameDocument(a: DocumentRecord, b: DocumentRecord): boolean {
  return (
    toneKey(a.kind) === toneKey(b.kind) &&
    a.numberSymbol.replace(/\s/g, '') === b.numberSymbol.replace(/\s/g, '') &&
    a.issuedOn === b.issuedOn &&
    toneKey(a.issuer) === toneKey(b.issuer)
  );
}

function checkDocuments(lookup: Lookup): Finding[] {
  const registry = lookup.workbook.documents;
  const findings = checkDuplicates(registry, 'id', 'Mã văn bản', (d) => d.id);
  for (const doc of registry) findings.push(...checkDocument(doc));
  for (const sheet of lookup.workbook.unitSheets.values()) {
    findings.push(...checkDuplicates(sheet.documents, 'id', 'Mã văn bản', (d) => d.id, sheet.unitId));
    for (const doc of sheet.documents) {
      findings.push(...checkDocument(doc, sheet.unitId));
      const registered = lookup.documentsById.get(doc.id);
      if (registered !== undefined && registered !== doc && !sameDocument(registered, doc)) {
        findings.push(
          makeFinding('DOCUMENT_CONFLICT', at(doc.at, 'id', sheet.unitId), {
            id: doc.id,
            first: `'${registered.at.tab}'!${cellOf(registered.at, 'id')}`,
          }),
        );
      }
    }
  }
  return findings;
}

function checkSettings(lookup: Lookup): Finding[] {
  const { settings, settingsCells } = lookup.workbook;
  if (settings === null) return [];
  const findings: Finding[] = [];
  const where = (field: keyof typeof settingsCells): Where => ({ tab: 'Thiết lập', cell: settingsCells[field] ?? null });
  if (!lookup.unitsById.has(settings.secretariatUnit)) {
    findings.push(makeFinding('UNKNOWN_UNIT', where('secretariatUnit'), { label: 'Đơn vị tổng hợp', value: settings.secretariatUnit }));
  }
  findings.push(...checkSymbolProfile(settings, where('documentSymbol')));
  if (settings.spreadsheetUrl !== null && settings.spreadsheetUrl !== '' && safeLink(settings.spreadsheetUrl) === null) {
    findings.push(makeFinding('UNSAFE_LINK', where('spreadsheetUrl'), { value: quoteForMessage(settings.spreadsheetUrl, 60), hosts: linkHostsText() }));
  }
  // Settings that name indicators or units must name ones that exist.
  for (const field of ['trendIndicators', 'appendixIndicators'] as const) {
    for (const code of settings[field] ?? []) {
      if (!lookup.indicatorsByCode.has(code.toUpperCase())) findings.push(makeFinding('UNKNOWN_INDICATOR', where(field), { value: quoteForMessage(code) }));
    }
  }
  const { unknown } = resolveUnitRefs(settings.appendixUnits ?? [], lookup.unitsById, lookup.groups);
  for (const value of unknown) {
    findings.push(makeFinding('UNKNOWN_UNIT', where('appendixUnits'), { label: SETTINGS_FIELDS.appendixUnits.label, value: quoteForMessage(value) }));
  }
  if (settings.reminderDaysBefore !== null && !/^\s*\d+(\s*[,;]\s*\d+)*\s*$/.test(settings.reminderDaysBefore)) {
    findings.push(
      makeFinding('NOT_A_NUMBER', where('reminderDaysBefore'), {
        label: 'Nhắc trước hạn (ngày)',
        value: settings.reminderDaysBefore,
      }),
    );
  }
  return findings;
}

/**
 * "Số: 45/BC/ĐU" under the State profile (or "Số 45-BC-UBND" under the Party one): the symbol is
 * written for the other system, and the number line would print a form neither system uses.
 */
function checkSymbolProfile(settings: Settings, where: Where): Finding[] {
  const symbol = settings.documentSymbol.trim();
  const asParty = parseSymbol(`1-${symbol}`);
  const asState = parseSymbol(`1/${symbol}`);
  const line = numberLine(settings, PROFILES[settings.profile]).trim();
  if (settings.profile === 'state' && asParty !== null && asState === null) {
    return [makeFinding('SYMBOL_PROFILE_MISMATCH', where, { symbol, form: 'Đảng', profile: 'Nhà nước', line, example: 'BC-UBND' })];
  }
  if (settings.profile === 'party' && asState !== null && asParty === null) {
    return [makeFinding('SYMBOL_PROFILE_MISMATCH', where, { symbol, form: 'Nhà nước', profile: 'Đảng', line, example: 'BC/HU' })];
  }
  return [];
}

/** All checks of the secretariat's tabs. */
export function checkConfiguration(lookup: Lookup): Finding[] {
  return [
    ...checkSettings(lookup),
    ...checkUnits(lookup),
    ...checkOutline(lookup),
    ...checkIndicators(lookup),
    ...checkRules(lookup),
    ...checkDocuments(lookup),
  ];
}

