/**
 * Use case "create the next period" (Sheets menu "Tạo kỳ báo cáo mới", `baocao new-period`), as
 * pure data: from the checked workbook of the period that ends, the content of the next one.
 * Everything that is setup is carried (settings, units and groups, outline, indicators, rules,
 * registry, recipients, signature, reminder settings, the indicator mapping), the dates move
 * (the period's, the common deadline, the cut-off date and each unit's own deadline keep their
 * place relative to the period), the report's number and date are cleared, and every unit that
 * exists in the new period gets an empty tab with its layout pre-filled, its unfinished tasks
 * (marked "Chuyển từ kỳ") and its own cited documents. Submissions, the reminder log and the
 * cut-off snapshot stay with the old period. The history tab grows by the old period's figures:
 * per unit and one total per indicator (the aggregate as the report computes it), from the
 * snapshot when the report used one, else as they stand. The old workbook is never written:
 * the CLI writes a new file, the add-in a copy.
 */
import type { DocumentRecordDraft, HistoryRowDraft, Settings, TaskDraft, UnitDraft } from '../domain/contract/tables';
import { HISTORY_TAB, MAPPING_TAB, SETTINGS_TAB, TABLE_TABS } from '../domain/contract/tabs';
import { addDays, daysBetween, type IsoDate } from '../domain/dates';
import { locationLabel, type Finding } from '../domain/findings';
import { formatDateNumeric } from '../domain/format';
import { nextPeriod, shiftForNextPeriod } from '../domain/periods/calendar';
import { periodHistoryRows } from '../domain/periods/history-rows';
import { checkPeriodSettings, periodOf } from '../domain/periods/of-settings';
import { periodFromDates, type Period, type PeriodProblem } from '../domain/periods/period';
import { unitActiveIn } from '../domain/periods/roster';
import type { UnitSheetData, WorkbookData } from '../domain/workbook/data';
import { planTableTab, planWorkbookFromData, type TabPlan } from '../domain/workbook/layout';
import type { WorkbookCheck } from './check-workbook';

/** The next period cannot be made from this workbook; `message` says why and where, in Vietnamese. */
export class NextPeriodRefused extends Error {
  override readonly name = 'NextPeriodRefused';
}

export interface NextPeriodOptions {
  /** The new period's first day instead of the day after the old one's end (its type stays). */
  readonly from?: IsoDate | null;
  /** Its last day; derived from `from` for regular types, the old length for a review. */
  readonly to?: IsoDate | null;
  /** Unfinished tasks go on to the new period, marked with the old period's name (default true). */
  readonly carryTasks?: boolean;
}

export interface NextPeriodPlan {
  readonly previous: Period;
  readonly period: Period;
  readonly data: WorkbookData;
  /** Units outside their active dates in the new period: kept in the units tab, given no tab. */
  readonly notExpected: ReadonlyArray<string>;
  readonly carried: {
    readonly tasks: number;
    readonly unitsWithTasks: number;
    readonly documents: number;
    readonly historyRows: number;
    /** Of which rows of periods before the old one. */
    readonly earlierRows: number;
  };
  /** Where the figures of the old period came from: the cut-off snapshot, or the figures as they stand. */
  readonly historySource: 'snapshot' | 'final';
  /** Errors in configuration cells: those cells could not be read, and the new period has them blank or at their default. */
  readonly uncarried: ReadonlyArray<Finding>;
}

const PROBLEM_TEXT: Record<PeriodProblem['kind'], (p: PeriodProblem) => string> = {
  'invalid-date': () => 'ngày không hợp lệ',
  'from-not-period-start': (p) => (p.kind === 'from-not-period-start' ? `kỳ loại này phải bắt đầu ngày ${formatDateNumeric(p.expectedFrom)}` : ''),
  'to-mismatch': (p) => (p.kind === 'to-mismatch' ? `${p.periodName} kết thúc ngày ${formatDateNumeric(p.expectedTo)}` : ''),
  'to-before-from': () => 'ngày kết thúc trước ngày bắt đầu',
  'out-of-range': () => 'kỳ nằm ngoài khoảng năm 1900–2200',
};

