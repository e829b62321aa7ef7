/**
 * Behaviour of the report's own period as the settings tab gives it: the period a regular type
 * and its start date decide, the end date it must have (named in the finding on the end date's
 * cell), a review's name and dates, and when a review with neither is a finding.
 */
import type { Finding } from '../../../src/domain/findings';
import { periodNameOf, periodOf, readPeriod } from '../../../src/domain/periods/of-settings';
import { validateWorkbook } from '../../../src/domain/validate/validate';
import type { WorkbookData } from '../../../src/domain/workbook/data';
import { CHU_PUH_2023 } from '../../../src/example/chu-puh-2023';
import { monthlyWorkbook } from '../../support/monthly-workbook';
import { findCell, rawOf } from '../../support/raw';
import { tinyWorkbook } from '../../support/tiny-workbook';

/** Findings about the period settings themselves (not their consequences on text cells). */
const periodFindings = (findings: ReadonlyArray<Finding>) => findings.filter((f) => f.code.startsWith('PERIOD_') && f.code !== 'PERIOD_NEEDED');
const consequences = (findings: ReadonlyArray<Finding>) => findings.filter((f) => f.code === 'PERIOD_NEEDED');

/** The value cell of a setting, found by its label in column A. */
function settingCell(data: WorkbookData, label: string): string {
  const raw = rawOf(data);
  const labelCell = findCell(raw, 'Thiết lập', (v) => v === label || v === `${label} *`);
  return labelCell.replace(/^A/, 'B');
}

function withSettings(data: WorkbookData, settings: WorkbookData['settings']): WorkbookData {
  return { ...data, settings: { ...data.settings, ...settings } };
}

describe('the period of the settings', () => {
  it('reads a regular period from its type and dates, with its derived name', () => {
    expect(periodOf({ periodType: 'quarter', periodFrom: '2023-01-01', periodTo: '2023-03-31', periodName: null })).toEqual({
      type: 'quarter',
      key: '2023-Q1',
      from: '2023-01-01',
      to: '2023-03-31',
      name: 'quý I năm 2023',
    });
    expect(periodOf({ periodType: 'half', periodFrom: '2026-07-01', periodTo: '2026-12-31' })?.name).toBe('6 tháng cuối năm 2026');
    expect(periodOf({ periodType: 'month', periodFrom: '2023-02-15', periodTo: '2023-03-14' })).toMatchObject({ key: '2023-03', name: 'tháng 3 năm 2023' });
  });

  it('reads a review with its own name, or named by its dates, and the built-in example as one', () => {
    expect(periodOf({ periodType: 'review', periodFrom: '2022-02-11', periodTo: '2023-03-10', periodName: '01 năm thực hiện Quy chế' })).toEqual({
      type: 'review',
      key: 'R:2022-02-11..2023-03-10',
      from: '2022-02-11',
      to: '2023-03-10',
      name: '01 năm thực hiện Quy chế',
    });
    expect(periodOf(CHU_PUH_2023.settings)).toMatchObject({ type: 'review', name: 'từ ngày 11/02/2022 đến ngày 10/3/2023' });
  });

  it('gives no period, and says why, when the dates do not make one', () => {
    expect(readPeriod({ periodType: 'month', periodFrom: '2023-03-01', periodTo: '2023-04-30' })).toEqual({
      period: null,
      problem: { kind: 'to-mismatch', expectedTo: '2023-03-31', periodName: 'tháng 3 năm 2023' },
    });
    expect(readPeriod({ periodType: 'month', periodFrom: '2023-03-01', periodTo: null }).problem).toEqual({
      kind: 'to-mismatch',
      expectedTo: '2023-03-31',
      periodName: 'tháng 3 năm 2023',
    });
    expect(readPeriod({ periodType: 'quarter', periodFrom: '2023-02-01', periodTo: '2023-04-30' }).problem).toEqual({ kind: 'from-not-start', expectedFrom: '2023-01-01' });
    expect(readPeriod({ periodType: 'year', periodFrom: null, periodTo: '2023-12-31' }).problem).toEqual({ kind: 'from-missing' });
    expect(readPeriod({ periodType: 'review', periodFrom: '2023-03-10', periodTo: '2023-03-01' }).problem).toEqual({ kind: 'to-before-from' });
    expect(readPeriod({ periodType: 'review', periodFrom: '2023-03-10', periodTo: null }).problem).toEqual({ kind: 'date-missing', field: 'periodTo' });
    expect(readPeriod({ periodType: 'review', periodFrom: null, periodTo: null, periodName: 'Tổng kết 10 năm' })).toEqual({ period: null, problem: { kind: 'no-dates' } });
    expect(readPeriod(null)).toEqual({ period: null, problem: null });
  });

  it('still names a review that has a name but no dates yet, and nothing else without a period', () => {
    expect(periodNameOf({ periodType: 'review', periodName: '  Tổng kết   10 năm ' })).toBe('Tổng kết 10 năm');
    expect(periodNameOf({ periodType: 'review' })).toBeNull();
    expect(periodNameOf({ periodType: 'month', periodName: 'tháng ba', periodFrom: null })).toBeNull();
  });
});

