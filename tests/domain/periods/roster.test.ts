/**
 * Behaviour of the roster over time: a unit outside its active dates for the report's period is
 * listed but not expected: no tab required, not a writer or reporter (so its figures are neither
 * required nor summed), not in its group's count, not counted in progress; inside them it is a
 * unit like any other. Inverted active dates are a finding on the unit's row.
 */
import { computeStatus } from '../../../src/domain/status';
import { unitActiveIn } from '../../../src/domain/periods/roster';
import { compileReport } from '../../../src/domain/report/compile';
import { plainText, type Paragraph } from '../../../src/domain/report/model';
import { validateWorkbook } from '../../../src/domain/validate/validate';
import type { WorkbookData } from '../../../src/domain/workbook/data';
import { CHI_BO, monthlyWorkbook } from '../../support/monthly-workbook';
import { toneKey } from '../../../src/domain/text';
import { rawOf, withoutTab } from '../../support/raw';

const check = (data: WorkbookData, drop: ReadonlyArray<string> = []) => {
  let raw = rawOf(data);
  for (const tab of drop) raw = withoutTab(raw, tab);
  const validation = validateWorkbook(raw);
  return { ...validation, status: computeStatus(validation.lookup, validation.findings) };
};

function withUnit(data: WorkbookData, id: string, change: Partial<WorkbookData['units'][number]>): WorkbookData {
  return { ...data, units: data.units.map((u) => (u.id === id ? { ...u, ...change } : u)) };
}

describe('a unit outside its active dates', () => {
  it('overlaps a period when any of its days falls in it, open ends included', () => {
    const march = { from: '2026-03-01', to: '2026-03-31' };
    expect(unitActiveIn({ activeFrom: null, activeTo: null }, march)).toBe(true);
    expect(unitActiveIn({ activeFrom: '2026-03-31', activeTo: null }, march)).toBe(true);
    expect(unitActiveIn({ activeFrom: null, activeTo: '2026-03-01' }, march)).toBe(true);
    expect(unitActiveIn({ activeFrom: null, activeTo: '2026-02-28' }, march)).toBe(false);
    expect(unitActiveIn({ activeFrom: '2026-04-01', activeTo: null }, march)).toBe(false);
    expect(unitActiveIn({ activeFrom: '2026-03-20', activeTo: '2026-03-10' }, march)).toBe(false);
    expect(unitActiveIn({ activeFrom: '2026-04-01', activeTo: null }, null)).toBe(true);
  });

  it('needs no tab, and is not a writer, a reporter or a member of its group in the period', () => {
    const { findings, lookup } = check(monthlyWorkbook('2026-03'), ['Ấp 3']);
    expect(findings.filter((f) => f.unitId === 'CB_AP3')).toEqual([]);
    expect(findings.filter((f) => f.code === 'MISSING_UNIT_TAB')).toEqual([]);
    expect(lookup.notExpected).toEqual(new Set(['CB_AP3']));
    expect(lookup.groups.get(toneKey(CHI_BO))).toEqual(['CB_AP1', 'CB_AP2']);
    expect(lookup.reportersOf.get('DV_TONG')).toEqual(['CB_AP1', 'CB_AP2']);
    expect(lookup.writersOf.get('I.2')).toEqual(['CB_AP1', 'CB_AP2']);
  });

  it('is still required, in its group and summed in a period it was active in', () => {
    const { findings, lookup } = check(monthlyWorkbook('2026-02'), ['Ấp 3']);
    expect(findings.filter((f) => f.code === 'MISSING_UNIT_TAB').map((f) => f.unitId)).toEqual(['CB_AP3']);
    expect(lookup.groups.get(toneKey(CHI_BO))).toEqual(['CB_AP1', 'CB_AP2', 'CB_AP3']);
  });

  it('is listed in progress but not counted, and its tab is not counted as missing', () => {
    const { status } = check(monthlyWorkbook('2026-03'), ['Ấp 3']);
    const ap3 = status.units.find((u) => u.unitId === 'CB_AP3');
    expect(ap3).toMatchObject({ expected: false, figures: { filled: 0, required: 0 }, texts: { filled: 0, required: 0 } });
    expect(status).toMatchObject({ expected: 4, notExpected: 1 });
    expect(status.units.map((u) => u.unitId)).toEqual(['VP', 'CB_AP1', 'CB_AP2', 'CB_AP3', 'MTTQ']);
  });

  it('is left out of a group count and a group sum in text', () => {
    const data = monthlyWorkbook('2026-03', { synthesis: ['{{TL:DV_MOI/#Chi bộ ấp}} · {{SL:DV_TONG@Chi bộ ấp}}'] });
    const model = compileReport(check(data).lookup).model;
    const synthesis = model?.blocks.filter((b): b is Paragraph => b.type === 'paragraph' && b.sectionId === 'I.1' && b.role === 'body');
    expect(synthesis?.map((p) => plainText(p.runs))).toEqual(['02/02 · 152']);
  });

  it('does not become expected by a tab kept from an earlier period, nor are its figures summed', () => {
    const data = monthlyWorkbook('2026-03');
    const kept = { ...data, sheets: { ...data.sheets, CB_AP3: { ...data.sheets['CB_AP3']!, figures: [{ code: 'DV_MOI', value: 7 }] } } };
    const { lookup, findings } = check(kept);
    expect(lookup.reportersOf.get('DV_MOI')).not.toContain('CB_AP3');
    expect(findings.filter((f) => f.unitId === 'CB_AP3').map((f) => f.code)).toEqual(['INDICATOR_NOT_ASSIGNED']);
  });

  it('is expected again when it is founded before the period ends', () => {
    const founded = withUnit(monthlyWorkbook('2026-03'), 'CB_AP3', { activeFrom: '2026-03-31', activeTo: null });
    expect(check(founded).lookup.groups.get(toneKey(CHI_BO))).toContain('CB_AP3');
    const later = withUnit(monthlyWorkbook('2026-03'), 'CB_AP3', { activeFrom: '2026-04-01', activeTo: null });
    expect(check(later).lookup.notExpected.has('CB_AP3')).toBe(true);
  });

  it('reports active dates that end before they start, on the end date of the unit row', () => {
    const inverted = withUnit(monthlyWorkbook('2026-03'), 'CB_AP1', { activeFrom: '2026-05-01', activeTo: '2026-01-31' });
    const found = check(inverted).findings.filter((f) => f.code === 'UNIT_ACTIVE_DATES_INVERTED');
    expect(found.map((f) => [f.severity, f.tab, f.unitId, f.message])).toEqual([
      ['error', 'Đơn vị', 'CB_AP1', 'Đơn vị "Chi bộ ấp 1" hoạt động đến ngày 31/01/2026, trước ngày bắt đầu hoạt động 01/05/2026. Hãy sửa lại ngày.'],
    ]);
  });

  it('names the group it belongs to even when every member has left', () => {
    const allGone = { ...monthlyWorkbook('2026-03'), units: monthlyWorkbook('2026-03').units.map((u) => (u.group === CHI_BO ? { ...u, activeTo: '2025-12-31' } : u)) };
    const { lookup, findings } = check(allGone);
    expect(lookup.groups.get(toneKey(CHI_BO))).toEqual([]);
    expect(findings.filter((f) => f.code === 'UNKNOWN_UNIT')).toEqual([]);
  });
});
