/**
 * Use case "set up the workbook", as a plan: which configuration tabs are missing and must be
 * created, which units have no tab yet, which unit tabs belong to units no longer listed (kept,
 * marked, never deleted), and who may edit each tab. Running it again never touches a tab that
 * exists, so no entered data can be lost.
 */
import { cellText, type RawWorkbook } from '../domain/cells';
import { REMINDER_LOG_TAB, SETTINGS_TAB, TABLE_TABS } from '../domain/contract/tabs';
import { toneKey } from '../domain/text';
import { EMPTY_SHEET } from '../domain/workbook/data';
import { planSettingsTab, planTableTab, planUnitTab, type TabPlan } from '../domain/workbook/layout';
import { BLANK_WORKBOOK } from '../example/blank';
import type { Unit } from '../domain/contract/tables';
import type { WorkbookCheck } from './check-workbook';

export interface TabProtection {
  readonly tab: string;
  /** Who may edit besides the owner: the unit's emails and the secretariat's, or the secretariat's. */
  readonly editors: ReadonlyArray<string>;
  readonly description: string;
  readonly unitId: string | null;
}

export interface SetupPlan {
  readonly create: ReadonlyArray<TabPlan>;
  readonly orphans: ReadonlyArray<string>;
  readonly protections: ReadonlyArray<TabProtection>;
}

/** First cell of every unit tab, written by the layout: "ĐƠN VỊ: … (mã …)". */
const UNIT_TAB_MARK = 'ĐƠN VỊ:';
export const ORPHAN_NOTE = 'Đơn vị của tab này không còn trong tab Đơn vị. Tab được giữ nguyên để không mất dữ liệu; có thể xóa khi không cần nữa.';

export const PROTECTION_PREFIX = 'baocao:';

/** Who may edit a unit's tab: its people and the secretariat, or only the secretariat once submitted. */
export function unitTabProtection(unit: Pick<Unit, 'id' | 'name' | 'tab' | 'emails'>, secretariat: ReadonlyArray<string>, locked: boolean): TabProtection {
  return {
    tab: unit.tab,
    editors: locked ? [...secretariat] : [...new Set([...(unit.emails ?? []), ...secretariat])],
    description: `${PROTECTION_PREFIX} ${unit.id} - ${unit.name}`,
    unitId: unit.id,
  };
}

/** Who may edit a configuration tab (settings, tables, logs, the add-in's own records): only the secretariat. */
export function configTabProtection(tab: string, secretariat: ReadonlyArray<string>): TabProtection {
  return { tab, editors: [...secretariat], description: `${PROTECTION_PREFIX} cấu hình`, unitId: null };
}

export function planSetup(raw: RawWorkbook, check: WorkbookCheck): SetupPlan {
  const existing = new Set(raw.tabs.map((t) => toneKey(t.name)));
  const has = (name: string) => existing.has(toneKey(name));
  const create: TabPlan[] = [];
  if (!has(SETTINGS_TAB.name)) create.push(planSettingsTab(BLANK_WORKBOOK.settings));
  for (const def of TABLE_TABS) if (!has(def.name)) create.push(planTableTab(def, []));

  const { lookup } = check;
  const settings = check.workbook.settings;
  const secretariat = settings?.secretariatEmails ?? [];
  const ctx = {
    indicators: check.workbook.indicators,
    sections: check.workbook.sections,
    writersOf: (id: string) => lookup.writersOf.get(id) ?? [],
    reportersOf: (code: string) => lookup.reportersOf.get(code) ?? [],
    deadline: settings?.deadline ?? null,
  };
  const unitTabs = new Set<string>();
  const protections: TabProtection[] = [];
  for (const unit of lookup.unitsById.values()) {
    // A shard unit's tab is made in its shard, and a child report has no tab here.
    if (unit.at.bad.includes('tab') || check.workbook.origins.get(unit.id)?.kind !== 'tab') continue;
    unitTabs.add(toneKey(unit.tab));
    if (!has(unit.tab) && !create.some((p) => toneKey(p.name) === toneKey(unit.tab))) {
      create.push(planUnitTab(unit, EMPTY_SHEET, ctx));
    }
    // A submitted tab is locked for the unit until the secretariat reopens it.
    const submitted = check.status.units.some((u) => u.unitId === unit.id && u.state === 'submitted');
    protections.push(unitTabProtection(unit, secretariat, submitted));
  }
  for (const name of [SETTINGS_TAB.name, ...TABLE_TABS.map((t) => t.name), REMINDER_LOG_TAB.name]) {
    protections.push(configTabProtection(name, secretariat));
  }
  const orphans = raw.tabs
    .filter((t) => !unitTabs.has(toneKey(t.name)) && cellText(t.rows[0]?.[0] ?? null).startsWith(UNIT_TAB_MARK))
    .map((t) => t.name);
  return { create, orphans, protections };
}
