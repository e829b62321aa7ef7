/**
 * The next period's workbook from the checked current one (src/app/new-period.ts): setup
 * carried, dates moved to the same place in the new period, number and date cleared, every unit
 * of the new period given an empty tab with its unfinished tasks and its own documents, the
 * history grown by the old period's figures (snapshot or final), and a unit that no longer
 * exists given no tab. Expected values are written out or computed here, not read back from
 * the code under test.
 */
import { checkWorkbook } from '../../src/app/check-workbook';
import { historyRowsOf, nextPeriodTabs, NextPeriodRefused, nextPeriodWorkbook, planNextPeriod } from '../../src/app/new-period';
import { CUTOFF_TAB, HISTORY_TAB } from '../../src/domain/contract/tabs';
import type { WorkbookData } from '../../src/domain/workbook/data';
import { planTableTab, planWorkbookFromData, rawFromPlans } from '../../src/domain/workbook/layout';
import { CHU_PUH_2023 } from '../../src/example/chu-puh-2023';
import { withCell, cellRightOf } from '../support/raw';
import { tinyWorkbook } from '../support/tiny-workbook';

/** January 2023 of a commune report: XA2 is dissolved at the end of January, XA3 founded on 1 February. */
function january(): WorkbookData {
  const tiny = tinyWorkbook();
  const [bdv, xa1] = tiny.units;
  return {
    ...tiny,
    settings: { ...tiny.settings, periodType: 'month', periodFrom: '2023-01-01', periodTo: '2023-01-31', deadline: '2023-01-31', cutoffDate: '2023-01-25', documentNumber: '12', documentDate: '2023-02-02' },
    units: [
      { ...bdv!, submittedAt: '2023-01-30T10:00', submittedBy: 'bdv@example.org' },
      { ...xa1!, deadline: '2023-01-28', submittedAt: '2023-01-27T09:00', submittedBy: 'iale@example.org', reopenedAt: '2023-01-27T15:00', reopenReason: 'bổ sung' },
      { id: 'XA2', name: 'Ủy ban nhân dân xã Ia Hla', group: 'Xã', tab: 'Xã Ia Hla', emails: ['iahla@example.org'], deadline: null, activeTo: '2023-01-31' },
      { id: 'XA3', name: 'Ủy ban nhân dân xã Ia Mới', group: 'Xã', tab: 'Xã Ia Mới', emails: ['iamoi@example.org'], deadline: null, activeFrom: '2023-02-01' },
    ],
    sheets: {
      ...tiny.sheets,
      XA1: {
        ...tiny.sheets['XA1']!,
        documents: [{ id: 'KH7', kind: 'Kế hoạch', numberSymbol: '07/KH-UBND', issuedOn: '2023-01-05', issuer: 'UBND xã Ia Le', summary: 'về tiếp dân' }],
      },
      XA2: { tasks: [{ group: 'NVTT', title: 'Bàn giao hồ sơ', status: 'not_started', note: null }], figures: [{ code: 'DON_TN', value: 7 }, { code: 'DON_GQ', value: 0 }, { code: 'DON_DANG', value: null }], narratives: [], footnotes: [], documents: [] },
    },
  };
}

function checked(data: WorkbookData, extraTabs: ReturnType<typeof planTableTab>[] = []) {
  const plans = planWorkbookFromData(data).filter((p) => p.unitId !== 'XA3');
  return checkWorkbook({ read: () => rawFromPlans([...plans, ...extraTabs]) });
}