describe('findings on the period settings', () => {
  it('puts a wrong end date on the end date cell, naming the date it must be', () => {
    const data = withSettings(monthlyWorkbook('2026-03'), { periodTo: '2026-04-30' });
    const findings = periodFindings(validateWorkbook(rawOf(data)).findings);
    expect(findings.map((f) => ({ code: f.code, severity: f.severity, tab: f.tab, cell: f.cell }))).toEqual([
      { code: 'PERIOD_TO_MISMATCH', severity: 'error', tab: 'Thiết lập', cell: settingCell(data, 'Kỳ báo cáo đến ngày') },
    ]);
    expect(findings[0]?.message).toBe(
      'Kỳ tháng 3 năm 2026 kết thúc ngày 31/03/2026, nhưng mục "Kỳ báo cáo đến ngày" ghi 30/04/2026. Hãy sửa thành 31/03/2026 (hoặc đổi loại kỳ, ngày bắt đầu).',
    );
  });

  it('marks each text that names the period as a consequence (a warning), not as another error', () => {
    const data = withSettings(monthlyWorkbook('2026-03'), { periodTo: '2026-04-30' });
    const validation = validateWorkbook(rawOf(data));
    expect(consequences(validation.findings).map((f) => [f.severity, f.tab, f.unitId ?? null])).toEqual([
      ['warning', 'Thiết lập', null],
      ['warning', 'Văn phòng', null],
    ]);
  });

  it('says an empty end date of a regular period must be the period end', () => {
    const data = withSettings(monthlyWorkbook('2026-03'), { periodTo: null });
    expect(periodFindings(validateWorkbook(rawOf(data)).findings).map((f) => f.message)).toEqual([
      'Kỳ tháng 3 năm 2026 kết thúc ngày 31/03/2026, nhưng mục "Kỳ báo cáo đến ngày" đang để trống. Hãy sửa thành 31/03/2026 (hoặc đổi loại kỳ, ngày bắt đầu).',
    ]);
  });

  it('puts a start that begins no period on the start date cell, with the nearest start', () => {
    const data = withSettings(monthlyWorkbook('2026-03'), { periodType: 'quarter', periodFrom: '2026-02-01', periodTo: '2026-04-30' });
    const findings = periodFindings(validateWorkbook(rawOf(data)).findings);
    expect(findings.map((f) => [f.code, f.cell, f.message])).toEqual([
      ['PERIOD_FROM_NOT_START', settingCell(data, 'Kỳ báo cáo từ ngày'), 'Kỳ loại "Quý" không bắt đầu ngày 01/02/2026. Kỳ gần nhất bắt đầu ngày 01/01/2026; hãy sửa ngày bắt đầu hoặc loại kỳ.'],
    ]);
  });

  it('leaves a review without name or dates alone until something needs its period', () => {
    const tiny = tinyWorkbook();
    expect(periodFindings(validateWorkbook(rawOf(tiny)).findings)).toEqual([]);
    const needing = withSettings(tiny, { summary: 'Sơ kết {{KY}} thực hiện {{VB:QD529}}' });
    const findings = validateWorkbook(rawOf(needing)).findings;
    expect(periodFindings(findings).map((f) => [f.code, f.severity, f.tab, f.cell])).toEqual([['PERIOD_UNDEFINED', 'error', 'Thiết lập', settingCell(needing, 'Kỳ báo cáo từ ngày')]]);
    expect(consequences(findings).map((f) => [f.tab, f.cell, f.message])).toEqual([
      ['Thiết lập', settingCell(needing, 'Trích yếu'), 'Chưa tính được "{{KY}}": chưa xác định được kỳ báo cáo. Hãy nhập loại kỳ và ngày bắt đầu, kết thúc kỳ ở tab Thiết lập (xem các lỗi ở đó).'],
    ]);
  });

  it('asks a named review for its dates once a comparison needs them', () => {
    const data = withSettings(tinyWorkbook(), { summary: 'Sơ kết {{KY}}, {{SS:DON_TN}}', periodName: 'Tổng kết 10 năm' });
    const findings = validateWorkbook(rawOf(data)).findings;
    expect(periodFindings(findings).map((f) => f.code)).toEqual(['PERIOD_UNDEFINED']);
    expect(consequences(findings).map((f) => f.message)).toEqual([
      'Chưa tính được "{{SS:DON_TN}}": chưa xác định được kỳ báo cáo. Hãy nhập loại kỳ và ngày bắt đầu, kết thúc kỳ ở tab Thiết lập (xem các lỗi ở đó).',
    ]);
  });

  it('prints a review name typed without dates, and asks only for the dates a comparison needs', () => {
    const data = withSettings(tinyWorkbook(), { summary: 'Sơ kết {{KY}}', periodName: 'Tổng kết 10 năm' });
    const validation = validateWorkbook(rawOf(data));
    expect(validation.findings.filter((f) => f.code.startsWith('PERIOD_'))).toEqual([]);
  });

  it('keeps the built-in example free of period findings', () => {
    expect(periodFindings(validateWorkbook(rawOf(CHU_PUH_2023)).findings)).toEqual([]);
  });
});
