import { describe, expect, it } from 'vitest';
import { decideFormat } from '../../src/pipeline.js';
import { sniffFormat } from '../../src/extract/index.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('format by content, extension second', () => {
  it('recognises PDF, zip (docx), OLE (doc) and text', () => {
    expect(sniffFormat(enc('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffFormat(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0]))).toBe('zip');
    expect(sniffFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('doc');
    expect(sniffFormat(enc('KẾ HOẠCH\n'))).toBeNull();
    expect(sniffFormat(new Uint8Array(0))).toBe('empty');
  });
  it('text with a few stray control bytes (OCR) is still text; NULs or many controls are binary', () => {
    expect(sniffFormat(enc(`${'Quyết định '.repeat(50)}\u0003\u0004`))).toBeNull();
    expect(sniffFormat(new Uint8Array([65, 0, 66]))).toBe('binary');
    expect(sniffFormat(new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 ? 1 : 65))))).toBe('binary');
    expect(sniffFormat(new Uint8Array([0xff, 0xfe, 65, 0]))).toBeNull();
  });
  it('a mismatch between name and content is a warning; read as the content says', () => {
    const r = decideFormat(enc('%PDF-1.4\n'), 'ke-hoach.docx');
    expect(r.format).toBe('pdf');
    expect(r.warnings.map((w) => w.code)).toEqual(['FORMAT_MISMATCH']);
  });
  it('refuses empty files and random bytes with one clear cause', () => {
    expect(() => decideFormat(new Uint8Array(0), 'a.txt')).toThrow('the file is empty');
    expect(() => decideFormat(new Uint8Array([1, 2, 3, 0, 5]), 'a.pdf')).toThrow(/not a readable document/);
  });
  it('an HTML page is read as HTML, whatever its name', () => {
    expect(decideFormat(enc('<!DOCTYPE html><html>'), 'a.txt').format).toBe('html');
    expect(decideFormat(enc('<!-- saved --><html><body>'), 'trang.html').format).toBe('html');
    expect(decideFormat(enc('<div>Kế hoạch</div>'), 'trang.htm').format).toBe('html');
  });
});
