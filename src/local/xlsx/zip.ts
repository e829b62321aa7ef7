/**
 * The zip container of .xlsx files, read and written at the level of its entries. Reading
 * lists the central directory and inflates only the parts asked for (a workbook's comments,
 * drawings and images are never decompressed), under a cap on the total unpacked size so a
 * "zip bomb" is refused before it fills memory. Writing copies the entries it keeps as they
 * are, compressed bytes and all, so every part the writer does not own comes out byte-identical.
 * Node's zlib does the (de)compression: native, and the caps are enforced by zlib itself.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** One entry of the central directory (sizes already resolved through Zip64 fields). */
export interface ZipEntry {
  readonly name: string;
  readonly versionMadeBy: number;
  readonly versionNeeded: number;
  readonly flags: number;
  readonly method: number;
  readonly modTime: number;
  readonly modDate: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly internalAttributes: number;
  readonly externalAttributes: number;
  readonly localHeaderOffset: number;
}

export type ZipProblem = 'damaged' | 'encrypted' | 'unsupported' | 'tooLarge';

export class ZipError extends Error {
  override readonly name = 'ZipError';
  constructor(
    readonly problem: ZipProblem,
    message: string,
  ) {
    super(message);
  }
}

const LOCAL_HEADER = 0x04034b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EXTRA = 0x0001;
const STORED = 0;
const DEFLATED = 8;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
/** The end-of-directory record is 22 bytes plus a comment of at most 65,535 bytes. */
const END_SEARCH_SPAN = 22 + 0xffff;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Whether the bytes start as a zip archive with entries does (every .xlsx and .docx): a local file header. */
export function startsWithLocalHeader(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && view(bytes).getUint32(0, true) === LOCAL_HEADER;
}

/** The entries of a zip archive, in directory order. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const data = view(bytes);
  // Names are decoded straight from the archive's bytes, without a copy per entry.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(data);
  if (end < 0) throw new ZipError('damaged', 'no end of central directory');
  let count = data.getUint16(end + 10, true);
  let offset = data.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    const zip64 = zip64Directory(data, end);
    count = zip64.count;
    offset = zip64.offset;
  }
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > bytes.length || data.getUint32(offset, true) !== DIRECTORY_ENTRY) {
      throw new ZipError('damaged', 'central directory cut off');
    }
    const nameLength = data.getUint16(offset + 28, true);
    const extraLength = data.getUint16(offset + 30, true);
    const commentLength = data.getUint16(offset + 32, true);
    const nameStart = offset + 46;
    if (nameStart + nameLength + extraLength > bytes.length) throw new ZipError('damaged', 'central directory cut off');
    let compressedSize = data.getUint32(offset + 20, true);
    let size = data.getUint32(offset + 24, true);
    let localHeaderOffset = data.getUint32(offset + 42, true);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localHeaderOffset === 0xffffffff) {
      // Zip64 extra field: the 8-byte values, in this order, for each field marked as "see here".
      let at = findExtra(data, nameStart + nameLength, extraLength, ZIP64_EXTRA);
      if (at < 0) throw new ZipError('damaged', 'missing Zip64 sizes');
      if (size === 0xffffffff) {
        size = readUint64(data, at);
        at += 8;
      }
      if (compressedSize === 0xffffffff) {
        compressedSize = readUint64(data, at);
        at += 8;
      }
      if (localHeaderOffset === 0xffffffff) localHeaderOffset = readUint64(data, at);
    }
    entries.push({
      name: buffer.toString('utf8', nameStart, nameStart + nameLength),
      versionMadeBy: data.getUint16(offset + 4, true),
      versionNeeded: data.getUint16(offset + 6, true),
      flags: data.getUint16(offset + 8, true),
      method: data.getUint16(offset + 10, true),
      modTime: data.getUint16(offset + 12, true),
      modDate: data.getUint16(offset + 14, true),
      crc32: data.getUint32(offset + 16, true),
      compressedSize,
      size,
      internalAttributes: data.getUint16(offset + 36, true),
      externalAttributes: data.getUint32(offset + 38, true),
      localHeaderOffset,
    });
    offset = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfDirectory(data: DataView): number {
  const lowest = Math.max(0, data.byteLength - END_SEARCH_SPAN);
  for (let at = data.byteLength - 22; at >= lowest; at -= 1) {
    if (data.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

function zip64Directory(data: DataView, end: number): { count: number; offset: number } {
  const locator = end - 20;
  if (locator < 0 || data.getUint32(locator, true) !== ZIP64_LOCATOR) throw new ZipError('damaged', 'missing Zip64 locator');
  const record = readUint64(data, locator + 8);
  if (record + 56 > data.byteLength || data.getUint32(record, true) !== ZIP64_END_OF_DIRECTORY) {
    throw new ZipError('damaged', 'missing Zip64 directory');
  }
  return { count: readUint64(data, record + 32), offset: readUint64(data, record + 48) };
}

function findExtra(data: DataView, start: number, length: number, id: number): number {
  for (let at = start; at + 4 <= start + length; ) {
    const size = data.getUint16(at + 2, true);
    if (data.getUint16(at, true) === id) return at + 4;
    at += 4 + size;
  }
  return -1;
}

function readUint64(data: DataView, at: number): number {
  const value = data.getUint32(at, true) + data.getUint32(at + 4, true) * 0x100000000;
  if (!Number.isSafeInteger(value)) throw new ZipError('damaged', 'size out of range');
  return value;
}

/** The stored (usually compressed) bytes of an entry, found through its local header. */
export function rawEntryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || data.getUint32(at, true) !== LOCAL_HEADER) throw new ZipError('damaged', `no local header for ${entry.name}`);
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipError('damaged', `${entry.name} is cut off`);
  return bytes.subarray(start, end);
}

