/**
 * "Thiết lập bảng tính": sets the spreadsheet's time zone and locale, creates the configuration
 * tabs and one tab per unit, gives each tab its editors, and marks tabs of removed units. Run
 * again, it never touches a tab that exists and skips every protection that already matches.
 * Every loop stops when the execution's time budget is used; what is left continues by itself
 * in a one-off trigger (baocaoContinueSetup) until done, saying in the "Tiến trình thiết lập"
 * tab how far it got. The document lock is held in short slices, so clerks can still submit
 * while a large setup runs.
 */
import { planSetup, ORPHAN_NOTE, type TabProtection } from '../../app/setup-workbook';
import { SETTINGS_TAB } from '../../domain/contract/tabs';
import { formatDateTimeNumeric } from '../../domain/format';
import { isSubmitted } from '../../domain/status';
import { UserFacingError, type GasContext } from '../context';
import { protectionMatches, applyProtection, runner } from '../protections';
import { deleteContinuations, finishJob, readSetupJob, scheduleContinuation, writeProgress, SETUP_PROGRESS_TAB } from '../setup-job';
import { fixSpreadsheetSettings } from '../spreadsheet-settings';
import { readSubmissionStates } from '../submission-state';
import { createTab } from '../tab-writer';
import { unitTabProtection } from '../../app/setup-workbook';
import { mirrorSubmissions, requireSecretariat, syncPendingLocks } from './shared';

/** The lock is released and taken again this often, so other users' actions get through. */
const LOCK_SLICE_MS = 20 * 1000;

export interface SetupStep {
  readonly created: ReadonlyArray<string>;
  readonly toCreate: number;
  readonly protectedTabs: number;
  readonly toProtect: number;
  readonly alreadyProtected: number;
  readonly orphans: ReadonlyArray<string>;
  readonly settingsChanged: ReadonlyArray<string>;
  readonly done: boolean;
  readonly noUnitsYet: boolean;
}

/** Runs `fn` on each item, holding the lock in slices and stopping when the budget is used. */
function inSlices<T>(ctx: GasContext, items: ReadonlyArray<T>, fn: (item: T) => void, beforeSlice: () => void = () => undefined): number {
  let index = 0;
  while (index < items.length && !ctx.budget.exhausted()) {
    ctx.withLock(() => {
      beforeSlice();
      const sliceStart = ctx.clock().getTime();
      while (index < items.length && !ctx.budget.exhausted() && ctx.clock().getTime() - sliceStart < LOCK_SLICE_MS) {
        fn(items[index]!);
        index += 1;
      }
    });
  }
  return index;
}

/** One execution's share of the setup. */
export function setupStep(ctx: GasContext): SetupStep {
  // Who may run it is checked before anything changes; cell values read the same in any zone.
  const { raw, check, metadata } = ctx.read({ allowWrongSettings: true });
  if (check.workbook.settings !== null) requireSecretariat(ctx, check);
  const fix = fixSpreadsheetSettings(ctx.spreadsheet());
  if (fix.refusal !== null) throw new UserFacingError(fix.refusal);
  if (fix.changed.length > 0) ctx.metadata(true);
  const plan = planSetup(raw, check);
  const app = ctx.g.SpreadsheetApp;

  const made = inSlices(ctx, plan.create, (tab) => createTab(ctx.spreadsheet(), tab, app));
  const created = plan.create.slice(0, made).map((t) => t.name);

  if (!ctx.budget.exhausted()) {
    ctx.withLock(() => {
      for (const name of plan.orphans) {
        const sheet = ctx.spreadsheet().getSheetByName(name);
        sheet?.setTabColor('#999999');
        sheet?.getRange(1, 1).setNote(ORPHAN_NOTE);
      }
      const settingsSheet = ctx.spreadsheet().getSheetByName(SETTINGS_TAB.name);
      const urlCell = check.workbook.settingsCells.spreadsheetUrl;
      if (settingsSheet !== null && urlCell !== undefined && (check.workbook.settings?.spreadsheetUrl ?? null) === null) {
        settingsSheet.getRange(urlCell).setValue(ctx.spreadsheet().getUrl());
      }
    });
  }

  // Skip every protection that already matches (read in the one metadata call): no round trip.
  const who = runner(ctx);
  const byTab = new Map(metadata.tabs.map((t) => [t.name, t.protections]));
  const exists = new Set([...byTab.keys(), ...created]);
  const pending: TabProtection[] = plan.protections.filter((p) => exists.has(p.tab) && !protectionMatches(byTab.get(p.tab) ?? [], p, who));
  const secretariat = check.workbook.settings?.secretariatEmails ?? [];
  let protectedTabs = 0;
  let states = readSubmissionStates(ctx.properties());
  const applied = inSlices(ctx, pending, (wanted) => {
    // A unit may have submitted since the read: lock its tab rather than reopen it.
    let target = wanted;
    if (wanted.unitId !== null) {
      const state = states.get(wanted.unitId);
      const unit = check.lookup.unitsById.get(wanted.unitId);
      if (unit !== undefined && isSubmitted(state)) target = unitTabProtection(unit, secretariat, true);
    }
    const sheet = ctx.spreadsheet().getSheetByName(target.tab);
    if (sheet !== null && applyProtection(sheet, target, app, who) !== 'denied') protectedTabs += 1;
  }, () => {
    states = readSubmissionStates(ctx.properties());
  });
  const done = made === plan.create.length && applied === pending.length && !ctx.budget.exhausted();
  if (done) {
    ctx.withLock(() => {
      syncPendingLocks(ctx, check);
      mirrorSubmissions(ctx, raw, readSubmissionStates(ctx.properties()));
    });
  }
  return {
    created,
    toCreate: plan.create.length,
    protectedTabs,
    toProtect: pending.length,
    alreadyProtected: plan.protections.filter((p) => exists.has(p.tab)).length - pending.length,
    orphans: plan.orphans,
    settingsChanged: fix.changed,
    done,
    noUnitsYet: check.workbook.units.length === 0,
  };
}

