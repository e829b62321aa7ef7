/**
 * Behaviour of the history tab as the core reads it: which periods it holds (with their stored
 * names), which stored period "kỳ trước" and "cùng kỳ" are for each type, and the value of an
 * indicator in an earlier period for the total, one unit or a group as it was then; a missing
 * period or an empty value is a typed problem, zero is a value.
 */
import type { HistoryRowDraft } from '../../../src/domain/contract/tables';
import { comparedPeriod, historyValue, storedPeriods } from '../../../src/domain/periods/history';
import { periodFromDates, type Period } from '../../../src/domain/periods/period';
import { validateWorkbook } from '../../../src/domain/validate/validate';
import type { WorkbookData } from '../../../src/domain/workbook/data';
import { historyBefore, MONTHLY_FIGURES, monthlyWorkbook } from '../../support/monthly-workbook';
import { rawOf } from '../../support/raw';

const lookupOf = (data: WorkbookData) => validateWorkbook(rawOf(data)).lookup;

function period(type: Period['type'], from: string, to: string, name?: string): Period {
  const result = periodFromDates(type, from, to, name);
  if (!result.ok) throw new Error(`not a period: ${from}..${to}`);
  return result.period;
}

const feb = period('month', '2026-02-01', '2026-02-28');
const march2025 = period('month', '2025-03-01', '2025-03-31');

describe('the history tab', () => {
  const lookup = lookupOf(monthlyWorkbook('2026-03'));

  it('lists the stored periods in time order, with the names their rows carry', () => {
    expect(storedPeriods(lookup.workbook).map((p) => [p.key, p.name, p.from, p.to])).toEqual([
      ['2025-03', 'tháng 3 năm 2025', '2025-03-01', '2025-03-31'],
      ['2026-01', 'tháng 01 năm 2026', '2026-01-01', '2026-01-31'],
      ['2026-02', 'tháng 02 năm 2026', '2026-02-01', '2026-02-28'],
    ]);
  });

  it('gives the total row, one unit, and a group counted as it was then (a unit merged since included)', () => {
    expect(historyValue(lookup, 'DON_NHAN', feb)).toEqual({ ok: true, value: MONTHLY_FIGURES['2026-02'].MTTQ?.DON_NHAN });
    expect(historyValue(lookup, 'DV_MOI', feb, ['CB_AP3'])).toEqual({ ok: true, value: 3 });
    // Chi bộ ấp 3 is not expected in March, yet its February figure belongs to February's total.
    expect(lookup.notExpected.has('CB_AP3')).toBe(true);
    expect(historyValue(lookup, 'DV_MOI', feb, ['CB_AP1', 'CB_AP2', 'CB_AP3'])).toEqual({ ok: true, value: 1 + 1 + 3 });
  });

  it('keeps a stored zero as zero', () => {
    expect(historyValue(lookup, 'DON_DANG', feb)).toEqual({ ok: true, value: 0 });
  });

  it('says which period is missing, and which unit has no value in it', () => {
    const december = period('month', '2025-12-01', '2025-12-31');
    expect(historyValue(lookup, 'DON_NHAN', december)).toEqual({ ok: false, problem: { kind: 'period-missing', period: december } });
    const history: HistoryRowDraft[] = historyBefore('2026-03').map((r) => (r.periodKey === '2026-02' && r.unitId === 'CB_AP1' && r.code === 'DV_MOI' ? { ...r, value: null } : r));
    const blank = lookupOf(monthlyWorkbook('2026-03', { history }));
    expect(historyValue(blank, 'DV_MOI', feb, ['CB_AP1', 'CB_AP2'])).toMatchObject({ ok: false, problem: { kind: 'value-missing', units: ['CB_AP1'] } });
    // The total row was stored, so the total is still known.
    expect(historyValue(blank, 'DV_MOI', feb)).toEqual({ ok: true, value: 5 });
  });

  it('adds the unit rows up when a period has no total row', () => {
    const history = historyBefore('2026-03').filter((r) => r.unitId !== null);
    expect(historyValue(lookupOf(monthlyWorkbook('2026-03', { history })), 'DV_TONG', feb)).toEqual({ ok: true, value: 61 + 58 + 31 });
  });

  it('warns about a row whose period key names no period, and does not use it', () => {
    const history = [...historyBefore('2026-03'), { periodKey: '2026-13', periodName: null, periodFrom: null, periodTo: null, unitId: null, code: 'DON_NHAN', value: 999, source: null }];
    const validation = validateWorkbook(rawOf(monthlyWorkbook('2026-03', { history })));
    expect(validation.findings.filter((f) => f.code === 'HISTORY_KEY_INVALID').map((f) => [f.severity, f.tab, f.message])).toEqual([
      ['warning', 'Số liệu các kỳ', 'Mã kỳ "2026-13" không đúng dạng (ví dụ 2023-03, 2023-Q1, 2026-H1, 2026-9M, 2026), nên dòng này không được dùng để so sánh. Tab này do tiện ích ghi; đừng sửa tay.'],
    ]);
    expect(storedPeriods(validation.workbook)).toHaveLength(3);
  });
});

