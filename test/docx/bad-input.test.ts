// Bad input is refused with one clear PlanExtractError (en + vi), in bounded time and memory.
import { readFileSync } from 'node:fs';
import { Deflate, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/docx/index.js';
import { crc32 } from '../../src/extract/docx/zip.js';
import { PlanExtractError } from '../../src/model/errors.js';
import { buildDocx, documentXml } from './helpers.js';

async function refusal(bytes: Uint8Array, opts = {}): Promise<PlanExtractError> {
  try {
    await extract({ bytes, path: 'bad.docx', format: 'docx' }, opts);
  } catch (e) {
    expect(e).toBeInstanceOf(PlanExtractError);
    const err = e as PlanExtractError;
    // One line each, no stack trace or code dump in the message.
    expect(err.en).not.toMatch(/\n|\bat \w+ \(/);
    expect(err.vi).not.toMatch(/\n/);
    expect(err.vi).not.toBe(err.en);
    return err;
  }
  throw new Error('expected a PlanExtractError');
}

/** A zip written by hand, so declared sizes can lie. */
function rawZip(entries: { name: string; data: Uint8Array; method: number; crc: number; size: number }[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    chunks.push(local, name, Buffer.from(e.data));
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0);
    cen.writeUInt16LE(20, 4);
    cen.writeUInt16LE(20, 6);
    cen.writeUInt16LE(e.method, 10);
    cen.writeUInt32LE(e.crc, 16);
    cen.writeUInt32LE(e.data.length, 20);
    cen.writeUInt32LE(e.size, 24);
    cen.writeUInt16LE(name.length, 28);
    cen.writeUInt32LE(offset, 42);
    central.push(cen, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, cd, end]));
}

/** `mib` MiB of the same byte, deflated by streaming so the test never holds the inflated size. */
function deflatedZeros(mib: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const d = new Deflate({ level: 1 }, (chunk) => parts.push(chunk));
  const block = new Uint8Array(1 << 20).fill(0x20);
  for (let i = 0; i < mib; i++) d.push(block, i === mib - 1);
  return new Uint8Array(Buffer.concat(parts));
}

describe('bad .docx input', () => {
  it('not a zip', async () => {
    expect((await refusal(strToU8('KẾ HOẠCH số 12, không phải tệp zip'))).code).toBe('DOCX_NOT_ZIP');
  });

  it('a truncated zip', async () => {
    const whole = readFileSync(new URL('../../fixtures/docx/003_731ef92cda07baf8.docx', import.meta.url));
    const err = await refusal(whole.subarray(0, Math.floor(whole.length / 2)));
    expect(err.code).toBe('DOCX_DAMAGED');
    expect(err.en).toMatch(/truncated/);
  });

  it('a zip without word/document.xml', async () => {
    const err = await refusal(zipSync({ 'word/styles.xml': strToU8('<x/>'), 'readme.txt': strToU8('hi') }));
    expect(err.code).toBe('DOCX_NO_DOCUMENT');
  });

  it('an entry whose declared size passes the cap is refused before inflating', async () => {
    // The data is not even valid deflate: refusing it proves nothing was inflated.
    const bytes = rawZip([{ name: 'word/document.xml', data: new Uint8Array(64).fill(7), method: 8, crc: 0, size: 200 * 1024 * 1024 }]);
    const err = await refusal(bytes);
    expect(err.code).toBe('DOCX_TOO_LARGE');
    expect(err.en).toMatch(/64 MiB/);
  });

  it('a zip bomb that lies about its size is stopped at the cap while inflating', async () => {
    // 200 MiB of spaces deflate to a few hundred KiB; the entry claims 1000 bytes.
    const data = deflatedZeros(200);
    expect(data.length).toBeLessThan(500_000);
    const bytes = rawZip([{ name: 'word/document.xml', data, method: 8, crc: 0, size: 1000 }]);
    const before = process.memoryUsage().arrayBuffers;
    // With a 4 MiB cap, inflating stops after about 4 MiB of output, whatever the entry holds.
    const err = await refusal(bytes, { maxInflate: 4 * 1024 * 1024 });
    expect(err.code).toBe('DOCX_TOO_LARGE');
    // Held output is bounded by the cap (plus garbage not yet collected), far below the 200 MiB inside.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('the cap follows the maxInflate option', async () => {
    const body = '<w:p><w:r><w:t>' + 'x'.repeat(300_000) + '</w:t></w:r></w:p>';
    const bytes = buildDocx({ body });
    expect((await refusal(bytes, { maxInflate: 100_000 })).code).toBe('DOCX_TOO_LARGE');
    await expect(extract({ bytes, path: 'ok.docx', format: 'docx' }, {})).resolves.toBeTruthy();
  });

  it('a damaged entry (checksum mismatch)', async () => {
    const xml = strToU8(documentXml('<w:p><w:r><w:t>Số: 1</w:t></w:r></w:p>'));
    const bytes = rawZip([{ name: 'word/document.xml', data: xml, method: 0, crc: (crc32(xml) ^ 1) >>> 0, size: xml.length }]);
    expect((await refusal(bytes)).code).toBe('DOCX_DAMAGED');
  });

  it('XML with a DOCTYPE / ENTITY declaration', async () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>' +
      documentXml('<w:p><w:r><w:t>&lol2;</w:t></w:r></w:p>').replace(/^<\?xml[^>]*>/, '');
    const err = await refusal(zipSync({ 'word/document.xml': strToU8(xml) }));
    expect(err.code).toBe('DOCX_DOCTYPE');
    expect(err.en).toMatch(/DOCTYPE\/ENTITY/);
  });

  it('malformed XML', async () => {
    const err = await refusal(zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p></w:body></w:document>') }));
    expect(err.code).toBe('DOCX_BAD_XML');
  });

  it('absurd nesting depth', async () => {
    const deep = '<w:customXml>'.repeat(300) + '<w:p/>' + '</w:customXml>'.repeat(300);
    expect((await refusal(buildDocx({ body: deep }))).code).toBe('DOCX_TOO_COMPLEX');
  });

  it('more than 100 000 table cells', async () => {
    const row = '<w:tr>' + '<w:tc><w:p/></w:tc>'.repeat(1000) + '</w:tr>';
    const err = await refusal(buildDocx({ body: `<w:tbl>${row.repeat(101)}</w:tbl>` }));
    expect(err.code).toBe('DOCX_TOO_COMPLEX');
  });

  it('a password-protected Word file (OLE with EncryptedPackage)', async () => {
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole, 0);
    Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 1024);
    const err = await refusal(new Uint8Array(ole));
    expect(err.code).toBe('DOCX_ENCRYPTED');
    expect(err.en).toMatch(/password-protected Word file, not supported/);
  });
});