function settingCell(check: WorkbookCheck, field: keyof Settings): string {
  const cell = check.workbook.settingsCells[field];
  return cell === undefined ? `tab ${SETTINGS_TAB.name}` : `tab ${SETTINGS_TAB.name}, ô ${cell}`;
}

/**
 * The period a workbook reports on, read as everywhere else (src/domain/periods/of-settings.ts);
 * a refusal naming the cell to fix, in the words of the check, when the settings give none.
 */
export function periodOfCheck(check: WorkbookCheck): Period {
  const settings = check.workbook.settings;
  if (settings === null) {
    throw new NextPeriodRefused(`Tab ${SETTINGS_TAB.name} còn thiếu thông tin bắt buộc; hãy sửa các lỗi ở tab này (menu Kiểm tra dữ liệu, hoặc lệnh validate) rồi tạo kỳ mới.`);
  }
  const period = periodOf(settings);
  if (period !== null) return period;
  const finding = checkPeriodSettings(settings, check.workbook.settingsCells, { name: true, dates: true })[0];
  const field = settings.periodFrom === null ? 'periodFrom' : 'periodTo';
  const where = finding?.cell !== null && finding?.cell !== undefined ? `tab ${SETTINGS_TAB.name}, ô ${finding.cell}` : settingCell(check, field);
  throw new NextPeriodRefused(`${finding?.message ?? 'Chưa có ngày của kỳ báo cáo.'} (${where}) Cần biết kỳ này để tính kỳ sau.`);
}

/** The new period: the one after `previous`, or the dates asked for (same type). */
function newPeriodOf(previous: Period, options: NextPeriodOptions): Period {
  const from = options.from ?? null;
  const to = options.to ?? null;
  if (from === null && to === null) return nextPeriod(previous);
  if (from === null) throw new NextPeriodRefused('Khi ghi --to, hãy ghi cả --from (ngày bắt đầu kỳ mới).');
  let end = to;
  if (end === null) {
    if (previous.type === 'review') end = addDays(from, daysBetween(previous.from, previous.to));
    else {
      // A regular period is decided by its start: ask with any end and take the expected one.
      const probe = periodFromDates(previous.type, from, from);
      end = probe.ok ? probe.period.to : probe.problem.kind === 'to-mismatch' ? probe.problem.expectedTo : from;
    }
  }
  const result = periodFromDates(previous.type, from, end);
  if (!result.ok) throw new NextPeriodRefused(`Ngày của kỳ mới không dùng được: ${PROBLEM_TEXT[result.problem.kind](result.problem)}.`);
  return result.period;
}

function withoutLocation<T extends { readonly at: unknown }>(record: T): Omit<T, 'at'> {
  const { at: _at, ...rest } = record;
  void _at;
  return rest;
}

/** Whether a unit exists during a period, as the roster decides it (src/domain/periods/roster.ts). */
export function isExpectedIn(period: Pick<Period, 'from' | 'to'>, unit: Pick<UnitDraft, 'activeFrom' | 'activeTo'>): boolean {
  return unitActiveIn(unit, period);
}

/**
 * The history tab of the next period: the rows already there (except any of the old period
 * itself, which would otherwise be counted twice), then the old period's own rows as the core
 * writes them (src/domain/periods/history-rows.ts: each unit that existed then, and one total per
 * indicator, from the figures its report used). A missing figure stays blank, never 0.
 */
export function historyRowsOf(check: WorkbookCheck): HistoryRowDraft[] {
  return historyOf(check, periodOfCheck(check)).rows;
}

function historyOf(check: WorkbookCheck, previous: Period): { rows: HistoryRowDraft[]; earlier: number; source: 'snapshot' | 'final' } {
  const earlier = check.workbook.history.filter((row) => row.periodKey !== previous.key).map((row) => withoutLocation(row));
  const own = periodHistoryRows(check.lookup);
  return { rows: [...earlier, ...own], earlier: earlier.length, source: own[0]?.source ?? 'final' };
}

const CONFIG_TABS = new Set<string>([SETTINGS_TAB.name, ...TABLE_TABS.map((t) => t.name), MAPPING_TAB.name]);

