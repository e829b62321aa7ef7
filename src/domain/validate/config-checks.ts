/**
 * Consistency checks over the secretariat's tabs: duplicate ids, references between tabs
 * (writers and reporters must be units or groups, the secretariat must be a unit), outline
 * numbering, tab names, the document registry (symbol format, symbol vs issuer, symbol vs kind),
 * and the rules between indicators, evaluated per unit and, where needed, over all units.
 */
import { TAB_NAME_FORBIDDEN, TAB_NAME_MAX } from '../contract/tabs';
import { contradictingIssuerCodes, ISSUER_CODES, kindMatchesAbbreviation, parseSymbol } from '../documents';
import { aggregateFigure, compare, parseRuleExpression, sideValue } from '../figures';
import { formatNumber } from '../format';
import { makeFinding, type Finding, type Where } from '../findings';
import { SECTION_ID_PATTERN, parentSectionId } from '../outline';
import { toneKey } from '../text';
import { cellOf, type Located, type RowRef } from '../workbook/model';
import { resolveUnitRefs, type Lookup } from '../workbook/lookup';
import type { DocumentRecord } from '../contract/tables';

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
    const key = toneKey(unit.tab);
    const other = tabs.get(key);
    if (other !== undefined && other.id !== unit.id) {
      findings.push(makeFinding('DUPLICATE_TAB', at(unit.at, 'tab', unit.id), { tab: unit.tab, unit: unit.id, other: other.id }));
    } else tabs.set(key, unit);
    if (unit.emails === null || unit.emails.length === 0) {
      findings.push(makeFinding('NO_EMAIL', at(unit.at, 'emails', unit.id), { unit: unit.name }));
    }
  }
  for (const unit of units) {
    if (lookup.groups.has(toneKey(unit.id))) {
      findings.push(makeFinding('AMBIGUOUS_GROUP', at(unit.at, 'id', unit.id), { value: unit.id }));
    }
  }
  return findings;
}

function checkUnitRefs(ref: RowRef, field: string, tokens: ReadonlyArray<string> | null, label: string, lookup: Lookup): Finding[] {
  const { unknown } = resolveUnitRefs(tokens ?? [], lookup.unitsById, lookup.groups);
  return unknown.map((value) => makeFinding('UNKNOWN_UNIT', at(ref, field), { label, value }));
}

function checkOutline(lookup: Lookup): Finding[] {
  const { sections } = lookup.workbook;
  const findings = checkDuplicates(sections, 'id', 'Mã mục', (s) => s.id);
  const seen = new Set<string>();
  for (const section of sections) {
    if (!SECTION_ID_PATTERN.test(section.id)) {
      findings.push(makeFinding('INVALID_SECTION_ID', at(section.at, 'id'), { value: section.id }));
    } else {
      const parent = parentSectionId(section.id);
      if (parent !== null && !seen.has(parent)) {
        findings.push(makeFinding('MISSING_PARENT_SECTION', at(section.at, 'id'), { value: section.id, parent }));
      }
    }
    seen.add(section.id);
    findings.push(...checkUnitRefs(section.at, 'writers', section.writers, 'Đơn vị viết', lookup));
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

function fmt(value: number): string {
  return formatNumber(value, { zeroPad: false }, 6);
}

function checkRules(lookup: Lookup): Finding[] {
  const { rules } = lookup.workbook;
  const findings = checkDuplicates(rules, 'id', 'Mã ràng buộc', (r) => r.id);
  for (const rule of rules) {
    const expression = parseRuleExpression(rule.expression);
    if (expression === null) {
      findings.push(makeFinding('RULE_SYNTAX', at(rule.at, 'expression'), { expression: rule.expression }));
      continue;
    }
    const codes = [...expression.left.codes, ...expression.right.codes];
    const unknown = codes.filter((c) => !lookup.indicatorsByCode.has(c));
    for (const value of unknown) findings.push(makeFinding('UNKNOWN_INDICATOR', at(rule.at, 'expression'), { value }));
    if (unknown.length > 0) continue;

    const severity = rule.severity;
    const description = rule.description ?? '';
    const reporterSets = codes.map((c) => [...(lookup.reportersOf.get(c) ?? [])].sort().join(','));
    const unitsWithAll = (lookup.reportersOf.get(codes[0] ?? '') ?? []).filter((unitId) =>
      codes.every((c) => (lookup.reportersOf.get(c) ?? []).includes(unitId)),
    );
    for (const unitId of unitsWithAll) {
      const values = lookup.figures.get(unitId);
      const sheet = lookup.sheet(unitId);
      if (values === undefined || sheet === undefined) continue;
      const valueOf = (code: string): number | null => values.get(code) ?? null;
      const left = sideValue(expression.left, valueOf);
      const right = sideValue(expression.right, valueOf);
      if (left === null || right === null || compare(left, expression.op, right)) continue;
      const anchorCode = expression.left.codes[0] ?? '';
      const figure = sheet.figures.find((f) => f.code === anchorCode);
      const unitName = lookup.unitsById.get(unitId)?.name ?? unitId;
      findings.push(
        makeFinding(
          'RULE_VIOLATED',
          { tab: sheet.tab, cell: figure ? cellOf(figure.at, 'value') : null, unitId },
          { expression: rule.expression, left: fmt(left), right: fmt(right), scope: `của ${unitName}`, description },
          severity,
        ),
      );
    }
    // Per-unit checks imply the total when every indicator has the same reporters; else check the total.
    if (new Set(reporterSets).size > 1) {
      const valueOf = (code: string): number | null => aggregateFigure(lookup, code).value;
      const left = sideValue(expression.left, valueOf);
      const right = sideValue(expression.right, valueOf);
      if (left !== null && right !== null && !compare(left, expression.op, right)) {
        findings.push(
          makeFinding(
            'RULE_VIOLATED',
            at(rule.at, 'expression'),
            { expression: rule.expression, left: fmt(left), right: fmt(right), scope: 'tổng các đơn vị', description },
            severity,
          ),
        );
      }
    }
  }
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
  if (settings.percentDecimals < 0 || settings.percentDecimals > 4) {
    findings.push(
      makeFinding('NUMBER_OUT_OF_RANGE', where('percentDecimals'), {
        label: 'Số chữ số thập phân của tỷ lệ %',
        value: String(settings.percentDecimals),
        min: 0,
        max: 4,
      }),
    );
  }
  if (settings.reminderHour !== null && (settings.reminderHour < 0 || settings.reminderHour > 23)) {
    findings.push(
      makeFinding('NUMBER_OUT_OF_RANGE', where('reminderHour'), {
        label: 'Giờ gửi nhắc việc',
        value: String(settings.reminderHour),
        min: 0,
        max: 23,
      }),
    );
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

