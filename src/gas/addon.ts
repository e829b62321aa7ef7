/**
 * The add-in's actions, one per entry point: each reads the spreadsheet once through the
 * Sheets API, runs the same use cases as the command line, and writes back in bulk under the
 * document lock. Services are reached only when an action runs (never at load), so custom
 * functions and simple triggers evaluate the bundle without touching anything that needs
 * authorisation.
 */
import { checkWorkbook, type WorkbookCheck } from '../app/check-workbook';
import { compileChecked } from '../app/generate-report';
import { sendReminders, type ReminderRun } from '../app/send-reminders';
import { planSetup, ORPHAN_NOTE, unitTabProtection, type TabProtection } from '../app/setup-workbook';
import { decideReopen, decideSubmission, unitOfTab, type Actor } from '../app/submission';
import type { RawWorkbook } from '../domain/cells';
import { REMINDER_REASONS, type ReminderLogEntry } from '../domain/contract/tables';
import { REMINDER_LOG_TAB, SETTINGS_TAB, UNITS_TAB } from '../domain/contract/tabs';
import { ngayvn, phantram, tyle } from '../domain/custom-functions';
import { planDashboard } from '../domain/dashboard';
import { isoDateInZone, isoDateTimeInZone, REPORT_TIME_ZONE } from '../domain/dates';
import { countBySeverity, SEVERITY_LABEL } from '../domain/findings';
import { planTableTab, toCell } from '../domain/workbook/layout';
import { GasDocsReportRenderer, PAGE_NUMBER_NOTE } from './docs-renderer';
import { MENU_ITEMS, MENU_TITLE, type EntryName } from './entry-points';
import { markFindings } from './marks';
import { GasMailer } from './mailer';
import { applyProtection } from './protections';
import { mirrorWrites, overlaySubmissions, readSubmissionStates, writeSubmissionState, type SubmissionState } from './submission-state';
import type { DocsAdvancedService, GasGlobals, SheetsAdvancedService, SpreadsheetSurface } from './surface';
import { appendRows, createTab, rebuildTab, toSheetValue } from './tab-writer';
import { disableDailyReminders, enableDailyReminders } from './triggers';
import { findingsSidebarHtml, helpHtml, reportReadyHtml } from './ui';
import { GasWorkbookSource } from './workbook-source';

export type Handler = (...args: never[]) => unknown;
export type Handlers = { readonly [K in EntryName]: Handler };

const LAST_EDIT_PREFIX = 'baocao.lastEdit.';
/** Marks a unit tab as locked for the submission at this time, so locks are applied once. */
const LOCKED_PREFIX = 'baocao.locked.';
/** Stop creating tabs before Apps Script's 6-minute limit; a second run finishes the job. */
const SETUP_BUDGET_MS = 4.5 * 60 * 1000;
const LOCK_WAIT_MS = 30 * 1000;

class UserFacingError extends Error {}

