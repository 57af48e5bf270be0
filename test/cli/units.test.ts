// Pure pieces of the CLI: glob matching, language choice, progress frames, out-dir names.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandGlob, isGlob, segmentRegex, splitGlob } from '../../src/cli/glob.js';
import { isSkippedName, isSupportedName } from '../../src/cli/inputs.js';
import { langFromEnv, MESSAGES, translator } from '../../src/cli/messages.js';
import { preScanLang } from '../../src/cli/options.js';
import { Progress } from '../../src/cli/progress.js';
import { colorFor } from '../../src/cli/io.js';
import { outputRelPath, prepareOutDirPath } from '../../src/cli/write.js';

describe('glob', () => {
  it('splits the static folder from the wildcard segments', () => {
    expect(splitGlob('van-ban/2024/**/*.docx')).toEqual({ base: 'van-ban/2024', segments: ['**', '*.docx'] });
    expect(splitGlob('*.txt')).toEqual({ base: '.', segments: ['*.txt'] });
    expect(splitGlob('/data/kh-?.pdf')).toEqual({ base: '/data', segments: ['kh-?.pdf'] });
    expect(splitGlob('docs/**')).toEqual({ base: 'docs', segments: ['**', '*'] });
  });
  it('matches one segment like a shell', () => {
    expect(segmentRegex('kh-?.docx').test('kh-1.docx')).toBe(true);
    expect(segmentRegex('kh-?.docx').test('kh-12.docx')).toBe(false);
    expect(segmentRegex('*.txt').test('a.txt.bak')).toBe(false);
    expect(segmentRegex('(1)*').test('(1) kế hoạch.txt')).toBe(true);
    expect(isGlob('ke-hoach.docx')).toBe(false);
    expect(isGlob('thu-muc/*.docx')).toBe(true);
  });
  it('walks folders for ** and skips hidden entries', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'glob-'));
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    mkdirSync(join(dir, '.hidden'));
    for (const f of ['x.txt', 'a/y.txt', 'a/b/z.txt', 'a/b/z.pdf', '.hidden/h.txt', 'a/.dot.txt']) writeFileSync(join(dir, f), 'x');
    const rel = (ps: string[]) => ps.map((p) => p.slice(dir.length + 1));
    expect(rel(await expandGlob(dir, ['**', '*.txt']))).toEqual(['a/b/z.txt', 'a/y.txt', 'x.txt']);
    expect(rel(await expandGlob(dir, ['a', '*']))).toEqual(['a/y.txt']);
    expect(rel(await expandGlob(dir, ['*', 'b', 'z.*']))).toEqual(['a/b/z.pdf', 'a/b/z.txt']);
  });
  it('folders read only supported, visible, non-temp names', () => {
    expect(isSupportedName('ke-hoach.DOCX')).toBe(true);
    expect(isSupportedName('~$ke-hoach.docx')).toBe(false);
    expect(isSupportedName('.ke-hoach.txt')).toBe(false);
    expect(isSupportedName('bang.xlsx')).toBe(false);
    expect(isSkippedName('~$tmp.docx')).toBe(true);
  });
});

describe('language', () => {
  it('follows LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(langFromEnv({ LANG: 'vi_VN.UTF-8' })).toBe('vi');
    expect(langFromEnv({ LANG: 'vi_VN.UTF-8', LC_ALL: 'en_US.UTF-8' })).toBe('en');
    expect(langFromEnv({ LC_MESSAGES: 'vi', LANG: 'C' })).toBe('vi');
    expect(langFromEnv({})).toBe('en');
    expect(preScanLang(['x', '--lang', 'vi'], { LANG: 'C' })).toBe('vi');
    expect(preScanLang(['--lang=en'], { LANG: 'vi_VN' })).toBe('en');
  });
  it('has both languages for every message', () => {
    for (const [key, m] of Object.entries(MESSAGES)) {
      expect(typeof m.vi, key).toBe('function');
      expect(typeof m.en, key).toBe('function');
    }
    expect(translator('vi')('summary', 12, 11, 1, 347)).toBe('12 tệp: 11 thành công, 1 lỗi, 347 nhiệm vụ');
    expect(translator('en')('summary', 12, 11, 1, 347)).toBe('12 files: 11 converted, 1 failed, 347 tasks');
  });
});

describe('progress', () => {
  const sink = (isTTY: boolean) => {
    const chunks: string[] = [];
    return { chunks, stream: { isTTY, columns: 60, write: (s: string) => chunks.push(s) } };
  };
  it('draws a bar with \\r on a terminal and clears it before a line', () => {
    const { chunks, stream } = sink(true);
    const p = new Progress(stream, 2, true);
    p.finish('a.txt');
    p.line('a.txt: the file is empty');
    p.end();
    const all = chunks.join('');
    expect(all).toContain('\r\x1b[K');
    expect(all).toContain('1/2 a.txt');
    expect(all).toContain('\r\x1b[Ka.txt: the file is empty\n');
    expect(all.endsWith('\r\x1b[K')).toBe(true);
  });
  it('writes plain lines only when not live', () => {
    const { chunks, stream } = sink(false);
    const p = new Progress(stream, 2, false);
    p.finish('a.txt');
    p.line('x');
    p.end();
    expect(chunks).toEqual(['x\n']);
  });
});

describe('out-dir paths', () => {
  it('mirror the path relative to the folder given, with the new extension', () => {
    expect(outputRelPath('docs/2024/kh.docx', 'docs', '.json', false)).toBe('2024/kh.json');
    expect(outputRelPath('docs/kh.docx', 'docs', '.json', true)).toBe('kh.docx.json');
  });
  it('refuse to climb out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outdir-'));
    await expect(prepareOutDirPath(dir, '../x.json')).rejects.toThrow(/outside/);
    await expect(prepareOutDirPath(dir, '/etc/x.json')).rejects.toThrow(/outside/);
    expect(await prepareOutDirPath(dir, 'a/..b.json')).toBe(join(dir, 'a', '..b.json'));
  });
});

describe('colour', () => {
  it('only on a terminal, never with --no-color or NO_COLOR', () => {
    expect(colorFor({ isTTY: true }, true, {}).red('x')).not.toBe('x');
    expect(colorFor({ isTTY: false }, true, {}).red('x')).toBe('x');
    expect(colorFor({ isTTY: true }, false, {}).red('x')).toBe('x');
    expect(colorFor({ isTTY: true }, true, { NO_COLOR: '' }).red('x')).toBe('x');
  });
});
