/**
 * Behaviour of the rows a period leaves in the history tab for the next one: every expected
 * unit's figures and a total per indicator, from the figures the report uses, blanks kept blank;
 * read back by the next period exactly as the figures were.
 */
import { periodHistoryRows } from '../../../src/domain/periods/history-rows';
import { historyValue, storedPeriods } from '../../../src/domain/periods/history';
import { validateWorkbook } from '../../../src/domain/validate/validate';
import type { WorkbookData } from '../../../src/domain/workbook/data';
import { MONTHLY_FIGURES, monthlyWorkbook } from '../../support/monthly-workbook';
import { rawOf } from '../../support/raw';

const lookupOf = (data: WorkbookData) => validateWorkbook(rawOf(data)).lookup;

describe('the history a period leaves for the next', () => {
  it('holds every expected unit’s figures and a total per indicator, read back as they were', () => {
    const february = lookupOf(monthlyWorkbook('2026-02'));
    const rows = periodHistoryRows(february);
    expect(rows.filter((r) => r.unitId === 'CB_AP3').map((r) => [r.code, r.value])).toEqual([
      ['DV_TONG', MONTHLY_FIGURES['2026-02'].CB_AP3?.DV_TONG],
      ['DV_MOI', MONTHLY_FIGURES['2026-02'].CB_AP3?.DV_MOI],
    ]);
    expect(rows.filter((r) => r.unitId === null).map((r) => [r.code, r.value])).toEqual([
      ['DV_TONG', 61 + 58 + 31],
      ['DV_MOI', 1 + 1 + 3],
      ['DON_NHAN', 112],
      ['DON_GQ', 112],
      ['DON_DANG', 0],
    ]);
    expect(new Set(rows.map((r) => `${r.periodKey}|${r.periodName}|${r.periodFrom}|${r.periodTo}|${r.source}`))).toEqual(new Set(['2026-02|tháng 02 năm 2026|2026-02-01|2026-02-28|final']));

    const march = lookupOf(monthlyWorkbook('2026-03', { history: rows }));
    const [stored] = storedPeriods(march.workbook);
    expect(stored).toMatchObject({ key: '2026-02', name: 'tháng 02 năm 2026' });
    expect(historyValue(march, 'DV_MOI', stored!, ['CB_AP1', 'CB_AP2', 'CB_AP3'])).toEqual({ ok: true, value: 5 });
    expect(historyValue(march, 'DON_DANG', stored!)).toEqual({ ok: true, value: 0 });
  });

  it('leaves out units outside the period, and takes the snapshot when the report uses it', () => {
    const data = monthlyWorkbook('2026-03');
    const cutoff = [{ time: '2026-03-31T17:00', by: 'vp', unitId: 'MTTQ', code: 'DON_NHAN', value: 120 }];
    const rows = periodHistoryRows(lookupOf({ ...data, cutoff }));
    expect(rows.some((r) => r.unitId === 'CB_AP3')).toBe(false);
    expect(rows.find((r) => r.unitId === 'MTTQ' && r.code === 'DON_NHAN')).toMatchObject({ value: 120, source: 'snapshot' });
    // The snapshot had no other figure of the Mặt trận: blank then, so blank here, and its total blank too.
    expect(rows.find((r) => r.unitId === 'MTTQ' && r.code === 'DON_GQ')?.value).toBeNull();
    expect(rows.find((r) => r.unitId === null && r.code === 'DON_GQ')?.value).toBeNull();
  });

  it('writes nothing for a workbook without a period', () => {
    const data = monthlyWorkbook('2026-03');
    expect(periodHistoryRows(lookupOf({ ...data, settings: { ...data.settings, periodTo: '2026-04-30' } }))).toEqual([]);
  });
});