export function createAddon(services: () => GasGlobals, clock: () => Date): Handlers {
  const g = services;
  const ui = () => g().SpreadsheetApp.getUi();
  const spreadsheet = (): SpreadsheetSurface => g().SpreadsheetApp.getActiveSpreadsheet();
  const documentProperties = () => g().PropertiesService.getDocumentProperties();
  const nowIso = () => isoDateTimeInZone(clock(), REPORT_TIME_ZONE);

  const sheetsApi = (): SheetsAdvancedService => {
    const api = g().Sheets;
    if (api === undefined) {
      throw new UserFacingError('Chưa bật dịch vụ nâng cao "Google Sheets API" cho tập lệnh. Xem mục Triển khai trong README.');
    }
    return api;
  };
  const docsApi = (): DocsAdvancedService => {
    const api = g().Docs;
    if (api === undefined) {
      throw new UserFacingError('Chưa bật dịch vụ nâng cao "Google Docs API" cho tập lệnh. Xem mục Triển khai trong README.');
    }
    return api;
  };

  const source = () => new GasWorkbookSource(spreadsheet(), sheetsApi(), () => readSubmissionStates(documentProperties()));
  /** One read of the spreadsheet: `raw` as stored (for mirroring), `check` with submissions laid over. */
  const readChecked = (): { raw: RawWorkbook; check: WorkbookCheck } => {
    const raw = source().readStored();
    const overlaid = overlaySubmissions(raw, readSubmissionStates(documentProperties()));
    return { raw, check: checkWorkbook({ read: () => overlaid }) };
  };

  const actor = (check: WorkbookCheck): Actor => {
    const email = (g().Session.getActiveUser().getEmail() || g().Session.getEffectiveUser().getEmail()).toLowerCase();
    const owner = spreadsheet().getOwner()?.getEmail().toLowerCase() ?? '';
    const secretariat = check.workbook.settings?.secretariatEmails ?? [];
    return { email, isSecretariat: email !== '' && (email === owner || secretariat.includes(email)) };
  };

  const alert = (title: string, message: string) => {
    const u = ui();
    u.alert(title, message, u.ButtonSet.OK);
  };

  /** Runs an action, turning expected problems into a Vietnamese alert instead of a stack trace. */
  const action = (body: () => void) => () => {
    try {
      body();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      alert(MENU_TITLE, error instanceof UserFacingError ? message : `Có lỗi khi chạy: ${message}`);
    }
  };

  const withLock = <T>(body: () => T): T => {
    const lock = g().LockService.getDocumentLock();
    if (!lock.tryLock(LOCK_WAIT_MS)) {
      throw new UserFacingError('Một người khác đang cập nhật bảng tính bằng menu Báo cáo. Xin thử lại sau ít phút.');
    }
    try {
      return body();
    } finally {
      lock.releaseLock();
    }
  };

  /** Writes the submission state of every recorded unit into the units tab, one column at a time. */
  /** Writes the recorded submission states into the units tab: at most four column writes. */
  const mirrorSubmissions = (stored: RawWorkbook, states: ReadonlyMap<string, SubmissionState>): boolean => {
    const sheet = spreadsheet().getSheetByName(UNITS_TAB.name);
    const writes = mirrorWrites(stored, states);
    if (sheet === null || writes.length === 0) return true;
    try {
      for (const write of writes) {
        sheet.getRange(2, write.col, write.values.length, 1).setValues(write.values.map((v) => [toSheetValue(v)]));
      }
      return true;
    } catch {
      // A unit clerk cannot write the secretariat's tab; the next secretariat action mirrors it.
      return false;
    }
  };

  const owner = () => spreadsheet().getOwner()?.getEmail() ?? null;

  const protect = (protections: ReadonlyArray<TabProtection>): number => {
    let applied = 0;
    for (const p of protections) {
      const sheet = spreadsheet().getSheetByName(p.tab);
      if (sheet !== null && applyProtection(sheet, p, g().SpreadsheetApp, owner()) !== 'denied') applied += 1;
    }
    return applied;
  };

  const unitProtection = (check: WorkbookCheck, unitId: string, locked: boolean): TabProtection | null => {
    const unit = check.lookup.unitsById.get(unitId);
    return unit === undefined ? null : unitTabProtection(unit, check.workbook.settings?.secretariatEmails ?? [], locked);
  };

  /** Locks or unlocks one unit tab; remembers a completed lock so it is not redone. */
  const setUnitLock = (check: WorkbookCheck, unitId: string, locked: boolean): boolean => {
    const wanted = unitProtection(check, unitId, locked);
    const sheet = wanted === null ? null : spreadsheet().getSheetByName(wanted.tab);
    if (wanted === null || sheet === null) return false;
    const exact = applyProtection(sheet, wanted, g().SpreadsheetApp, owner()) === 'exact';
    const status = check.status.units.find((u) => u.unitId === unitId);
    if (locked && exact) documentProperties().setProperty(LOCKED_PREFIX + unitId, status?.submittedAt ?? 'x');
    if (!locked) documentProperties().deleteProperty(LOCKED_PREFIX + unitId);
    return exact;
  };

  /** Finishes locks a unit could not apply to itself (run by the secretariat or its trigger). */
  const syncPendingLocks = (check: WorkbookCheck): number => {
    const props = documentProperties();
    let done = 0;
    for (const unit of check.status.units) {
      if (unit.state !== 'submitted' || props.getProperty(LOCKED_PREFIX + unit.unitId) === unit.submittedAt) continue;
      if (setUnitLock(check, unit.unitId, true)) done += 1;
    }
    return done;
  };

  const requireSecretariat = (check: WorkbookCheck): Actor => {
    const who = actor(check);
    if (!who.isSecretariat && check.workbook.settings !== null) {
      throw new UserFacingError('Chỉ bộ phận tổng hợp (email ở tab Thiết lập, hoặc chủ sở hữu bảng tính) được dùng chức năng này.');
    }
    return who;
  };

  const runReminders = (dryRun: boolean): ReminderRun => {
    const raw = source().read();
    const url = spreadsheet().getUrl();
    const run = sendReminders({
      source: { read: () => raw },
      today: isoDateInZone(clock(), REPORT_TIME_ZONE),
      now: nowIso(),
      mailer: new GasMailer(g().MailApp),
      log: {
        append: (entries: ReadonlyArray<ReminderLogEntry>) => {
          const columns = Object.entries(REMINDER_LOG_TAB.columns);
          const rows = entries.map((e) => columns.map(([field, def]) => toCell(def, (e as Record<string, unknown>)[field])));
          appendRows(spreadsheet(), planTableTab(REMINDER_LOG_TAB, [], 'system'), rows, g().SpreadsheetApp);
        },
      },
      tabLink: () => url,
      dryRun,
    });
    return run;
  };

  const describePlan = (run: ReminderRun): string => {
    const label = (value: string) => REMINDER_REASONS.find((r) => r.value === value)?.label ?? value;
    return run.mails.map((m) => `• ${m.unitName} (${label(m.reason)}) → ${m.message.to.join(', ')}`).join('\n');
  };

  const handlers: Handlers = {
    onOpen: () => {
      const menu = ui().createMenu(MENU_TITLE);
      for (const item of MENU_ITEMS) {
        if (item.separatorBefore === true) menu.addSeparator();
        menu.addItem(item.caption, item.name);
      }
      menu.addToUi();
    },
    onInstall: () => handlers.onOpen(),
    onEdit: (e?: { range?: { getSheet(): { getName(): string } } }) => {
      const name = e?.range?.getSheet().getName();
      if (name !== undefined) documentProperties().setProperty(LAST_EDIT_PREFIX + name, nowIso());
    },

    baocaoSetup: action(() => {
      withLock(() => {
        const started = clock().getTime();
        const { raw, check } = readChecked();
        if (check.workbook.settings !== null) requireSecretariat(check);
        const plan = planSetup(raw, check);
        const created: string[] = [];
        for (const tab of plan.create) {
          if (clock().getTime() - started > SETUP_BUDGET_MS) break;
          createTab(spreadsheet(), tab, g().SpreadsheetApp);
          created.push(tab.name);
          if (created.length % 10 === 0) spreadsheet().toast(`Đã tạo ${created.length}/${plan.create.length} tab…`, 'Thiết lập bảng tính', 5);
        }
        const unfinished = plan.create.length - created.length;
        for (const name of plan.orphans) {
          const sheet = spreadsheet().getSheetByName(name);
          sheet?.setTabColor('#999999');
          sheet?.getRange(1, 1).setNote(ORPHAN_NOTE);
        }
        const settingsSheet = spreadsheet().getSheetByName(SETTINGS_TAB.name);
        const urlCell = check.workbook.settingsCells.spreadsheetUrl;
        if (settingsSheet !== null && urlCell !== undefined && (check.workbook.settings?.spreadsheetUrl ?? null) === null) {
          settingsSheet.getRange(urlCell).setValue(spreadsheet().getUrl());
        }
        const protectedTabs = protect(plan.protections);
        syncPendingLocks(check);
        mirrorSubmissions(raw, readSubmissionStates(documentProperties()));
        const lines = [
          created.length > 0 ? `Đã tạo ${created.length} tab: ${created.join(', ')}.` : 'Không cần tạo tab mới.',
          `Các tab đã có được giữ nguyên dữ liệu. Đã phân quyền nhập cho ${protectedTabs} tab.`,
          ...(plan.orphans.length > 0 ? [`Tab của đơn vị không còn trong danh sách (tô xám, giữ nguyên): ${plan.orphans.join(', ')}.`] : []),
          ...(unfinished > 0 ? [`Còn ${unfinished} tab chưa tạo vì sắp hết thời gian cho phép; hãy chạy lại Thiết lập bảng tính.`] : []),
          ...(check.workbook.units.length === 0 ? ['Bước tiếp theo: điền tab Thiết lập, Đơn vị, Đề cương, Chỉ tiêu rồi chạy lại mục này để tạo tab cho từng đơn vị.'] : []),
        ];
        alert('Thiết lập bảng tính', lines.join('\n'));
      });
    }),

    baocaoCheck: action(() => {
      const { check } = readChecked();
      const counts = countBySeverity(check.findings);
      const summary = `${counts.errors} ${SEVERITY_LABEL.error}, ${counts.warnings} ${SEVERITY_LABEL.warning}`;
      withLock(() => markFindings(spreadsheet(), check.findings, documentProperties()));
      const html = g().HtmlService.createHtmlOutput(findingsSidebarHtml(check.findings, `Kiểm tra: ${summary}`)).setTitle('Kết quả kiểm tra');
      ui().showSidebar(html);
      spreadsheet().toast(summary, 'Kiểm tra dữ liệu', 5);
    }),

    baocaoSubmit: action(() => {
      withLock(() => {
        const { raw, check } = readChecked();
        const decision = decideSubmission(check, unitOfTab(check, spreadsheet().getActiveSheet().getName()), actor(check), nowIso());
        if (!decision.ok) {
          alert('Nộp báo cáo', decision.reasons.join('\n'));
          return;
        }
        const { record } = decision;
        const previous = readSubmissionStates(documentProperties()).get(record.unitId);
        const state: SubmissionState = {
          submittedAt: record.submittedAt,
          submittedBy: record.submittedBy,
          reopenedAt: previous?.reopenedAt ?? null,
          reopenReason: previous?.reopenReason ?? null,
        };
        writeSubmissionState(documentProperties(), record.unitId, state);
        mirrorSubmissions(raw, new Map([[record.unitId, state]]));
        const unit = check.lookup.unitsById.get(record.unitId);
        const submitted = checkWorkbook({ read: () => source().read() });
        const locked = setUnitLock(submitted, record.unitId, true);
        alert(
          'Nộp báo cáo',
          `Đã nộp phần của ${unit?.name ?? record.unitId} lúc ${record.submittedAt.replace('T', ' ')}.` +
            (locked ? ' Tab đã được khóa; muốn sửa, đề nghị bộ phận tổng hợp mở lại.' : ' Bộ phận tổng hợp sẽ khóa tab ở lần cập nhật tới.'),
        );
      });
    }),

    baocaoReopen: action(() => {
      const { raw, check } = readChecked();
      const who = requireSecretariat(check);
      const unitId = unitOfTab(check, spreadsheet().getActiveSheet().getName());
      const u = ui();
      const answer = u.prompt('Mở lại để bổ sung', 'Lý do mở lại (đơn vị sẽ thấy lý do này):', u.ButtonSet.OK_CANCEL);
      if (answer.getSelectedButton() !== u.Button.OK) return;
      const decision = decideReopen(check, unitId, who, answer.getResponseText(), nowIso());
      if (!decision.ok) {
        alert('Mở lại để bổ sung', decision.reasons.join('\n'));
        return;
      }
      withLock(() => {
        const { record } = decision;
        const previous = readSubmissionStates(documentProperties()).get(record.unitId);
        const state: SubmissionState = {
          submittedAt: previous?.submittedAt ?? null,
          submittedBy: previous?.submittedBy ?? null,
          reopenedAt: record.reopenedAt,
          reopenReason: record.reason,
        };
        writeSubmissionState(documentProperties(), record.unitId, state);
        mirrorSubmissions(raw, new Map([[record.unitId, state]]));
        const unit = check.lookup.unitsById.get(record.unitId);
        setUnitLock(check, record.unitId, false);
        alert('Mở lại để bổ sung', `Đã mở lại tab của ${unit?.name ?? record.unitId}. Lý do: ${record.reason}`);
      });
    }),

    baocaoProgress: action(() => {
      const { raw, check } = readChecked();
      const edits = new Map<string, string>();
      for (const [key, value] of Object.entries(documentProperties().getProperties())) {
        if (key.startsWith(LAST_EDIT_PREFIX)) edits.set(key.slice(LAST_EDIT_PREFIX.length), value);
      }
      const plan = planDashboard(check.status, edits, nowIso());
      withLock(() => {
        rebuildTab(spreadsheet(), plan, g().SpreadsheetApp, plan.rowColours).activate();
        if (actor(check).isSecretariat) {
          syncPendingLocks(check);
          mirrorSubmissions(raw, readSubmissionStates(documentProperties()));
        }
      });
      spreadsheet().toast(`Đã nộp ${check.status.submitted}/${check.status.expected} đơn vị.`, 'Tiến độ', 5);
    }),

    baocaoGenerateReport: action(() => {
      const raw = source().read();
      const { check, model } = compileChecked({ read: () => raw });
      if (model === null) {
        throw new UserFacingError('Chưa tạo được báo cáo: tab Thiết lập còn thiếu thông tin bắt buộc. Hãy chạy Kiểm tra dữ liệu để xem chi tiết.');
      }
      const errors = check.findings.filter((f) => f.severity === 'error').length;
      if (errors > 0) {
        const u = ui();
        const answer = u.alert('Tạo báo cáo', `Dữ liệu còn ${errors} lỗi; các chỗ chưa tính được sẽ hiện "[?]". Vẫn tạo bản thảo?`, u.ButtonSet.YES_NO);
        if (answer !== u.Button.YES) return;
      }
      const renderer = new GasDocsReportRenderer({
        docs: docsApi(),
        drive: g().DriveApp,
        folderId: check.workbook.settings?.reportFolderId ?? null,
      });
      const doc = renderer.render(model);
      const html = g().HtmlService.createHtmlOutput(reportReadyHtml(doc.url, model.title, [PAGE_NUMBER_NOTE])).setWidth(420).setHeight(200);
      ui().showModalDialog(html, 'Báo cáo đã tạo');
    }),

    baocaoSendRemindersNow: action(() => {
      const preview = runReminders(true);
      if (preview.mails.length === 0) {
        alert('Gửi nhắc việc', 'Hôm nay không có đơn vị nào cần nhắc.');
        return;
      }
      const u = ui();
      const answer = u.alert('Gửi nhắc việc', `Sẽ gửi ${preview.mails.length} thư:\n${describePlan(preview)}\n\nGửi ngay?`, u.ButtonSet.YES_NO);
      if (answer !== u.Button.YES) return;
      const run = withLock(() => runReminders(false));
      const sent = run.attempts.filter((a) => a.result === 'sent').length;
      const failed = run.attempts.filter((a) => a.result === 'failed').length;
      alert(
        'Gửi nhắc việc',
        `Đã gửi ${sent} thư.` +
          (failed > 0 ? ` ${failed} thư gửi lỗi (xem tab ${REMINDER_LOG_TAB.name}).` : '') +
          (run.stoppedForQuota ? ' Đã hết hạn mức gửi thư trong ngày; phần còn lại sẽ gửi ở lần sau.' : ''),
      );
    }),

    baocaoEnableReminders: action(() => {
      const { check } = readChecked();
      requireSecretariat(check);
      const hour = check.workbook.settings?.reminderHour ?? 8;
      const change = enableDailyReminders(g().ScriptApp, documentProperties(), hour);
      alert('Nhắc việc tự động', change.installed ? `Đã bật: mỗi ngày lúc ${hour} giờ sẽ gửi thư nhắc các đơn vị cần nhắc.` : `Nhắc việc tự động đã bật sẵn (lúc ${hour} giờ).`);
    }),

    baocaoDisableReminders: action(() => {
      const removed = disableDailyReminders(g().ScriptApp, documentProperties());
      alert('Nhắc việc tự động', removed > 0 ? 'Đã tắt nhắc việc tự động.' : 'Nhắc việc tự động chưa bật.');
    }),

    baocaoDailyReminders: () => {
      try {
        const lock = g().LockService.getDocumentLock();
        if (!lock.tryLock(5 * 60 * 1000)) throw new Error('Không lấy được khóa tài liệu trong 5 phút.');
        try {
          runReminders(false);
          // The trigger runs as the secretariat: finish locks that units could not apply.
          syncPendingLocks(readChecked().check);
        } finally {
          lock.releaseLock();
        }
      } catch (error) {
        const owner = g().Session.getEffectiveUser().getEmail();
        const message = error instanceof Error ? error.message : String(error);
        if (owner !== '') {
          g().MailApp.sendEmail({
            to: owner,
            subject: `[Báo cáo] Nhắc việc tự động bị lỗi ngày ${isoDateInZone(clock(), REPORT_TIME_ZONE)}`,
            body: `Lần chạy nhắc việc tự động của bảng tính "${spreadsheet().getName()}" bị lỗi:\n\n${message}\n\n${spreadsheet().getUrl()}`,
          });
        }
        throw error;
      }
    },

    baocaoHelp: action(() => {
      ui().showModalDialog(g().HtmlService.createHtmlOutput(helpHtml()).setWidth(560).setHeight(480), `Hướng dẫn – ${MENU_TITLE}`);
    }),

    baocaoSelectCell: (tab: string, cell: string) => {
      const sheet = spreadsheet().getSheetByName(tab);
      if (sheet === null) return;
      sheet.activate();
      sheet.getRange(cell).activate();
    },

    TYLE: (done: unknown, total: unknown, pad?: unknown) => tyle(done, total, pad),
    PHANTRAM: (done: unknown, total: unknown, decimals?: unknown) => phantram(done, total, decimals),
    NGAYVN: (date: unknown) => ngayvn(date),
  };
  return handlers;
}
