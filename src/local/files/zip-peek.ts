/**
 * Looks inside a zip package (docProps/core.xml, the names of its entries) without unpacking the
 * rest, to tell what an existing file is before it may be replaced. A thin, never-throwing layer
 * over the one zip reader of the project (src/local/xlsx/zip.ts): anything it cannot read, or an
 * entry larger than a small cap, answers null.
 */
import { openZip, readZipDirectory } from '../xlsx/zip';

/** Enough for any core.xml or content-types part; a larger entry is not what we look for. */
const MAX_ENTRY_BYTES = 1 << 20;

/**
 * Names of the package's entries, from its central directory (stored uncompressed, so nothing
 * is unzipped); null when the directory is missing or cut off, as in a half-downloaded file.
 */
export function zipNames(bytes: Uint8Array): string[] | null {
  try {
    return readZipDirectory(bytes).map((e) => e.name);
  } catch {
    return null;
  }
}

/** The text of one entry (UTF-8), or null when it is missing or cannot be read. */
export function zipEntryText(bytes: Buffer, name: string): string | null {
  try {
    return openZip(bytes, MAX_ENTRY_BYTES).readText(name);
  } catch {
    return null;
  }
}
