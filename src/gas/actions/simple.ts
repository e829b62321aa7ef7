/**
 * The small entry points: the menu itself (onOpen, onInstall), remembering edits for the
 * dashboard (onEdit, a simple trigger: no services that need authorisation), help, the
 * sidebar's "go to this cell", the installation self-check and the custom functions. NGAYVN
 * reads its date in the spreadsheet's own zone: Sheets hands a custom function a Date built in
 * that zone, and reading it in any other zone can shift the day.
 */
import { isoDateInZone, REPORT_TIME_ZONE } from '../../domain/dates';
import { ngayvn, phantram, tyle } from '../../domain/custom-functions';
import type { GasContext } from '../context';
import { HELP_FILE, MENU_ITEMS, MENU_TITLE } from '../entry-points';
import { SELF_CHECK_FILE, selfCheck, selfCheckScript } from '../self-check';
import type { GasGlobals } from '../surface';
import { LAST_EDIT_PREFIX } from './progress';

export function buildMenu(g: GasGlobals): void {
  const menu = g.SpreadsheetApp.getUi().createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) {
    if (item.separatorBefore === true) menu.addSeparator();
    menu.addItem(item.caption, item.name);
  }
  menu.addToUi();
}

export function rememberEdit(g: GasGlobals, now: string, e?: { range?: { getSheet(): { getName(): string } } }): void {
  const name = e?.range?.getSheet().getName();
  if (name !== undefined) g.PropertiesService.getDocumentProperties().setProperty(LAST_EDIT_PREFIX + name, now);
}

export function runHelp(ctx: GasContext): void {
  const page = ctx.g.HtmlService.createHtmlOutputFromFile(HELP_FILE).setWidth(560).setHeight(480);
  ctx.g.SpreadsheetApp.getUi().showModalDialog(page, `Hướng dẫn – ${MENU_TITLE}`);
}

export function runSelfCheck(ctx: GasContext): void {
  const page = ctx.g.HtmlService.createHtmlOutputFromFile(SELF_CHECK_FILE).append(selfCheckScript(selfCheck(ctx))).setWidth(640).setHeight(560);
  ctx.g.SpreadsheetApp.getUi().showModalDialog(page, 'Kiểm tra cài đặt');
}

export function selectCell(g: GasGlobals, tab: string, cell: string): void {
  const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tab);
  if (sheet === null) return;
  sheet.activate();
  sheet.getRange(cell).activate();
}

function isDate(value: unknown): value is Date {
  // Not `instanceof Date`: a Date made in another realm (Sheets' runtime, a vm) fails that test.
  return Object.prototype.toString.call(value) === '[object Date]' && !Number.isNaN((value as Date).getTime());
}

/** NGAYVN of a date cell: the calendar day as the spreadsheet shows it. */
export function ngayvnInSpreadsheet(g: () => GasGlobals, date: unknown): string {
  if (!isDate(date)) return ngayvn(date);
  let zone = REPORT_TIME_ZONE;
  try {
    zone = g().SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone() || REPORT_TIME_ZONE;
  } catch {
    // Outside a spreadsheet (or without access) the report's zone is the best guess.
  }
  return ngayvn(isoDateInZone(date, zone));
}

export const customFunctions = {
  TYLE: (done: unknown, total: unknown, pad?: unknown) => tyle(done, total, pad),
  PHANTRAM: (done: unknown, total: unknown, decimals?: unknown) => phantram(done, total, decimals),
};
