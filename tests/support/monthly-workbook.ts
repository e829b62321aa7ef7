/**
 * A monthly report over several periods, for tests of comparisons, year to date and the roster
 * over time: the monthly report of Đảng ủy xã Tân An on Party building and petitions. Four chi
 * bộ ấp report members and new members, the Mặt trận reports petitions; Chi bộ ấp 3 was merged
 * into Chi bộ ấp 2 at the end of February 2026 (active until 28/02/2026). Every month's figures
 * are in MONTHLY_FIGURES; `monthlyWorkbook(month)` fills that month's tabs and puts every earlier
 * month of the table into the history tab (one row per unit and indicator, and total rows), as a
 * workbook created month after month from the previous one would hold them. Tests compute the
 * expected phrases from MONTHLY_FIGURES themselves, never by calling the code under test.
 */
import type { HistoryRowDraft, IndicatorDraft, UnitDraft } from '../../src/domain/contract/tables';
import type { NarrativeData, UnitSheetData, WorkbookData } from '../../src/domain/workbook/data';

export const CHI_BO = 'Chi bộ ấp';

export type MonthKey = '2025-03' | '2026-01' | '2026-02' | '2026-03';

/** Unit → indicator → value for each month; a unit missing from a month did not exist then. */
export const MONTHLY_FIGURES: Readonly<Record<MonthKey, Readonly<Record<string, Readonly<Record<string, number>>>>>> = {
  '2025-03': {
    CB_AP1: { DV_TONG: 58, DV_MOI: 1 },
    CB_AP2: { DV_TONG: 55, DV_MOI: 0 },
    CB_AP3: { DV_TONG: 30, DV_MOI: 1 },
    MTTQ: { DON_NHAN: 124, DON_GQ: 100, DON_DANG: 24 },
  },
  '2026-01': {
    CB_AP1: { DV_TONG: 60, DV_MOI: 2 },
    CB_AP2: { DV_TONG: 57, DV_MOI: 1 },
    CB_AP3: { DV_TONG: 31, DV_MOI: 0 },
    MTTQ: { DON_NHAN: 95, DON_GQ: 80, DON_DANG: 15 },
  },
  '2026-02': {
    CB_AP1: { DV_TONG: 61, DV_MOI: 1 },
    CB_AP2: { DV_TONG: 58, DV_MOI: 1 },
    CB_AP3: { DV_TONG: 31, DV_MOI: 3 },
    MTTQ: { DON_NHAN: 112, DON_GQ: 112, DON_DANG: 0 },
  },
  '2026-03': {
    CB_AP1: { DV_TONG: 62, DV_MOI: 1 },
    // Chi bộ ấp 3 merged in: its members now count here.
    CB_AP2: { DV_TONG: 90, DV_MOI: 1 },
    MTTQ: { DON_NHAN: 124, DON_GQ: 109, DON_DANG: 15 },
  },
};

export const MONTH_DATES: Readonly<Record<MonthKey, { from: string; to: string; name: string }>> = {
  '2025-03': { from: '2025-03-01', to: '2025-03-31', name: 'tháng 3 năm 2025' },
  '2026-01': { from: '2026-01-01', to: '2026-01-31', name: 'tháng 01 năm 2026' },
  '2026-02': { from: '2026-02-01', to: '2026-02-28', name: 'tháng 02 năm 2026' },
  '2026-03': { from: '2026-03-01', to: '2026-03-31', name: 'tháng 3 năm 2026' },
};

const ORDER: ReadonlyArray<MonthKey> = ['2025-03', '2026-01', '2026-02', '2026-03'];

function unit(id: string, name: string, group: string | null, tab: string, extra: Partial<UnitDraft> = {}): UnitDraft {
  return { id, name, group, tab, emails: [`${id.toLowerCase().replace(/_/g, '')}@tanan.example.org`], deadline: null, submittedAt: null, submittedBy: null, reopenedAt: null, reopenReason: null, ...extra };
}

const indicator = (code: string, label: string, measure: string, reporters: string[], timeAggregation: IndicatorDraft['timeAggregation'] = 'sum'): IndicatorDraft => ({
  code,
  label,
  measure,
  reporters,
  aggregation: 'sum',
  numberKind: 'integer',
  timeAggregation,
  note: null,
});

export const UNITS: ReadonlyArray<UnitDraft> = [
  unit('VP', 'Văn phòng Đảng ủy', null, 'Văn phòng'),
  unit('CB_AP1', 'Chi bộ ấp 1', CHI_BO, 'Ấp 1'),
  unit('CB_AP2', 'Chi bộ ấp 2', CHI_BO, 'Ấp 2'),
  unit('CB_AP3', 'Chi bộ ấp 3', CHI_BO, 'Ấp 3', { activeTo: '2026-02-28' }),
  unit('MTTQ', 'Ủy ban Mặt trận Tổ quốc xã', null, 'Mặt trận'),
];