/** What one step did, for the alert and for the progress tab. */
function summary(step: SetupStep): string[] {
  return [
    ...step.settingsChanged,
    `Đã tạo ${step.created.length}/${step.toCreate} tab cần tạo${step.created.length > 0 ? ` (${step.created.slice(0, 20).join(', ')}…)` : ''}; các tab đã có giữ nguyên dữ liệu.`,
    `Đã phân quyền ${step.protectedTabs}/${step.toProtect} tab cần phân quyền; ${step.alreadyProtected} tab đã đúng sẵn.`,
    ...(step.orphans.length > 0 ? [`Tab của đơn vị không còn trong danh sách (tô xám, giữ nguyên): ${step.orphans.join(', ')}.`] : []),
    ...(step.noUnitsYet ? ['Bước tiếp theo: điền tab Thiết lập, Đơn vị, Đề cương, Chỉ tiêu rồi chạy lại mục này.'] : []),
  ];
}

function progress(ctx: GasContext, step: SetupStep, runs: number): void {
  writeProgress(ctx.spreadsheet(), [
    step.done ? 'THIẾT LẬP BẢNG TÍNH: ĐÃ XONG (có thể xóa tab này)' : 'THIẾT LẬP BẢNG TÍNH: ĐANG TỰ CHẠY TIẾP, khoảng 1 phút một lần',
    `Lần chạy ${runs}, lúc ${formatDateTimeNumeric(ctx.nowIso())}.`,
    ...summary(step),
  ]);
}

/** The menu item: one step now; if work is left, the rest continues in the background. */
export function runSetup(ctx: GasContext): void {
  const step = setupStep(ctx);
  const script = ctx.g.ScriptApp;
  const lines = summary(step);
  if (!step.done) {
    scheduleContinuation(script, ctx.properties(), { owner: ctx.me(), startedAt: ctx.nowIso(), runs: 1 });
    progress(ctx, step, 1);
    lines.push(`Phần còn lại tự chạy tiếp, không cần mở bảng tính; xem tab "${SETUP_PROGRESS_TAB}".`);
  } else if (readSetupJob(ctx.properties()) !== null || ctx.spreadsheet().getSheetByName(SETUP_PROGRESS_TAB) !== null) {
    finishJob(script, ctx.properties());
    progress(ctx, step, 1);
  }
  ctx.say('Thiết lập bảng tính', lines.join('\n'));
}

/** The continuation trigger's handler: runs as whoever started the setup, without any Ui. */
export function continueSetup(ctx: GasContext): void {
  const script = ctx.g.ScriptApp;
  const props = ctx.properties();
  const job = readSetupJob(props);
  // One-off triggers are deleted here whether or not work is left; a new one is made if needed.
  if (job === null || job.owner !== ctx.me()) {
    deleteContinuations(script);
    return;
  }
  const step = setupStep(ctx);
  const runs = job.runs + 1;
  if (step.done) {
    finishJob(script, props);
  } else {
    scheduleContinuation(script, props, { ...job, runs });
  }
  progress(ctx, step, runs);
}