/**
 * Unpacks entries while counting what they unpack to against one budget; the declared size is
 * checked before any work, and zlib stops at the declared size if the data says otherwise.
 */
export class ZipReader {
  private readonly byName = new Map<string, ZipEntry>();
  private remaining: number;

  constructor(
    private readonly bytes: Uint8Array,
    readonly entries: ReadonlyArray<ZipEntry>,
    /** Most bytes all unpacked entries together may hold. */
    readonly budget: number,
  ) {
    this.remaining = budget;
    // Part names are case-insensitive (ECMA-376 Part 2, 9.1.1.1); a later duplicate wins, as in JSZip.
    for (const entry of entries) this.byName.set(normalisePartName(entry.name), entry);
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(normalisePartName(name));
  }

  /** The unpacked bytes of a part, or null when the archive has no such entry. */
  read(name: string): Uint8Array | null {
    const entry = this.entry(name);
    if (entry === undefined) return null;
    if (entry.flags & FLAG_ENCRYPTED) throw new ZipError('encrypted', `${entry.name} is encrypted`);
    if (entry.size > this.remaining) throw new ZipError('tooLarge', `${entry.name} unpacks to ${entry.size} bytes`);
    const raw = rawEntryData(this.bytes, entry);
    let out: Uint8Array;
    if (entry.method === STORED) {
      out = raw;
    } else if (entry.method === DEFLATED) {
      try {
        out = inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size) });
      } catch (cause) {
        const tooLong = (cause as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
        throw new ZipError(tooLong ? 'tooLarge' : 'damaged', `${entry.name}: ${(cause as Error).message}`);
      }
    } else {
      throw new ZipError('unsupported', `${entry.name} uses compression method ${entry.method}`);
    }
    this.remaining -= out.length;
    return out;
  }

  readText(name: string): string | null {
    const bytes = this.read(name);
    return bytes === null ? null : decodeXml(bytes);
  }
}