export const INDICATORS: ReadonlyArray<IndicatorDraft> = [
  indicator('DV_TONG', 'Tổng số đảng viên', 'người', [CHI_BO], 'last'),
  indicator('DV_MOI', 'Đảng viên mới kết nạp', 'người', [CHI_BO]),
  indicator('DON_NHAN', 'Đơn thư tiếp nhận', 'đơn', ['MTTQ']),
  indicator('DON_GQ', 'Đơn thư đã giải quyết', 'đơn', ['MTTQ']),
  indicator('DON_DANG', 'Đơn thư đang giải quyết', 'đơn', ['MTTQ']),
];

/** The history rows of every month before `month` in MONTHLY_FIGURES: unit rows, then a total row per indicator. */
export function historyBefore(month: MonthKey, months: ReadonlyArray<MonthKey> = ORDER.filter((m) => m < month)): HistoryRowDraft[] {
  const rows: HistoryRowDraft[] = [];
  for (const key of months) {
    const dates = MONTH_DATES[key];
    const base = { periodKey: key, periodName: dates.name, periodFrom: dates.from, periodTo: dates.to, source: 'final' as const };
    const totals = new Map<string, number>();
    for (const [unitId, figures] of Object.entries(MONTHLY_FIGURES[key])) {
      for (const [code, value] of Object.entries(figures)) {
        rows.push({ ...base, unitId, code, value });
        totals.set(code, (totals.get(code) ?? 0) + value);
      }
    }
    for (const [code, value] of totals) rows.push({ ...base, unitId: null, code, value });
  }
  return rows;
}

export interface MonthlyOptions {
  /** Paragraphs of the Văn phòng's synthesis (section I), placeholders and all. */
  readonly synthesis?: ReadonlyArray<string>;
  /** Replaces the history the month would have (e.g. with a month taken out). */
  readonly history?: ReadonlyArray<HistoryRowDraft>;
}

/** The workbook of `month`, its tabs filled from MONTHLY_FIGURES, earlier months in the history tab. */
export function monthlyWorkbook(month: MonthKey, options: MonthlyOptions = {}): WorkbookData {
  const dates = MONTH_DATES[month];
  const figures = MONTHLY_FIGURES[month];
  const sheets: Record<string, UnitSheetData> = {};
  for (const u of UNITS) {
    const own = figures[u.id];
    const narratives: NarrativeData[] = [];
    if (u.group === CHI_BO && own !== undefined) narratives.push({ section: 'I.2', text: 'Chi bộ kết nạp {{SL:DV_MOI}} đảng viên, nâng tổng số lên {{SL:DV_TONG}} đảng viên.' });
    if (u.id === 'MTTQ') narratives.push({ section: 'I.3', text: 'Tiếp nhận {{SL:DON_NHAN}} đơn, đã giải quyết {{SL:DON_GQ}} đơn.' });
    if (u.id === 'VP') {
      for (const text of options.synthesis ?? ['Đảng ủy lãnh đạo thực hiện nhiệm vụ {{KY}}.']) narratives.push({ section: 'I.1', text });
    }
    sheets[u.id] = {
      tasks: [],
      figures: Object.entries(own ?? {}).map(([code, value]) => ({ code, value })),
      narratives,
      footnotes: [],
      documents: [],
    };
  }
  return {
    settings: {
      parentBody: 'ĐẢNG BỘ TỈNH ĐỒNG NAI',
      issuingBody: 'ĐẢNG ỦY XÃ TÂN AN',
      place: 'Tân An',
      documentNumber: null,
      documentSymbol: 'BC/ĐU',
      documentDate: null,
      documentType: 'BÁO CÁO',
      summary: 'Kết quả công tác xây dựng Đảng {{KY}}',
      periodFrom: dates.from,
      periodTo: dates.to,
      periodType: 'month',
      cutoffDate: dates.to,
      deadline: `${month}-28`,
      profile: 'party',
      signingAuthority: 'T/M ĐẢNG ỦY',
      signerTitle: 'BÍ THƯ',
      signerName: 'Trần Thị Bình',
      secretariatUnit: 'VP',
      secretariatEmails: ['vanphong@tanan.example.org'],
      zeroPad: true,
      percentDecimals: 2,
    },
    units: UNITS,
    sections: [
      { id: 'I', title: 'Kết quả thực hiện', writers: null, textRequired: null, guidance: null },
      { id: 'I.1', title: 'Đánh giá chung', writers: ['VP'], textRequired: true, guidance: null },
      { id: 'I.2', title: 'Công tác xây dựng Đảng ở các chi bộ', writers: [CHI_BO], textRequired: true, guidance: null },
      { id: 'I.3', title: 'Tiếp nhận và giải quyết đơn thư', writers: ['MTTQ'], textRequired: true, guidance: null },
    ],
    indicators: INDICATORS,
    rules: [{ id: 'DON_CONG_DON', expression: 'DON_GQ + DON_DANG = DON_NHAN', severity: 'error', description: null }],
    documents: [],
    recipients: [{ recipient: 'Ban Thường vụ Tỉnh ủy (báo cáo)' }, { recipient: 'Lưu Văn phòng Đảng ủy' }],
    history: options.history ?? historyBefore(month),
    sheets,
  };
}
