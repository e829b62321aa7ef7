/**
 * Checks of the units tab's sources (roll-up): a source without a kind or a kind without a source,
 * a source that is neither a Google Sheets link nor an .xlsx path, an absolute path, a source that
 * is this workbook, one child report declared for two units, one workbook used both as a shard
 * and as a child, a child unit with a tab, sections given to child units to write; and, for shard
 * units, a shard that was not or could not be read. Every finding sits on the unit's row.
 */
import { SOURCE_KINDS, type Unit } from '../contract/tables';
import { makeFinding, type Finding, type Where } from '../findings';
import { quoteForMessage } from '../text';
import type { Lookup } from '../workbook/lookup';
import { cellOf, type Located } from '../workbook/model';
import { declaredOrigin, isAbsolutePath, selfSourceKey, sourceForm } from './origins';
import type { SourceReads } from './sources';

const kindLabel = (kind: string): string => SOURCE_KINDS.find((k) => k.value === kind)?.label ?? kind;

function rowFindings(unit: Located<Unit>): Finding[] {
  const at = (field: string): Where => ({ tab: unit.at.tab, cell: cellOf(unit.at, field), unitId: unit.id });
  const source = unit.source?.trim() ?? '';
  const kind = unit.sourceKind ?? null;
  const findings: Finding[] = [];
  if (kind === 'child' && unit.tab !== '') findings.push(makeFinding('CHILD_WITH_TAB', at('tab'), { unit: unit.name, tab: unit.tab }));
  if (source === '') {
    if (kind === 'shard' || kind === 'child') findings.push(makeFinding('SOURCE_MISSING', at('source'), { unit: unit.name, kind: kindLabel(kind) }));
    return findings;
  }
  if (kind === 'tab') return [...findings, makeFinding('SOURCE_NOT_USED', at('source'), { unit: unit.name })];
  if (kind === null && !unit.at.bad.includes('sourceKind')) findings.push(makeFinding('SOURCE_KIND_MISSING', at('sourceKind'), { unit: unit.name }));
  const form = sourceForm(source);
  if (form === 'unknown') findings.push(makeFinding('SOURCE_UNRECOGNIZED', at('source'), { unit: unit.name, value: quoteForMessage(source, 80) }));
  if (form === 'path' && isAbsolutePath(source)) {
    findings.push(makeFinding('SOURCE_PATH_ABSOLUTE', at('source'), { unit: unit.name, value: quoteForMessage(source, 80) }));
  }
  return findings;
}

/** Findings across rows: this workbook itself, a child named twice, a shard that is also a child. */
function crossRowFindings(lookup: Lookup): Finding[] {
  const findings: Finding[] = [];
  const selfKey = selfSourceKey(lookup.workbook.settings?.spreadsheetUrl ?? null);
  const firstOfKey = new Map<string, { unit: Located<Unit>; kind: 'shard' | 'child' }>();
  for (const unit of lookup.unitsById.values()) {
    const origin = declaredOrigin(unit);
    if (origin.kind !== 'shard' && origin.kind !== 'child') continue;
    const where: Where = { tab: unit.at.tab, cell: cellOf(unit.at, 'source'), unitId: unit.id };
    if (origin.key === selfKey) {
      findings.push(makeFinding('SOURCE_IS_SELF', where, { unit: unit.name }));
      continue;
    }
    const first = firstOfKey.get(origin.key);
    if (first === undefined) firstOfKey.set(origin.key, { unit, kind: origin.kind });
    else if (first.kind !== origin.kind) {
      findings.push(makeFinding('SOURCE_KIND_CONFLICT', where, { unit: unit.name, other: first.unit.id, kind: kindLabel(first.kind) }));
    } else if (origin.kind === 'child') {
      findings.push(makeFinding('SOURCE_CHILD_REPEATED', where, { unit: unit.name, other: first.unit.id }));
    }
  }
  return findings;
}

/** Sections whose writers include child units: a child report sends figures, never text. */
function writerFindings(lookup: Lookup): Finding[] {
  const findings: Finding[] = [];
  for (const [sectionId, writers] of lookup.writersOf) {
    const children = writers.filter((id) => lookup.workbook.origins.get(id)?.kind === 'child');
    const section = lookup.sectionsById.get(sectionId);
    if (children.length === 0 || section === undefined) continue;
    const names = children.slice(0, 3).join(', ') + (children.length > 3 ? ` và ${children.length - 3} đơn vị khác` : '');
    findings.push(makeFinding('CHILD_CANNOT_WRITE', { tab: section.at.tab, cell: cellOf(section.at, 'writers') }, { section: sectionId, units: names }));
  }
  return findings;
}

/** A shard unit whose shard was not read, or could not be. */
function shardFindings(lookup: Lookup, reads: SourceReads): Finding[] {
  const findings: Finding[] = [];
  for (const unit of lookup.unitsById.values()) {
    const origin = lookup.workbook.origins.get(unit.id);
    if (origin?.kind !== 'shard') continue;
    const where: Where = { tab: unit.at.tab, cell: cellOf(unit.at, 'source'), unitId: unit.id };
    const content = reads.get(origin.key);
    const source = quoteForMessage(origin.source, 80);
    if (content?.kind === 'failed') findings.push(makeFinding('SOURCE_READ_FAILED', where, { unit: unit.name, source, detail: content.failure.detail }));
    else if (content?.kind !== 'shard') findings.push(makeFinding('SOURCE_NOT_READ', where, { unit: unit.name, source }));
  }
  return findings;
}

/** Every check of the units' sources. */
export function checkSources(lookup: Lookup, reads: SourceReads): Finding[] {
  return [...[...lookup.unitsById.values()].flatMap(rowFindings), ...crossRowFindings(lookup), ...writerFindings(lookup), ...shardFindings(lookup, reads)];
}