describe('the next period’s workbook', () => {
  it('moves the period, the deadlines and the cut-off date to the same place in the next month, and clears the report’s number and date', () => {
    const plan = planNextPeriod(checked(january()));
    expect(plan.previous.key).toBe('2023-01');
    expect(plan.period).toMatchObject({ type: 'month', key: '2023-02', from: '2023-02-01', to: '2023-02-28', name: 'tháng 02 năm 2023' });
    const s = plan.data.settings;
    // 31/01 is the month's last day, so the deadline stays the last day; 25/01 becomes 25/02.
    expect([s.periodFrom, s.periodTo, s.deadline, s.cutoffDate]).toEqual(['2023-02-01', '2023-02-28', '2023-02-28', '2023-02-25']);
    expect([s.documentNumber, s.documentDate, s.periodName, s.spreadsheetUrl]).toEqual([null, null, null, null]);
    expect([s.issuingBody, s.signerName, s.summary, s.secretariatEmails]).toEqual(['HUYỆN ỦY CHƯ PƯH', 'Nguyễn Văn A', 'Sơ kết thực hiện {{VB:QD529}}', ['bdv@example.org']]);
    const xa1 = plan.data.units.find((u) => u.id === 'XA1')!;
    expect(xa1.deadline).toBe('2023-02-28');
    expect(plan.data.units.map((u) => [u.submittedAt, u.submittedBy, u.reopenedAt, u.reopenReason])).toEqual(plan.data.units.map(() => [null, null, null, null]));
  });

  it('carries every setup table as it was', () => {
    const data = january();
    const plan = planNextPeriod(checked(data));
    expect(plan.data.sections.map((s) => s.id)).toEqual(data.sections.map((s) => s.id));
    expect(plan.data.indicators.map((i) => [i.code, i.reporters])).toEqual(data.indicators.map((i) => [i.code, i.reporters]));
    expect(plan.data.rules.map((r) => r.expression)).toEqual(data.rules.map((r) => r.expression));
    expect(plan.data.documents.map((d) => d.numberSymbol)).toEqual(['529-QĐ/HU']);
    expect(plan.data.recipients.map((r) => r.recipient)).toEqual(data.recipients.map((r) => r.recipient));
    expect(plan.data.units.map((u) => [u.id, u.group, u.tab, u.emails, u.activeFrom ?? null, u.activeTo ?? null])).toEqual(
      data.units.map((u) => [u.id, u.group, u.tab, u.emails, u.activeFrom ?? null, u.activeTo ?? null]),
    );
  });

  it('gives each unit of the new period an empty tab with its unfinished tasks marked with the old period and its own cited documents', () => {
    const plan = planNextPeriod(checked(january()));
    const xa1 = plan.data.sheets['XA1']!;
    expect(xa1.tasks).toEqual([{ group: 'NVTT', title: 'Kiểm tra thôn', status: 'in_progress', note: null, carriedFrom: 'tháng 01 năm 2023' }]);
    expect(xa1.documents.map((d) => d.id)).toEqual(['KH7']);
    expect([xa1.figures, xa1.narratives, xa1.footnotes]).toEqual([[], [], []]);
    expect(plan.carried).toMatchObject({ tasks: 1, unitsWithTasks: 1, documents: 1 });
  });

  it('leaves unfinished tasks behind when asked to', () => {
    const plan = planNextPeriod(checked(january()), { carryTasks: false });
    expect(Object.values(plan.data.sheets).flatMap((s) => s.tasks)).toEqual([]);
    expect(plan.carried.tasks).toBe(0);
  });

  it('gives no tab to a unit dissolved before the new period, keeps it in the units tab, and gives one to a unit founded in it', () => {
    const plan = planNextPeriod(checked(january()));
    expect(plan.notExpected).toEqual(['XA2']);
    const tabs = nextPeriodTabs(plan).map((t) => t.name);
    expect(tabs).not.toContain('Xã Ia Hla');
    expect(tabs).toContain('Xã Ia Mới');
    expect(plan.data.units.map((u) => u.id)).toContain('XA2');
  });

  it('adds the old period’s figures to the history: each unit that existed then, and a total per indicator, with blanks kept blank', () => {
    const rows = historyRowsOf(checked(january()));
    const of = (unitId: string | null, code: string) => rows.find((r) => r.unitId === unitId && r.code === code);
    expect(rows.every((r) => r.periodKey === '2023-01' && r.periodName === 'tháng 01 năm 2023' && r.periodFrom === '2023-01-01' && r.periodTo === '2023-01-31' && r.source === 'final')).toBe(true);
    expect(of('XA1', 'DON_TN')?.value).toBe(45);
    expect(of('XA2', 'DON_TN')?.value).toBe(7);
    // Totals as the report adds them up: XA1 + XA2 (XA3 did not exist yet; BDV does not report).
    expect(of(null, 'DON_TN')?.value).toBe(45 + 7);
    expect(of(null, 'DON_GQ')?.value).toBe(35 + 0);
    // XA2 left "đơn đang giải quyết" blank: its row is blank and so is the total, never 0.
    expect(of('XA2', 'DON_DANG')?.value).toBeNull();
    expect(of(null, 'DON_DANG')?.value).toBeNull();
    expect(rows.some((r) => r.unitId === 'XA3' || r.unitId === 'BDV')).toBe(false);
  });

  it('keeps the earlier periods of the history and does not count the old period twice', () => {
    const earlier = [
      { periodKey: '2022-12', periodName: 'tháng 12 năm 2022', periodFrom: '2022-12-01', periodTo: '2022-12-31', unitId: null, code: 'DON_TN', value: 40, source: 'final' as const },
      { periodKey: '2023-01', periodName: 'tháng 01 năm 2023', periodFrom: '2023-01-01', periodTo: '2023-01-31', unitId: null, code: 'DON_TN', value: 999, source: 'final' as const },
    ];
    const check = checked(january(), [planTableTab(HISTORY_TAB, earlier, 'system')]);
    const plan = planNextPeriod(check);
    const rows = plan.data.history ?? [];
    expect(rows[0]).toMatchObject({ periodKey: '2022-12', value: 40, unitId: null });
    expect(rows.filter((r) => r.periodKey === '2023-01' && r.unitId === null && r.code === 'DON_TN').map((r) => r.value)).toEqual([52]);
    expect(plan.carried.earlierRows).toBe(1);
  });

  it('takes the figures from the cut-off snapshot when the report uses it, and from the figures as they stand otherwise', () => {
    const snapshot = planTableTab(
      CUTOFF_TAB,
      [
        { time: '2023-01-25T17:00', by: 'bdv@example.org', unitId: 'XA1', code: 'DON_TN', value: 40 },
        { time: '2023-01-25T17:00', by: 'bdv@example.org', unitId: 'XA1', code: 'DON_GQ', value: 30 },
        { time: '2023-01-25T17:00', by: 'bdv@example.org', unitId: 'XA2', code: 'DON_TN', value: 7 },
      ],
      'system',
    );
    const withSnapshot = planNextPeriod(checked(january(), [snapshot]));
    const value = (rows: WorkbookData['history'], unitId: string | null, code: string) => rows?.find((r) => r.unitId === unitId && r.code === code && r.periodKey === '2023-01');
    expect(withSnapshot.historySource).toBe('snapshot');
    expect(value(withSnapshot.data.history, 'XA1', 'DON_TN')).toMatchObject({ value: 40, source: 'snapshot' });
    expect(value(withSnapshot.data.history, null, 'DON_TN')).toMatchObject({ value: 40 + 7, source: 'snapshot' });
    // A figure the snapshot does not hold (XA1's DON_DANG) was blank then, as the report reads it.
    expect(value(withSnapshot.data.history, 'XA1', 'DON_DANG')?.value).toBeNull();

    const current = january();
    const usesCurrent = planNextPeriod(checked({ ...current, settings: { ...current.settings, cutoffUse: 'current' } }, [snapshot]));
    expect(value(usesCurrent.data.history, 'XA1', 'DON_TN')).toMatchObject({ value: 45, source: 'final' });
  });

  it('moves a review by its own length and a month by months when dates are given', () => {
    const example = planNextPeriod(checkWorkbook({ read: () => rawFromPlans(planWorkbookFromData(CHU_PUH_2023)) }));
    // 11/02/2022–10/3/2023 spans 13 whole months: the next review is 11/3/2023–10/4/2024.
    expect([example.period.from, example.period.to, example.period.type]).toEqual(['2023-03-11', '2024-04-10', 'review']);
    const march = planNextPeriod(checked(january()), { from: '2023-03-01' });
    expect([march.period.key, march.period.to]).toEqual(['2023-03', '2023-03-31']);
    expect(march.data.settings.deadline).toBe('2023-03-31');
    // A month starting on the 5th runs to the 4th of the next (a cut-off-day period): the refusal names the expected end.
    expect(() => planNextPeriod(checked(january()), { from: '2023-03-05', to: '2023-03-31' })).toThrow(/tháng 4 năm 2023 kết thúc ngày 04\/04\/2023/);
    expect(() => planNextPeriod(checked(january()), { to: '2023-03-31' })).toThrow(NextPeriodRefused);
  });

  it('refuses, naming the cell, a workbook whose period has no dates', () => {
    const tiny = tinyWorkbook();
    const check = checkWorkbook({ read: () => rawFromPlans(planWorkbookFromData(tiny)) });
    expect(() => nextPeriodWorkbook(check)).toThrow(NextPeriodRefused);
    expect(() => nextPeriodWorkbook(check)).toThrow(/tab Thiết lập, ô B\d+/);
  });

  it('says which configuration cells it could not carry instead of failing on them', () => {
    const data = january();
    const raw = rawFromPlans(planWorkbookFromData(data).filter((p) => p.unitId !== 'XA3'));
    const cell = cellRightOf(raw, 'Thiết lập', 'Giờ gửi nhắc việc');
    const hostile = withCell(raw, 'Thiết lập', cell, '=HYPERLINK("javascript:alert(1)";"8 giờ")');
    const plan = planNextPeriod(checkWorkbook({ read: () => hostile }));
    expect(plan.uncarried.map((f) => [f.tab, f.cell])).toContainEqual(['Thiết lập', cell]);
    // Carried at the column's default, the secretariat being told where.
    expect(plan.data.settings.reminderHour).toBe(8);
  });
});
