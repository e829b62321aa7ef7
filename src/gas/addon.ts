/**
 * The add-in's handler table: one handler per row of the entry-point table (entry-points.ts),
 * each a thin call into its action module under src/gas/actions over a fresh GasContext. Menu
 * actions show their messages after their lock is released; trigger handlers have no Ui and mail
 * their failure to the person they run as. Services are reached only when an action runs.
 */
import { isoDateTimeInZone, REPORT_TIME_ZONE } from '../domain/dates';
import { runCheck } from './actions/check';
import { continueCollect, runCollect } from './actions/collect';
import { runCutoff } from './actions/cutoff';
import { runNewPeriod } from './actions/new-period';
import { runGenerateReport } from './actions/report';
import { runProgress } from './actions/progress';
import { runDailyReminders, runDisableReminders, runEnableReminders, runSendRemindersNow } from './actions/reminders';
import { continueSetup, runSetup } from './actions/setup';
import { buildMenu, customFunctions, ngayvnInSpreadsheet, rememberEdit, runHelp, runSelfCheck, selectCell } from './actions/simple';
import { runReopen, runSubmit } from './actions/submission';
import { explain, GasContext, menuAction } from './context';
import type { EntryName } from './entry-points';
import type { GasGlobals } from './surface';

export type Handler = (...args: never[]) => unknown;
export type Handlers = { readonly [K in EntryName]: Handler };

/**
 * A trigger's handler: no Ui (a trigger has no editor to show it in); a failure is mailed to the
 * person the trigger runs as, then rethrown so it also shows in the executions log.
 */
function triggerAction(services: () => GasGlobals, clock: () => Date, what: string, body: (ctx: GasContext) => void): () => void {
  return () => {
    const ctx = new GasContext(services, clock);
    try {
      body(ctx);
      ctx.discardMessages();
    } catch (error) {
      const g = services();
      const owner = g.Session.getEffectiveUser().getEmail();
      if (owner !== '') {
        const spreadsheet = g.SpreadsheetApp.getActiveSpreadsheet();
        g.MailApp.sendEmail({
          to: owner,
          subject: `[Báo cáo] ${what} bị lỗi ngày ${ctx.today()}`,
          body: `Lần chạy ${what.toLowerCase()} của bảng tính "${spreadsheet.getName()}" bị lỗi:\n\n${explain(error)}\n\n${spreadsheet.getUrl()}`,
        });
      }
      throw error;
    }
  };
}

export function createAddon(services: () => GasGlobals, clock: () => Date): Handlers {
  const menu = (body: (ctx: GasContext) => void) => menuAction(services, clock, body);
  const trigger = (what: string, body: (ctx: GasContext) => void) => triggerAction(services, clock, what, body);
  const handlers: Handlers = {
    onOpen: () => buildMenu(services()),
    onInstall: () => buildMenu(services()),
    onEdit: (e?: { range?: { getSheet(): { getName(): string } } }) => rememberEdit(services(), isoDateTimeInZone(clock(), REPORT_TIME_ZONE), e),
    baocaoSetup: menu(runSetup),
    baocaoCheck: menu(runCheck),
    baocaoSubmit: menu(runSubmit),
    baocaoReopen: menu(runReopen),
    baocaoProgress: menu(runProgress),
    baocaoCutoff: menu(runCutoff),
    baocaoGenerateReport: menu(runGenerateReport),
    baocaoCollectChildren: menu(runCollect),
    baocaoNewPeriod: menu(runNewPeriod),
    baocaoSendRemindersNow: menu(runSendRemindersNow),
    baocaoEnableReminders: menu(runEnableReminders),
    baocaoDisableReminders: menu(runDisableReminders),
    baocaoSelfCheck: menu(runSelfCheck),
    baocaoHelp: menu(runHelp),
    baocaoDailyReminders: trigger('Nhắc việc tự động', runDailyReminders),
    baocaoContinueSetup: trigger('Thiết lập bảng tính (chạy tiếp)', continueSetup),
    baocaoContinueCollect: trigger('Thu thập số liệu cấp dưới (chạy tiếp)', continueCollect),
    baocaoSelectCell: (tab: string, cell: string) => selectCell(services(), tab, cell),
    TYLE: customFunctions.TYLE,
    PHANTRAM: customFunctions.PHANTRAM,
    NGAYVN: (date: unknown) => ngayvnInSpreadsheet(services, date),
  };
  return handlers;
}
