/**
 * Submission state kept in document properties, one small JSON value per unit, because a unit
 * clerk may write properties but not the secretariat's protected "Đơn vị" tab. Also the pure
 * overlay that puts this state into the raw "Đơn vị" tab before validation reads it.
 */
import { cellText, type CellValue, type RawWorkbook } from '../domain/cells';
import { fromSerial } from '../domain/dates';
import { UNIT_COLUMNS } from '../domain/contract/tables';
import { UNITS_TAB } from '../domain/contract/tabs';
import { looseKey, toneKey } from '../domain/text';
import type { PropertiesSurface } from './surface';

export interface SubmissionState {
  readonly submittedAt: string | null;
  readonly submittedBy: string | null;
  readonly reopenedAt: string | null;
  readonly reopenReason: string | null;
}

export const SUBMISSION_KEY_PREFIX = 'baocao.submission.';

export function readSubmissionStates(properties: PropertiesSurface): Map<string, SubmissionState> {
  const states = new Map<string, SubmissionState>();
  const all = properties.getProperties();
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(SUBMISSION_KEY_PREFIX)) continue;
    try {
      const parsed = JSON.parse(value) as Partial<SubmissionState>;
      states.set(key.slice(SUBMISSION_KEY_PREFIX.length), {
        submittedAt: parsed.submittedAt ?? null,
        submittedBy: parsed.submittedBy ?? null,
        reopenedAt: parsed.reopenedAt ?? null,
        reopenReason: parsed.reopenReason ?? null,
      });
    } catch {
      // A value someone edited by hand is ignored rather than breaking every menu action.
    }
  }
  return states;
}

export function writeSubmissionState(properties: PropertiesSurface, unitId: string, state: SubmissionState): void {
  properties.setProperty(SUBMISSION_KEY_PREFIX + unitId, JSON.stringify(state));
}

const FIELDS = ['submittedAt', 'submittedBy', 'reopenedAt', 'reopenReason'] as const;

/** Column positions (1-based) of the id and submission columns in the units tab's header row. */
export function submissionColumns(header: ReadonlyArray<CellValue>): Record<'id' | (typeof FIELDS)[number], number> | null {
  const keys = header.map((c) => looseKey(cellText(c)));
  const find = (label: string) => keys.indexOf(looseKey(label)) + 1;
  const columns = {
    id: find(UNIT_COLUMNS.id.label),
    submittedAt: find(UNIT_COLUMNS.submittedAt.label),
    submittedBy: find(UNIT_COLUMNS.submittedBy.label),
    reopenedAt: find(UNIT_COLUMNS.reopenedAt.label),
    reopenReason: find(UNIT_COLUMNS.reopenReason.label),
  };
  return Object.values(columns).every((c) => c > 0) ? columns : null;
}

/** The raw workbook with each unit's recorded submission state in its "Đơn vị" row. */
export function overlaySubmissions(raw: RawWorkbook, states: ReadonlyMap<string, SubmissionState>): RawWorkbook {
  if (states.size === 0) return raw;
  return {
    tabs: raw.tabs.map((tab) => {
      if (toneKey(tab.name) !== toneKey(UNITS_TAB.name)) return tab;
      const columns = submissionColumns(tab.rows[0] ?? []);
      if (columns === null) return tab;
      const rows = tab.rows.map((row, index) => {
        if (index === 0) return row;
        const state = states.get(cellText(row[columns.id - 1] ?? null).trim().toUpperCase());
        if (state === undefined) return row;
        const copy = [...row];
        for (const field of FIELDS) {
          const col = columns[field] - 1;
          while (copy.length <= col) copy.push(null);
          copy[col] = state[field];
        }
        return copy;
      });
      return { name: tab.name, rows };
    }),
  };
}

export interface ColumnWrite {
  /** 1-based column in the units tab. */
  readonly col: number;
  /** Values for rows 2..n, in order: recorded state where there is one, the cell's own value elsewhere. */
  readonly values: ReadonlyArray<CellValue>;
}

function comparable(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    const { date, time } = fromSerial(value);
    return time === '00:00' ? date : `${date}T${time}`;
  }
  if (typeof value === 'object') return 'date' in value ? value.date : '';
  return String(value).trim();
}

/**
 * The columns of the units tab that differ from the recorded submission states, as whole-column
 * writes (at most four, whatever the number of units). `underlying` is the tab as stored, before
 * the overlay.
 */
export function mirrorWrites(underlying: RawWorkbook, states: ReadonlyMap<string, SubmissionState>): ColumnWrite[] {
  const tab = underlying.tabs.find((t) => toneKey(t.name) === toneKey(UNITS_TAB.name));
  if (tab === undefined || states.size === 0) return [];
  const columns = submissionColumns(tab.rows[0] ?? []);
  if (columns === null) return [];
  const writes: ColumnWrite[] = [];
  for (const field of FIELDS) {
    const col = columns[field];
    let changed = false;
    const values: CellValue[] = [];
    for (let r = 1; r < tab.rows.length; r += 1) {
      const row = tab.rows[r] ?? [];
      const existing = row[col - 1] ?? null;
      const state = states.get(cellText(row[columns.id - 1] ?? null).trim().toUpperCase());
      if (state === undefined) {
        values.push(existing);
        continue;
      }
      const wanted = state[field];
      if (comparable(existing) !== (wanted ?? '')) changed = true;
      values.push(wanted === null ? null : /^\d{4}-\d{2}-\d{2}T/.test(wanted) ? { date: wanted } : wanted);
    }
    if (changed) writes.push({ col, values });
  }
  return writes;
}