function movedSettings(settings: Settings, previous: Period, period: Period): WorkbookData['settings'] {
  const shift = (date: IsoDate | null): IsoDate | null => (date === null ? null : shiftForNextPeriod(date, previous, period));
  return {
    ...settings,
    periodFrom: period.from,
    periodTo: period.to,
    // A name belonged to the old period ("01 năm thực hiện …"); the new one takes its derived name until the secretariat names it.
    periodName: null,
    deadline: shift(settings.deadline) ?? settings.deadline,
    cutoffDate: shift(settings.cutoffDate),
    documentNumber: null,
    documentDate: null,
    // Filled by the add-in with the new spreadsheet's own address.
    spreadsheetUrl: null,
  };
}

function unitSheetOf(check: WorkbookCheck, unitId: string, previous: Period, carryTasks: boolean): UnitSheetData {
  const sheet = check.lookup.sheet(unitId);
  const tasks: TaskDraft[] = !carryTasks
    ? []
    : (sheet?.tasks ?? [])
        .filter((task) => task.status !== 'done')
        .map((task) => ({ group: task.group, title: task.title, status: task.status, note: task.note, carriedFrom: previous.name }));
  const documents: DocumentRecordDraft[] = (sheet?.documents ?? []).map((doc) => withoutLocation(doc));
  return { tasks, figures: [], narratives: [], footnotes: [], documents };
}

/** The next period's workbook and what was carried; throws NextPeriodRefused when the old period is unknown. */
export function planNextPeriod(check: WorkbookCheck, options: NextPeriodOptions = {}): NextPeriodPlan {
  const previous = periodOfCheck(check);
  const period = newPeriodOf(previous, options);
  const settings = check.workbook.settings!;
  const carryTasks = options.carryTasks !== false;
  const units: UnitDraft[] = check.workbook.units.map((unit) => ({
    ...withoutLocation(unit),
    deadline: unit.deadline === null || unit.deadline === undefined ? null : shiftForNextPeriod(unit.deadline, previous, period),
    submittedAt: null,
    submittedBy: null,
    reopenedAt: null,
    reopenReason: null,
  }));
  const notExpected = units.filter((u) => !isExpectedIn(period, u)).map((u) => u.id);
  const sheets: Record<string, UnitSheetData> = {};
  let tasks = 0;
  let unitsWithTasks = 0;
  let documents = 0;
  for (const unit of units) {
    if (notExpected.includes(unit.id) || sheets[unit.id] !== undefined) continue;
    const sheet = unitSheetOf(check, unit.id, previous, carryTasks);
    sheets[unit.id] = sheet;
    tasks += sheet.tasks.length;
    unitsWithTasks += sheet.tasks.length > 0 ? 1 : 0;
    documents += sheet.documents.length;
  }
  const history = historyOf(check, previous);
  const wb = check.workbook;
  const data: WorkbookData = {
    settings: movedSettings(settings, previous, period),
    units,
    sections: wb.sections.map((s) => withoutLocation(s)),
    indicators: wb.indicators.map((i) => withoutLocation(i)),
    rules: wb.rules.map((r) => withoutLocation(r)),
    documents: wb.documents.map((d) => withoutLocation(d)),
    recipients: wb.recipients.map((r) => withoutLocation(r)),
    mappings: wb.mappings.map((m) => withoutLocation(m)),
    history: history.rows,
    sheets,
  };
  const uncarried = check.findings.filter((f) => f.severity === 'error' && f.tab !== null && f.cell !== null && CONFIG_TABS.has(f.tab));
  return {
    previous,
    period,
    data,
    notExpected,
    carried: { tasks, unitsWithTasks, documents, historyRows: history.rows.length, earlierRows: history.earlier },
    historySource: history.source,
    uncarried,
  };
}

/** The next period's workbook content (API of the design); throws NextPeriodRefused. */
export function nextPeriodWorkbook(check: WorkbookCheck, options: NextPeriodOptions = {}): WorkbookData {
  return planNextPeriod(check, options).data;
}

