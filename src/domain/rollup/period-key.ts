/**
 * The key of a workbook's reporting period ("2026-Q1", "R:2022-03-01..2023-03-10"), which a child
 * summary carries so that a parent can refuse a child of another period. Null when the settings
 * have no period dates or dates the period core refuses (the settings checks report those).
 * D10's `periodOf(settings)` (src/domain/periods/of-settings.ts) supersedes this once merged.
 */
import type { Settings } from '../contract/tables';
import { periodFromDates } from '../periods/period';

export function periodKeyOf(settings: Settings | null): string | null {
  const period = periodInfoOf(settings);
  return period === null ? null : period.key;
}

export function periodInfoOf(settings: Settings | null): { key: string; name: string } | null {
  if (settings === null || settings.periodFrom === null || settings.periodTo === null) return null;
  const result = periodFromDates(settings.periodType ?? 'review', settings.periodFrom, settings.periodTo, settings.periodName ?? null);
  return result.ok ? { key: result.period.key, name: result.period.name } : null;
}
