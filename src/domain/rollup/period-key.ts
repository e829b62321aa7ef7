/**
 * The key and name of a workbook's reporting period, as a child summary carries it so that a
 * parent can refuse a child of another period; the period itself is `periodOf` (one definition,
 * src/domain/periods/of-settings.ts). Null when the settings describe no usable period.
 */
import type { Settings } from '../contract/tables';
import { periodOf } from '../periods/of-settings';

export function periodKeyOf(settings: Settings | null): string | null {
  return periodInfoOf(settings)?.key ?? null;
}

export function periodInfoOf(settings: Settings | null): { key: string; name: string } | null {
  const period = periodOf(settings);
  return period === null ? null : { key: period.key, name: period.name };
}