/**
 * Every tab of the next period's workbook, in order: settings and configuration tabs, one tab
 * per unit that exists in the new period, the indicator mapping when the old report had one,
 * and the history tab.
 */
export function nextPeriodTabs(plan: NextPeriodPlan): TabPlan[] {
  const skip = new Set(plan.notExpected);
  const tabs = planWorkbookFromData(plan.data).filter((p) => p.role !== 'unit' || p.unitId === undefined || !skip.has(p.unitId));
  const mappings = plan.data.mappings ?? [];
  if (mappings.length > 0) tabs.push(planTableTab(MAPPING_TAB, mappings));
  // The layout adds the history tab when there are rows; a report without indicators gets it empty.
  if (!tabs.some((t) => t.name === HISTORY_TAB.name)) tabs.push(planTableTab(HISTORY_TAB, plan.data.history ?? [], 'system'));
  return tabs;
}

/** At most this many unreadable cells are listed; the rest are counted. */
const LISTED_CELLS = 10;

/**
 * What the secretariat is told after the next period is made, in Vietnamese: the new period and
 * the one it follows (`headline`), then what was carried, moved, left behind and must be checked.
 */
export function nextPeriodSummary(plan: NextPeriodPlan): { headline: string; lines: string[] } {
  const { period, previous, carried, data } = plan;
  const date = (value: string | null | undefined) => (value === null || value === undefined ? 'chưa có' : formatDateNumeric(value));
  // A review without a name of its own is already named by its dates.
  const dates = period.name.startsWith('từ ngày') ? '' : ` (từ ${formatDateNumeric(period.from)} đến ${formatDateNumeric(period.to)})`;
  const lines = [
    `Hạn nộp: ${date(data.settings.deadline)}; ngày chốt số liệu: ${date(data.settings.cutoffDate)}; số và ngày văn bản để trống.`,
    'Giữ nguyên: đơn vị, nhóm, đề cương, chỉ tiêu, ràng buộc, sổ văn bản, nơi nhận, người ký, cài đặt nhắc việc' + ((data.mappings ?? []).length > 0 ? ', ánh xạ chỉ tiêu.' : '.'),
    carried.tasks > 0
      ? `Chuyển sang kỳ mới ${carried.tasks} nhiệm vụ chưa hoàn thành của ${carried.unitsWithTasks} đơn vị (cột "Chuyển từ kỳ" ghi ${previous.name}).`
      : 'Không chuyển nhiệm vụ nào sang kỳ mới.',
    ...(carried.documents > 0 ? [`Giữ ${carried.documents} văn bản trích dẫn riêng của các đơn vị (phần E).`] : []),
    `Số liệu các kỳ: ${carried.historyRows} dòng (${carried.historyRows - carried.earlierRows} dòng của kỳ ${previous.name}, ${plan.historySource === 'snapshot' ? 'lấy số đã chốt' : 'lấy số khi chuyển kỳ'}).`,
    'Không chuyển: trạng thái nộp, nhật ký nhắc việc, số liệu đã chốt.',
  ];
  if (plan.notExpected.length > 0) lines.push(`Không tạo tab cho ${plan.notExpected.length} đơn vị không hoạt động trong kỳ mới: ${plan.notExpected.join(', ')}.`);
  if (previous.type === 'review') lines.push('Kỳ sơ kết, tổng kết: hãy đặt tên kỳ mới và sửa trích yếu ở tab Thiết lập nếu cần.');
  if (plan.uncarried.length > 0) {
    lines.push(`${plan.uncarried.length} ô cấu hình không đọc được nên để trống (hoặc lấy giá trị mặc định) ở kỳ mới; hãy sửa lại:`);
    for (const finding of plan.uncarried.slice(0, LISTED_CELLS)) lines.push(`  ${locationLabel(finding)}: ${finding.message}`);
    if (plan.uncarried.length > LISTED_CELLS) lines.push(`  … và ${plan.uncarried.length - LISTED_CELLS} ô khác (xem phần kiểm tra của bảng tính cũ).`);
  }
  return { headline: `kỳ ${period.name}${dates}, tiếp theo kỳ ${previous.name}`, lines };
}
