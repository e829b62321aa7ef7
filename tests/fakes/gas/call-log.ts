/**
 * A shared log of every call the code under test makes into the fake Apps Script services,
 * keyed "Service.method" (e.g. "Range.getValues", "Docs.Documents.batchUpdate"). Each call is
 * also classified, so tests and the benchmark can report round-trips as reads, writes and Docs
 * calls. Pure geometry (Range.getRow, getA1Notation, ...) is "local": Apps Script answers it
 * without a server round-trip, so it does not inflate the read count.
 */

export type CallKind = 'read' | 'write' | 'docs' | 'local' | 'other';

export interface CallRecord {
  name: string;
  kind: CallKind;
}

export interface CallSummary {
  total: number;
  read: number;
  write: number;
  docs: number;
  local: number;
  other: number;
  byName: Record<string, number>;
}

const SPREADSHEET_SERVICES = new Set(['Spreadsheet', 'Sheet', 'Range', 'Protection', 'SpreadsheetApp']);
const LOCAL_METHODS = new Set([
  'Range.getRow',
  'Range.getColumn',
  'Range.getNumRows',
  'Range.getNumColumns',
  'Range.getA1Notation',
  'Range.getSheet',
  'SpreadsheetApp.newDataValidation',
  'SpreadsheetApp.getUi',
]);

/** The kind of a call, from its name: reads and writes are counted for spreadsheet services only. */
export function classifyCall(name: string): CallKind {
  if (name.startsWith('Docs.')) return 'docs';
  if (name.startsWith('Drive.')) return 'other';
  if (name.startsWith('Sheets.')) return name.endsWith('.batchUpdate') || name.endsWith('.update') ? 'write' : 'read';
  if (LOCAL_METHODS.has(name)) return 'local';
  const [service = '', method = ''] = name.split('.');
  if (!SPREADSHEET_SERVICES.has(service)) return 'other';
  return /^(get|is|can|has|open)/.test(method) ? 'read' : 'write';
}

export class CallLog {
  private records: CallRecord[] = [];
  private readonly listeners: Array<(record: CallRecord) => void> = [];

  record(name: string, kind: CallKind = classifyCall(name)): void {
    const record = { name, kind };
    this.records.push(record);
    for (const listener of this.listeners) listener(record);
  }

  /** Called on every recorded call (the simulated clock advances by each call's latency). */
  onRecord(listener: (record: CallRecord) => void): void {
    this.listeners.push(listener);
  }

  /** How many times one "Service.method" was called. */
  count(name: string): number {
    return this.records.filter((r) => r.name === name).length;
  }

  /** How many calls of one kind were made. */
  countKind(kind: CallKind): number {
    return this.records.filter((r) => r.kind === kind).length;
  }

  /** Calls in the order they were made. */
  list(): readonly CallRecord[] {
    return [...this.records];
  }

  summary(): CallSummary {
    const byName: Record<string, number> = {};
    const summary: CallSummary = { total: this.records.length, read: 0, write: 0, docs: 0, local: 0, other: 0, byName };
    for (const { name, kind } of this.records) {
      byName[name] = (byName[name] ?? 0) + 1;
      summary[kind] += 1;
    }
    return summary;
  }

  reset(): void {
    this.records = [];
  }
}
