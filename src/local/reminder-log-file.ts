/**
 * The offline reminder log: one CSV file in the outbox folder, `nhat-ky-nhac-viec.csv`, with the
 * same columns and Vietnamese values as the workbook's "Nhật ký nhắc việc" tab, so a person can
 * open it in Excel or LibreOffice and `baocao remind` can read it back to never mail a unit twice
 * a day. `baocao remind` never writes into the clerk's workbook; it reads both this file and the
 * workbook's own log tab (where the Sheets add-in logs). Rows are parsed by the domain's table
 * reader, the one that reads the log tab, so the two logs cannot mean different things.
 */
import { REMINDER_LOG_TAB } from '../domain/contract/tabs';
import type { ReminderLogEntry } from '../domain/contract/tables';
import type { CellValue } from '../domain/cells';
import type { Finding } from '../domain/findings';
import { toCell } from '../domain/workbook/layout';
import { readTable } from '../domain/workbook/read';
import { csvLine, parseCsv, UTF8_BOM } from './files/csv';
import { errnoCode, guarded } from './files/errors';
import type { FileSystem } from './files/file-system';
import type { UserPath } from './files/paths';
import { replaceAtomically } from './files/safe-write';

export const REMINDER_LOG_FILE = 'nhat-ky-nhac-viec.csv';

const COLUMNS = Object.entries(REMINDER_LOG_TAB.columns);

function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'object' && 'date' in value) return value.date.replace('T', ' ');
  if (typeof value === 'object') return String(value.result ?? '');
  return String(value);
}

/** One log entry as the CSV line a person reads: "2023-03-12 08:30,UBND,…,Còn lỗi,Đã gửi,…". */
export function logLine(entry: ReminderLogEntry): string {
  return csvLine(COLUMNS.map(([field, def]) => cellText(toCell(def, (entry as Record<string, unknown>)[field]))));
}

export function logHeader(): string {
  return csvLine(COLUMNS.map(([, def]) => def.label));
}

export interface LogRead {
  readonly entries: ReadonlyArray<ReminderLogEntry>;
  /** Rows the reader could not use, on their line of the file. */
  readonly findings: ReadonlyArray<Finding>;
  /** The file's bytes as read (null when there is no log yet), to append to. */
  readonly text: string | null;
  readonly mode: number | null;
}

/** Reads the log beside the outbox; no file yet is an empty log. */
export async function readReminderLog(fs: FileSystem, file: UserPath): Promise<LogRead> {
  let bytes: Buffer;
  let mode: number | null;
  try {
    bytes = await fs.readFile(file.absolute);
    mode = (await fs.stat(file.absolute)).mode;
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { entries: [], findings: [], text: null, mode: null };
    return guarded('read', file.typed, () => Promise.reject(error));
  }
  const text = bytes.toString('utf8');
  const rows = parseCsv(text);
  const tab = { name: file.typed, rows: rows.map((r) => r.map((c) => (c === '' ? null : c))) };
  const read = readTable(tab, REMINDER_LOG_TAB.columns, 1, tab.rows.length);
  return { entries: read.records, findings: read.findings, text, mode };
}

/**
 * Adds `entries` to the log in one atomic step (the whole file is rewritten through a temporary
 * file and a rename), so the log is either the old one or the old one plus every new line.
 */
export async function appendReminderLog(fs: FileSystem, file: UserPath, previous: LogRead, entries: ReadonlyArray<ReminderLogEntry>): Promise<void> {
  const start = previous.text === null || previous.text.replace(UTF8_BOM, '').trim() === '' ? UTF8_BOM + logHeader() : previous.text;
  const joined = start.endsWith('\n') ? start : `${start}\r\n`;
  await replaceAtomically(fs, file.absolute, file.typed, joined + entries.map(logLine).join(''), previous.mode);
}
