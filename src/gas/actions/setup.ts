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
import { UserFacingError, type GasContext } from '../context';
import { protectionMatches, applyProtection } from '../protections';
import { deleteContinuations, finishJob, readSetupJob, scheduleContinuation, writeProgress, SETUP_PROGRESS_TAB } from '../setup-job';
import { fixSpreadsheetSettings } from '../spreadsheet-settings';
import { readSubmissionStates } from '../submission-state';
import { createTab } from '../tab-writer';
import { unitTabProtection } from '../../app/setup-workbook';
import { mirrorSubmissions, requireSecretariat, runner, syncPendingLocks } from './shared';

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
  const fix = fixSpreadsheetSettings(ctx.spreadsheet());
  if (fix.refusal !== null) throw new UserFacingError(`Chưa thiết lập được: không đặt được múi giờ và ngôn ngữ của bảng tính.\n${fix.refusal}`);
  const { raw, check, metadata } = ctx.read();
  if (check.workbook.settings !== null) requireSecretariat(ctx, check);
  const plan = planSetup(raw, check);
  const app = ctx.g.SpreadsheetApp;
  const zone = ctx.timeZone();

  const made = inSlices(ctx, plan.create, (tab) => createTab(ctx.spreadsheet(), tab, app, zone));
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
  const pending: TabProtection[] = plan.protections.filter((p) => !protectionMatches(byTab.get(p.tab) ?? [], p, who));
  const secretariat = check.workbook.settings?.secretariatEmails ?? [];
  let protectedTabs = 0;
  let states = readSubmissionStates(ctx.properties());
  const applied = inSlices(ctx, pending, (wanted) => {
    // A unit may have submitted since the read: lock its tab rather than reopen it.
    let target = wanted;
    if (wanted.unitId !== null) {
      const state = states.get(wanted.unitId);
      const unit = check.lookup.unitsById.get(wanted.unitId);
      const submitted = state?.submittedAt !== null && state?.submittedAt !== undefined && (state.reopenedAt === null || state.reopenedAt < state.submittedAt);
      if (unit !== undefined && submitted) target = unitTabProtection(unit, secretariat, true);
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
    alreadyProtected: plan.protections.length - pending.length,
    orphans: plan.orphans,
    settingsChanged: fix.changed,
    done,
    noUnitsYet: check.workbook.units.length === 0,
  };
}

function progressLines(step: SetupStep, runs: number, now: string, done: boolean): string[] {
  return [
    done ? 'THIẾT LẬP BẢNG TÍNH: ĐÃ XONG' : 'THIẾT LẬP BẢNG TÍNH: ĐANG CHẠY TIẾP TỰ ĐỘNG',
    `Cập nhật lúc ${now.replace('T', ' ')}, lần chạy thứ ${runs}.`,
    `Tab mới tạo trong lần này: ${step.created.length}; còn phải tạo: ${step.toCreate - step.created.length}.`,
    `Phân quyền trong lần này: ${step.protectedTabs} tab; còn lại: ${step.toProtect - step.protectedTabs}; đã đúng sẵn: ${step.alreadyProtected}.`,
    done ? 'Có thể xóa tab này.' : 'Không cần làm gì: lần chạy tiếp theo tự bắt đầu sau khoảng 1 phút. Đừng xóa tab này khi đang chạy.',
  ];
}

/** The menu item: one step now; if work is left, the rest continues in the background. */
export function runSetup(ctx: GasContext): void {
  const step = setupStep(ctx);
  const script = ctx.g.ScriptApp;
  const lines = [
    ...step.settingsChanged,
    step.created.length > 0 ? `Đã tạo ${step.created.length} tab: ${step.created.slice(0, 30).join(', ')}${step.created.length > 30 ? ', …' : ''}.` : 'Không cần tạo tab mới.',
    `Các tab đã có được giữ nguyên dữ liệu. Đã phân quyền nhập cho ${step.protectedTabs} tab${step.alreadyProtected > 0 ? ` (${step.alreadyProtected} tab đã đúng sẵn, không cần làm lại)` : ''}.`,
    ...(step.orphans.length > 0 ? [`Tab của đơn vị không còn trong danh sách (tô xám, giữ nguyên): ${step.orphans.join(', ')}.`] : []),
    ...(step.noUnitsYet ? ['Bước tiếp theo: điền tab Thiết lập, Đơn vị, Đề cương, Chỉ tiêu rồi chạy lại mục này để tạo tab cho từng đơn vị.'] : []),
  ];
  if (step.done) {
    if (readSetupJob(ctx.properties()) !== null || ctx.spreadsheet().getSheetByName(SETUP_PROGRESS_TAB) !== null) {
      finishJob(script, ctx.properties());
      writeProgress(ctx.spreadsheet(), progressLines(step, 1, ctx.nowIso(), true));
    }
  } else {
    const job = { owner: ctx.me(), startedAt: ctx.nowIso(), runs: 1 };
    scheduleContinuation(script, ctx.properties(), job);
    writeProgress(ctx.spreadsheet(), progressLines(step, 1, ctx.nowIso(), false));
    lines.push(
      `Bảng tính lớn: còn ${step.toCreate - step.created.length} tab chưa tạo và ${step.toProtect - step.protectedTabs} tab chưa phân quyền. ` +
        `Phần còn lại tự chạy tiếp sau khoảng 1 phút, không cần mở bảng tính; xem tiến độ ở tab "${SETUP_PROGRESS_TAB}".`,
    );
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
  writeProgress(ctx.spreadsheet(), progressLines(step, runs, ctx.nowIso(), step.done));
}
