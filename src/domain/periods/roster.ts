/**
 * The roster over time: which units exist in a period. Communes merge, chi bộ are founded and
 * dissolved, so a unit carries optional "Hoạt động từ ngày" / "đến ngày" dates; a unit whose
 * active dates do not overlap the report's period is not expected in it (not counted, not
 * reminded, no tab required, not a writer or reporter), and a unit that existed in an earlier
 * period is counted in that period's figures even when it is gone now. Pure.
 */
import type { Unit } from '../contract/tables';
import { isIsoDate } from '../dates';
import { toneKey } from '../text';
import { periodOverlaps } from './calendar';
import { periodOf, type PeriodSettings } from './of-settings';
import type { Period } from './period';

type ActiveDates = Pick<Unit, 'activeFrom' | 'activeTo'>;
type Span = Pick<Period, 'from' | 'to'>;

const date = (value: string | null | undefined): string | null => (value !== null && value !== undefined && isIsoDate(value) ? value : null);

/**
 * The span the roster is decided against: the period, or, when the settings give dates that make
 * no valid period (a finding says so), those dates as typed; null when there are none.
 */
export function rosterSpan(settings: PeriodSettings | null): Span | null {
  const period = periodOf(settings);
  if (period !== null) return period;
  const from = date(settings?.periodFrom);
  const to = date(settings?.periodTo);
  return from !== null && to !== null && from <= to ? { from, to } : null;
}

/** Whether a unit exists during `span`; every unit does when the span is unknown or it has no dates. */
export function unitActiveIn(unit: Partial<ActiveDates>, span: Span | null): boolean {
  if (span === null) return true;
  return periodOverlaps(span, date(unit.activeFrom), date(unit.activeTo));
}

/** The ids of the units not expected in the span (outside their active dates), in units-tab order. */
export function unitsNotExpected(units: ReadonlyArray<Pick<Unit, 'id'> & Partial<ActiveDates>>, span: Span | null): Set<string> {
  const out = new Set<string>();
  if (span === null) return out;
  for (const unit of units) if (!unitActiveIn(unit, span)) out.add(unit.id);
  return out;
}

/** Every unit of the units tab and every group, whatever the period: the roster earlier periods are read against. */
export interface FullRoster {
  readonly unitsById: ReadonlyMap<string, Pick<Unit, 'id' | 'group'> & Partial<ActiveDates>>;
  /** Group (tone key) → unit ids, in the units tab's order. */
  readonly groups: ReadonlyMap<string, ReadonlyArray<string>>;
}

export function fullRoster(units: ReadonlyArray<Pick<Unit, 'id' | 'group'> & Partial<ActiveDates>>): FullRoster {
  const unitsById = new Map<string, Pick<Unit, 'id' | 'group'> & Partial<ActiveDates>>();
  const groups = new Map<string, string[]>();
  for (const unit of units) {
    if (!unitsById.has(unit.id)) unitsById.set(unit.id, unit);
    if (unit.group === null || unit.group === '') continue;
    const key = toneKey(unit.group);
    const list = groups.get(key) ?? [];
    if (!list.includes(unit.id)) list.push(unit.id);
    groups.set(key, list);
  }
  return { unitsById, groups };
}

/**
 * The units an "@…" scope names in an earlier period: the unit by id, or the members of the group
 * that existed then (a commune merged away since still counts in the periods it existed in).
 */
export function unitsInScopeAt(roster: FullRoster, scope: string, span: Span): ReadonlyArray<string> | null {
  const id = scope.toUpperCase();
  if (roster.unitsById.has(id)) return [id];
  const members = roster.groups.get(toneKey(scope));
  if (members === undefined) return null;
  return members.filter((m) => unitActiveIn(roster.unitsById.get(m) ?? {}, span));
}
