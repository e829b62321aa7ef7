/**
 * Ports: the small interfaces the use cases need from the world, named by role. Each runtime
 * supplies its adapters (Google Sheets services in src/gas, files in src/local); tests supply
 * stateful fakes. Ports are synchronous because Apps Script is; Node adapters do their async
 * work (reading an .xlsx, packing a .docx) before or after calling a use case.
 */
import type { RawWorkbook } from '../domain/cells';
import type { SourceFailure } from '../domain/rollup/sources';

/** Where the workbook's cells come from: a Google Sheet, an .xlsx file, a test fixture. */
export interface WorkbookSource {
  read(): RawWorkbook;
}

/** The current instant; the core turns it into a date in the report's time zone. */
export interface Clock {
  now(): Date;
}

/**
 * Reads one other workbook named in the units tab (a shard or a child report), whole, in one go.
 * Never writes to it. A source that cannot be used comes back as a typed failure, not a throw.
 */
export interface SourceReader {
  read(source: string): RawWorkbook | SourceFailure;
}
