/**
 * What every action hands the core besides the spreadsheet's own cells (issue 11): the shards,
 * read now, one paced Sheets API call per shard, because their unit tabs change while people
 * type. Child reports are not read here: the core takes them from the "Dữ liệu cấp dưới" tab,
 * which came with the one read of the spreadsheet (validateWorkbook merges it with these reads;
 * "Thu thập số liệu cấp dưới" is what reads children). A shard that
 * cannot be read is a failure the core reports on its units; the others go on. Nothing to read
 * (no shard, no child, the usual case) costs nothing: one look at the units tab's source
 * column, before the full `sourcesNeeded` (which parses the whole workbook).
 */
import { cellText, isBlank, type RawWorkbook } from '../../domain/cells';
import { UNIT_COLUMNS } from '../../domain/contract/tables';
import { UNITS_TAB } from '../../domain/contract/tabs';
import { looseKey, nfc } from '../../domain/text';
import { findTab } from '../../domain/workbook/read';
import { sourcesNeeded, type SourceContent, type SourceReads } from '../../domain/rollup/sources';
import { OutOfTime, QuotaExhausted } from './pacer';
import { isSourceFailure, type SheetsSourceReader } from './source-reader';

/** A shard not read because this execution ran out of time or of quota: not the shard's fault. */
function postponed(why: 'time' | 'quota'): SourceContent {
  const reason = why === 'quota' ? 'Google tạm giới hạn số lần đọc mỗi phút' : 'hết thời gian của lần chạy này';
  return { kind: 'failed', failure: { kind: 'unreadable', detail: `lần này chưa đọc tới (${reason}). Đợi một phút rồi chạy lại.` } };
}

/** Whether any unit names a source at all (a non-blank cell under the units tab's "Nguồn dữ liệu" header). */
export function declaresSources(raw: RawWorkbook): boolean {
  const tab = findTab(raw, UNITS_TAB.name);
  if (tab === undefined) return false;
  const keys = [UNIT_COLUMNS.source.label, ...UNIT_COLUMNS.source.aliases].map(looseKey);
  const column = (tab.rows[0] ?? []).findIndex((cell) => keys.includes(looseKey(nfc(cellText(cell)))));
  return column >= 0 && tab.rows.slice(1).some((row) => !isBlank(row[column]));
}

export function readActionSources(raw: RawWorkbook, reader: SheetsSourceReader, now: () => string): SourceReads {
  if (!declaresSources(raw)) return new Map();
  const needed = sourcesNeeded(raw);
  if (needed.length === 0) return new Map();
  const reads = new Map<string, SourceContent>();
  let stopped: 'time' | 'quota' | null = null;
  for (const need of needed) {
    if (need.kind !== 'shard') continue;
    if (stopped !== null) {
      reads.set(need.key, postponed(stopped));
      continue;
    }
    try {
      const read = reader.read(need.source);
      reads.set(need.key, isSourceFailure(read) ? { kind: 'failed', failure: read, readAt: now() } : { kind: 'shard', raw: read });
    } catch (error) {
      if (!(error instanceof OutOfTime) && !(error instanceof QuotaExhausted)) throw error;
      stopped = error instanceof OutOfTime ? 'time' : 'quota';
      reads.set(need.key, postponed(stopped));
    }
  }
  return reads;
}
