// Bytes that cannot be a document page (too large, absurdly nested) fail with a bilingual
// PlanExtractError; encodings are read from the BOM or the page's charset; time stays bounded.
import { describe, expect, it } from 'vitest';
import { MAX_HTML_BYTES, MAX_HTML_DEPTH } from '../../src/extract/html/index.js';
import { PlanExtractError } from '../../src/model/errors.js';
import { DOC_HEAD, fromHtml, page, texts } from './helpers.js';

async function failure(p: Promise<unknown>): Promise<PlanExtractError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof PlanExtractError) return e;
    throw e;
  }
  throw new Error('expected a PlanExtractError');
}

describe('limits', () => {
  it('a page over 50 MB is refused before parsing', async () => {
    const e = await failure(fromHtml(new Uint8Array(MAX_HTML_BYTES + 1)));
    expect(e.code).toBe('HTML_TOO_LARGE');
    expect(e.vi).toMatch(/trang HTML quá lớn/);
  });

  it('absurd nesting is refused', async () => {
    const deep = '<div>'.repeat(MAX_HTML_DEPTH + 100) + 'x';
    const e = await failure(fromHtml(`<html><body>${deep}</body></html>`));
    expect(e.code).toBe('HTML_TOO_DEEP');
    expect(e.en).toMatch(/nests elements/);
  });

  it('deep but sane nesting (300 levels) is read', async () => {
    const m = await fromHtml(page(`${'<div>'.repeat(300)}${DOC_HEAD}<p>1. Sâu.</p>${'</div>'.repeat(300)}`));
    expect(texts(m)).toContain('1. Sâu.');
  });

  it('a 5 MB page of chrome around a small document is read without its chrome', async () => {
    const junk = `<div class="menu">${'<a href="#">Liên kết</a> '.repeat(20_000)}</div><script>${'x'.repeat(3_000_000)}</script>`;
    const m = await fromHtml(`<html><body>${junk}<div>${DOC_HEAD}<p>1. Nội dung.</p></div></body></html>`);
    expect(texts(m)).toContain('1. Nội dung.');
    expect(m.text).not.toContain('Liên kết');
  });
});

describe('encodings', () => {
  const latin = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

  it('a declared windows-1258 page is decoded from it', async () => {
    // 0xEA is "ê" and 0xD0 "Đ" in Windows-1258.
    const bytes = latin('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body><p>Ti\xEAu \xD0i\xEAm</p></body></html>');
    expect(texts(await fromHtml(bytes))).toEqual(['Tiêu Điêm']);
  });

  it('invalid UTF-8 without a charset is read as Windows-1258, with a warning', async () => {
    const m = await fromHtml(latin('<html><body><p>Ti\xEAu</p></body></html>'));
    expect(texts(m)).toEqual(['Tiêu']);
    expect(m.warnings.map((w) => w.code)).toContain('HTML_CHARSET_GUESSED');
  });

  it('UTF-8 with a BOM, and UTF-16LE with a BOM', async () => {
    const utf8 = new TextEncoder().encode('\uFEFF<html><body><p>Kế hoạch</p></body></html>');
    expect(texts(await fromHtml(utf8))).toEqual(['Kế hoạch']);
    const s = '<html><body><p>Kế hoạch</p></body></html>';
    const u16 = new Uint8Array(2 + s.length * 2);
    u16.set([0xff, 0xfe]);
    for (let i = 0; i < s.length; i++) {
      u16[2 + i * 2] = s.charCodeAt(i) & 0xff;
      u16[3 + i * 2] = s.charCodeAt(i) >> 8;
    }
    expect(texts(await fromHtml(u16))).toEqual(['Kế hoạch']);
  });

  it('decomposed Vietnamese (NFD) comes out NFC', async () => {
    const m = await fromHtml('<html><body><p>Ke\u0302\u0301 hoa\u0323ch</p></body></html>');
    expect(texts(m)).toEqual(['Kế hoạch']);
  });
});
