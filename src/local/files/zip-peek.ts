/**
 * Reads one small entry (docProps/core.xml, word/document.xml's name) out of a zip package
 * without unpacking the rest, to tell what an existing file is before it may be replaced. Only
 * the two methods Office and LibreOffice use are read: stored and deflated (APPNOTE.TXT 4.4.5,
 * https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT). Anything else answers null.
 */
import { inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_SEARCH_SPAN = 22 + 0xffff;
/** Enough for any core.xml or content-types part; a larger entry is not what we look for. */
const MAX_ENTRY_BYTES = 1 << 20;

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly localOffset: number;
}

function entries(bytes: Buffer): Entry[] | null {
  const lowest = Math.max(0, bytes.length - END_SEARCH_SPAN);
  let end = -1;
  for (let at = bytes.length - 22; at >= lowest; at -= 1) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  const found: Entry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== DIRECTORY_ENTRY) return null;
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength > bytes.length) return null;
    found.push({
      name: bytes.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'),
      method: bytes.readUInt16LE(offset + 10),
      compressedSize: bytes.readUInt32LE(offset + 20),
      localOffset: bytes.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return found;
}

/** Names of the package's entries, or null when the bytes are not a complete zip. */
export function zipNames(bytes: Buffer): string[] | null {
  if (bytes.length < 22) return null;
  return entries(bytes)?.map((e) => e.name) ?? null;
}

/** The text of one entry (UTF-8), or null when it is missing or cannot be read. */
export function zipEntryText(bytes: Buffer, name: string): string | null {
  if (bytes.length < 22) return null;
  const entry = entries(bytes)?.find((e) => e.name.toLowerCase() === name.toLowerCase());
  if (entry === undefined || entry.compressedSize > MAX_ENTRY_BYTES) return null;
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) return null;
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  try {
    if (entry.method === 0) return data.toString('utf8');
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES * 8 }).toString('utf8');
  } catch {
    return null;
  }
  return null;
}