function normalisePartName(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

/** XML parts are UTF-8 or, with a byte-order mark, UTF-16 (ECMA-376 Part 2, 8.1.4). */
export function decodeXml(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return buffer.subarray(2).toString('utf16le');
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return Buffer.from(buffer.subarray(2, buffer.length - (buffer.length % 2))).swap16().toString('utf16le');
  return buffer.toString('utf8').replace(/^\uFEFF/, '');
}

export function openZip(bytes: Uint8Array, budget: number): ZipReader {
  return new ZipReader(bytes, readZipDirectory(bytes), budget);
}

/** An entry of the archive being written: a kept one (copied as is) or new bytes (deflated here). */
export type ZipOutput =
  | { readonly kind: 'copy'; readonly entry: ZipEntry; readonly source: Uint8Array }
  | { readonly kind: 'new'; readonly name: string; readonly data: Uint8Array };

/** DOS time and date of a moment, in UTC (zip stores no time zone). */
function dosDateTime(now: Date): { time: number; date: number } {
  return {
    time: (now.getUTCHours() << 11) | (now.getUTCMinutes() << 5) | Math.floor(now.getUTCSeconds() / 2),
    date: ((Math.max(1980, now.getUTCFullYear()) - 1980) << 9) | ((now.getUTCMonth() + 1) << 5) | now.getUTCDate(),
  };
}

/** Writes a zip archive; kept entries keep their compressed bytes, CRC, times and attributes. */
export function writeZip(outputs: ReadonlyArray<ZipOutput>, now: Date = new Date()): Uint8Array {
  const chunks: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  const stamp = dosDateTime(now);
  for (const output of outputs) {
    let header: Omit<ZipEntry, 'localHeaderOffset'>;
    let body: Uint8Array;
    if (output.kind === 'copy') {
      body = rawEntryData(output.source, output.entry);
      // Sizes go into the local header, so no data descriptor follows the data.
      header = { ...output.entry, flags: output.entry.flags & ~FLAG_DATA_DESCRIPTOR };
    } else {
      body = deflateRawSync(output.data, { level: 6 });
      header = {
        name: output.name,
        versionMadeBy: 20,
        versionNeeded: 20,
        flags: FLAG_UTF8,
        method: DEFLATED,
        modTime: stamp.time,
        modDate: stamp.date,
        crc32: crc32(output.data),
        compressedSize: body.length,
        size: output.data.length,
        internalAttributes: 0,
        externalAttributes: 0,
      };
    }
    if (offset > 0xfffffffe || body.length > 0xfffffffe || header.size > 0xfffffffe) {
      throw new ZipError('tooLarge', 'archives over 4 GB are not written');
    }
    const name = Buffer.from(header.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(header.versionNeeded, 4);
    local.writeUInt16LE(header.flags, 6);
    local.writeUInt16LE(header.method, 8);
    local.writeUInt16LE(header.modTime, 10);
    local.writeUInt16LE(header.modDate, 12);
    local.writeUInt32LE(header.crc32 >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(header.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(DIRECTORY_ENTRY, 0);
    central.writeUInt16LE(header.versionMadeBy, 4);
    central.writeUInt16LE(header.versionNeeded, 6);
    central.writeUInt16LE(header.flags, 8);
    central.writeUInt16LE(header.method, 10);
    central.writeUInt16LE(header.modTime, 12);
    central.writeUInt16LE(header.modDate, 14);
    central.writeUInt32LE(header.crc32 >>> 0, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(header.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(header.internalAttributes, 36);
    central.writeUInt32LE(header.externalAttributes >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    chunks.push(local, name, body);
    directory.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directorySize = directory.reduce((sum, chunk) => sum + chunk.length, 0);
  if (outputs.length > 0xfffe) throw new ZipError('tooLarge', 'too many entries');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_DIRECTORY, 0);
  end.writeUInt16LE(outputs.length, 8);
  end.writeUInt16LE(outputs.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...directory, end]);
}

let crcTable: Int32Array | null = null;

/** CRC-32 as zip uses it (polynomial 0xEDB88320). */
export function crc32(bytes: Uint8Array): number {
  if (crcTable === null) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  const table = crcTable;
  let crc = -1;
  for (let i = 0; i < bytes.length; i += 1) crc = table[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