describe('the period compared with', () => {
  const lookup = lookupOf(monthlyWorkbook('2026-03'));
  const march = period('month', '2026-03-01', '2026-03-31');

  it('finds the previous month and the same month last year by key, as stored', () => {
    expect(comparedPeriod(lookup.workbook, march, 'previous')).toEqual({ period: { ...feb, name: 'tháng 02 năm 2026' }, stored: true });
    expect(comparedPeriod(lookup.workbook, march, 'sameLastYear')).toEqual({ period: march2025, stored: true });
  });

  it('says when the compared period is not stored, naming it as computed', () => {
    const january2027 = period('month', '2027-01-01', '2027-01-31');
    expect(comparedPeriod(lookup.workbook, january2027, 'previous')).toEqual({ period: period('month', '2026-12-01', '2026-12-31'), stored: false });
  });

  it('reads a review stored under its key (dates in the key, its own name in the row)', () => {
    const row: HistoryRowDraft = { periodKey: 'R:2021-02-11..2022-02-10', periodName: 'Sơ kết năm đầu', periodFrom: '2021-02-11', periodTo: '2022-02-10', unitId: null, code: 'DON_NHAN', value: 80, source: 'final' };
    const validation = validateWorkbook(rawOf(monthlyWorkbook('2026-03', { history: [row] })));
    expect(validation.findings.filter((f) => f.tab === 'Số liệu các kỳ')).toEqual([]);
    expect(storedPeriods(validation.workbook)).toEqual([{ type: 'review', key: 'R:2021-02-11..2022-02-10', from: '2021-02-11', to: '2022-02-10', name: 'Sơ kết năm đầu' }]);
  });

  it('takes the latest stored review before a review when none has exactly its length', () => {
    const earlier: HistoryRowDraft = { periodKey: 'R:2021-01-15..2022-02-10', periodName: 'Sơ kết lần đầu', periodFrom: '2021-01-15', periodTo: '2022-02-10', unitId: null, code: 'DON_NHAN', value: 80, source: 'final' };
    const older: HistoryRowDraft = { ...earlier, periodKey: 'R:2019-01-01..2019-12-31', periodName: 'Năm 2019', periodFrom: '2019-01-01', periodTo: '2019-12-31' };
    const data = monthlyWorkbook('2026-03', { history: [older, earlier] });
    const review = period('review', '2022-02-11', '2023-03-10', 'Sơ kết 01 năm');
    const compared = comparedPeriod(lookupOf(data).workbook, review, 'previous');
    expect(compared).toMatchObject({ stored: true, period: { key: 'R:2021-01-15..2022-02-10', name: 'Sơ kết lần đầu' } });
  });
});
