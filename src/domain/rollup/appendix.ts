/**
 * The appendix (phụ lục số liệu) at the end of a report, laid out as official appendices are: on
 * a new page after the signature, "PHỤ LỤC", "(Kèm theo Báo cáo số … ngày …)", the title, then a
 * table with STT, Đơn vị and one column per chosen indicator (with its measure), one row per
 * child report (or per unit of "Phụ lục: đơn vị"), and a "Tổng cộng" row computed exactly as the
 * report computes totals. A value that is not available is "[?]" with a finding.
 */
import type { Settings } from '../contract/tables';
import { aggregateFigure } from '../figures';
import { makeFinding, type Finding } from '../findings';
import { formatDateShort, formatNumber } from '../format';
import type { Block, Paragraph, ParagraphStyle, Table } from '../report/model';
import type { DocumentProfile } from '../report/profiles';
import { resolveUnitRefs, type Lookup } from '../workbook/lookup';

export const APPENDIX_HEADING = 'PHỤ LỤC';
export const APPENDIX_TOTAL = 'Tổng cộng';
const UNAVAILABLE = '[?]';
const NOT_REPORTED = '-';

/** The units with a row: those named by "Phụ lục: đơn vị", else every child report, else every unit reporting a chosen indicator. */
export function appendixUnits(lookup: Lookup, codes: ReadonlyArray<string>): string[] {
  const settings = lookup.workbook.settings;
  const named = settings?.appendixUnits ?? [];
  if (named.length > 0) return resolveUnitRefs(named, lookup.unitsById, lookup.groups).ids;
  const children = [...lookup.unitsById.keys()].filter((id) => lookup.children.has(id));
  if (children.length > 0) return children;
  return [...lookup.unitsById.keys()].filter((id) => codes.some((code) => (lookup.reportersOf.get(code) ?? []).includes(id)));
}

/** "(Kèm theo Báo cáo số 350-BC/TU ngày 20/4/2026)", with "…" for what is not assigned yet. */
export function attachmentLine(settings: Settings, profile: DocumentProfile): string {
  const type = settings.documentType.trim().toLocaleLowerCase('vi');
  const kind = type.charAt(0).toLocaleUpperCase('vi') + type.slice(1);
  const number = settings.documentNumber === null || settings.documentNumber.trim() === '' ? '…' : settings.documentNumber.trim();
  const date = settings.documentDate === null ? '…' : formatDateShort(settings.documentDate);
  return `(Kèm theo ${kind} số ${number}${profile.number.separator}${settings.documentSymbol} ngày ${date})`;
}

function cellValue(value: number, numberKind: string): string {
  return numberKind === 'integer' && Number.isInteger(value) ? formatNumber(value, { zeroPad: false }) : formatNumber(value, { zeroPad: false }, 2);
}

/** The appendix blocks (none when no indicator is chosen) and the findings about values left "[?]". */
export function appendixBlocks(lookup: Lookup, settings: Settings, profile: DocumentProfile): { blocks: Block[]; findings: Finding[] } {
  const codes = (settings.appendixIndicators ?? []).map((c) => c.toUpperCase()).filter((c) => lookup.indicatorsByCode.has(c));
  if (codes.length === 0) return { blocks: [], findings: [] };
  const where = { tab: 'Thiết lập', cell: lookup.workbook.settingsCells.appendixIndicators ?? null };
  const units = appendixUnits(lookup, codes);
  if (units.length === 0) return { blocks: [], findings: [makeFinding('APPENDIX_NO_UNITS', where, {})] };

  const findings: Finding[] = [];
  const kindOf = (code: string) => lookup.indicatorsByCode.get(code)?.numberKind ?? 'integer';
  const rows: string[][] = units.map((unitId, i) => {
    const unavailable: string[] = [];
    const cells = codes.map((code) => {
      if (!(lookup.reportersOf.get(code) ?? []).includes(unitId)) return NOT_REPORTED;
      const value = lookup.figures.get(unitId)?.get(code) ?? null;
      if (value === null) {
        unavailable.push(code);
        return UNAVAILABLE;
      }
      return cellValue(value, kindOf(code));
    });
    const name = lookup.unitsById.get(unitId)?.name ?? unitId;
    if (unavailable.length > 0) findings.push(makeFinding('APPENDIX_VALUE_UNAVAILABLE', where, { unit: name, code: unavailable.join(', ') }));
    return [String(i + 1), name, ...cells];
  });
  const totals = codes.map((code) => {
    const total = aggregateFigure(lookup, code, units);
    if (total.units.length === 0) return NOT_REPORTED;
    return total.value === null ? UNAVAILABLE : cellValue(total.value, kindOf(code));
  });
  rows.push(['', APPENDIX_TOTAL, ...totals]);

  const header = ['STT', 'Đơn vị', ...codes.map((code) => {
    const indicator = lookup.indicatorsByCode.get(code);
    const measure = indicator?.measure?.trim() ?? '';
    return measure === '' ? (indicator?.label ?? code) : `${indicator?.label ?? code} (${measure})`;
  })];
  const share = 0.6 / codes.length;
  const body = profile.body;
  const centred = (extra: Partial<ParagraphStyle>): ParagraphStyle => ({ size: body.size, align: 'center', spaceAfterPt: 0, lineSpacing: body.lineSpacing ?? 1, ...extra });
  const paragraph = (text: string, style: ParagraphStyle): Paragraph => ({ type: 'paragraph', role: 'appendix', runs: [{ type: 'text', text }], style });
  const table: Table = {
    type: 'table',
    header,
    rows,
    widths: [0.09, 0.31, ...codes.map(() => share)],
    style: { size: Math.min(13, body.size), align: 'center', spaceAfterPt: 0, spaceBeforePt: 0, lineSpacing: 1 },
    columnAlign: ['center', 'left', ...codes.map(() => 'right' as const)],
    totalRow: true,
  };
  const title = (settings.appendixTitle ?? '').trim();
  return {
    blocks: [
      paragraph(APPENDIX_HEADING, centred({ bold: true, pageBreakBefore: true, keepWithNext: true })),
      paragraph(attachmentLine(settings, profile), centred({ italic: true, keepWithNext: true })),
      ...(title === '' ? [] : [paragraph(title.toLocaleUpperCase('vi'), centred({ bold: true, keepWithNext: true, spaceBeforePt: 6, spaceAfterPt: 12 }))]),
      table,
    ],
    findings,
  };
}
