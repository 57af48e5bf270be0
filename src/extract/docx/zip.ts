// A minimal zip reader for OOXML packages: reads the central directory, checks every declared size
// against a cap before inflating, and enforces the same cap while inflating (zip-bomb guard).
import { Inflate } from 'fflate';
import { damagedZip, notZip, tooLarge, unsupportedZip } from './errors.js';

/** Default cap on the inflated size of one entry: 64 MiB. */
export const DEFAULT_MAX_INFLATE = 64 * 1024 * 1024;
/** Input slice fed to the inflater at a time; deflate expands at most ~1032:1, so one push yields ≤ ~16 MiB. */
const INFLATE_SLICE = 16384;
const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;
/** Central directory entries beyond this are not a Word document (guards a crafted directory). */
const MAX_ENTRIES = 10000;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export class ZipPackage {
  readonly entries = new Map<string, ZipEntry>();

  constructor(
    private readonly bytes: Uint8Array,
    private readonly maxInflate = DEFAULT_MAX_INFLATE,
  ) {
    if (bytes.length < 4 || readU32(bytes, 0) !== LOC_SIG) throw notZip();
    const eocd = findEocd(bytes);
    if (eocd < 0) throw damagedZip('no end-of-archive record');
    const count = readU16(bytes, eocd + 10);
    const cdSize = readU32(bytes, eocd + 12);
    const cdOffset = readU32(bytes, eocd + 16);
    if (cdOffset === 0xffffffff || count === 0xffff) throw unsupportedZip('ZIP64 archive');
    if (count > MAX_ENTRIES) throw unsupportedZip(`${count} entries`);
    if (cdOffset + cdSize > eocd) throw damagedZip('central directory outside the file');
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > bytes.length || readU32(bytes, p) !== CEN_SIG) throw damagedZip('bad central directory');
      const nameLen = readU16(bytes, p + 28);
      const extraLen = readU16(bytes, p + 30);
      const commentLen = readU16(bytes, p + 32);
      const entry: ZipEntry = {
        flags: readU16(bytes, p + 8),
        method: readU16(bytes, p + 10),
        crc: readU32(bytes, p + 16),
        compressedSize: readU32(bytes, p + 20),
        size: readU32(bytes, p + 24),
        localOffset: readU32(bytes, p + 42),
        name: decodeName(bytes.subarray(p + 46, p + 46 + nameLen)),
      };
      this.entries.set(normaliseName(entry.name), entry);
      p += 46 + nameLen + extraLen + commentLen;
    }
  }

  has(name: string): boolean {
    return this.entries.has(normaliseName(name));
  }

  /** The inflated bytes of an entry, or null when the package has no such entry. */
  read(name: string): Uint8Array | null {
    const entry = this.entries.get(normaliseName(name));
    if (!entry) return null;
    if (entry.flags & 1) throw unsupportedZip(`encrypted entry ${entry.name}`);
    // Declared size first: refuse before a single byte is inflated.
    if (entry.size > this.maxInflate) throw tooLarge(entry.name, this.maxInflate);
    const data = this.rawData(entry);
    let out: Uint8Array;
    if (entry.method === 0) out = data;
    else if (entry.method === 8) out = inflateCapped(data, entry, this.maxInflate);
    else throw unsupportedZip(`compression method ${entry.method} in ${entry.name}`);
    if (out.length !== entry.size) throw damagedZip(`${entry.name}: size differs from the directory`);
    if (crc32(out) !== entry.crc) throw damagedZip(`${entry.name}: checksum mismatch`);
    return out;
  }

  /** An entry's text as UTF-8 (BOM dropped), or null when absent. */
  readText(name: string): string | null {
    const b = this.read(name);
    if (!b) return null;
    const text = new TextDecoder('utf-8', { fatal: false }).decode(b);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  private rawData(entry: ZipEntry): Uint8Array {
    const p = entry.localOffset;
    if (p + 30 > this.bytes.length || readU32(this.bytes, p) !== LOC_SIG) throw damagedZip(`${entry.name}: bad local header`);
    const start = p + 30 + readU16(this.bytes, p + 26) + readU16(this.bytes, p + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw damagedZip(`${entry.name} is cut short`);
    return this.bytes.subarray(start, end);
  }
}

/** Inflate with a running total: output past the declared size is counted, not stored, up to the cap. */
function inflateCapped(data: Uint8Array, entry: ZipEntry, cap: number): Uint8Array {
  const out = new Uint8Array(entry.size);
  let total = 0;
  let overCap = false;
  const inflater = new Inflate((chunk) => {
    if (total + chunk.length <= out.length) out.set(chunk, total);
    else if (total < out.length) out.set(chunk.subarray(0, out.length - total), total);
    total += chunk.length;
    if (total > cap) {
      overCap = true;
      throw new Error('over the cap');
    }
  });
  try {
    for (let i = 0; i < data.length; i += INFLATE_SLICE) {
      const end = Math.min(i + INFLATE_SLICE, data.length);
      inflater.push(data.subarray(i, end), end === data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (overCap) throw tooLarge(entry.name, cap);
    throw damagedZip(`${entry.name}: ${(e as Error).message || 'invalid deflate data'}`);
  }
  if (total !== entry.size) throw damagedZip(`${entry.name} inflates to ${total} bytes, the directory says ${entry.size}`);
  return out;
}

function findEocd(b: Uint8Array): number {
  // The record is 22 bytes plus a comment of up to 65535 bytes at the very end.
  const stop = Math.max(0, b.length - 22 - 65535);
  for (let i = b.length - 22; i >= stop; i--) {
    if (readU32(b, i) === EOCD_SIG) return i;
  }
  return -1;
}

function readU16(b: Uint8Array, p: number): number {
  return b[p] | (b[p + 1] << 8);
}

function readU32(b: Uint8Array, p: number): number {
  return (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0;
}

function decodeName(b: Uint8Array): string {
  return new TextDecoder('utf-8').decode(b);
}

/** Zip names are case-sensitive by spec, but Word and LibreOffice accept any case and "\" separators. */
function normaliseName(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\//, '').toLowerCase();
}

let CRC_TABLE: Uint32Array | null = null;

export function crc32(data: Uint8Array): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
