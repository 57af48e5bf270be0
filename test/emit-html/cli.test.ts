// --format html from the command line (the built binary: `npx tsc -p .` first): one page for
// many inputs with its index, --out-dir pages plus index.html whose links resolve, --lang.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { built, listAll, run, SEEDS, seedFiles } from '../cli/helpers.js';
import { all, byTag, parsePage } from './dom.js';

describe('plan-extract --format html', () => {
  beforeAll(() => {
    if (!built()) throw new Error('dist/ is missing: run `npx tsc -p .` before these tests');
  });

  it('writes one page with an index for several inputs (-o)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-extract-html-cli-'));
    const out = join(dir, 'bao-cao.html');
    const r = await run([join(SEEDS, seedFiles()[0]), join(SEEDS, seedFiles()[2]), '--format', 'html', '-o', out, '--lang', 'vi', '-q']);
    expect(r.code).toBe(0);
    const dom = parsePage(readFileSync(out, 'utf8'));
    expect(byTag(dom, 'html')[0].attrs.lang).toBe('vi');
    expect(all(dom, (e) => e.tag === 'article')).toHaveLength(2);
    expect(all(dom, (e) => e.tag === 'section' && e.attrs.class === 'index')).toHaveLength(1);
    // Seed 000 has 62 tasks, seed 002 (giao ban giữa kỳ I) 5.
    expect(all(dom, (e) => e.tag === 'tr' && 'data-task' in e.attrs)).toHaveLength(67);
  }, 180_000);

  it('writes a page per document and an index whose links resolve (--out-dir)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-extract-html-cli-'));
    const docs = join(dir, 'in');
    mkdirSync(join(docs, 'năm 2024'), { recursive: true });
    copyFileSync(join(SEEDS, seedFiles()[0]), join(docs, 'năm 2024', 'kế hoạch.txt'));
    copyFileSync(join(SEEDS, seedFiles()[4]), join(docs, 'index.txt'));
    const r = await run([docs, '--format', 'html', '--out-dir', join(dir, 'out'), '--lang', 'en', '-q']);
    expect(r.code).toBe(0);
    // A document took index.html, so the index steps aside.
    expect(listAll(join(dir, 'out'))).toEqual(['index.html', 'năm 2024/kế hoạch.html', 'plan-extract-index.html']);
    const index = parsePage(readFileSync(join(dir, 'out', 'plan-extract-index.html'), 'utf8'));
    const links = all(index, (e) => e.tag === 'a' && !e.attrs.href.startsWith('#')).map((a) => a.attrs.href);
    expect(links).toEqual(['index.html', 'n%C4%83m%202024/k%E1%BA%BF%20ho%E1%BA%A1ch.html']);
    for (const l of links) expect(existsSync(join(dir, 'out', decodeURIComponent(l)))).toBe(true);
    expect(all(index, (e) => e.tag === 'table' && e.attrs.class === 'totals')).toHaveLength(1);
    expect(readFileSync(join(dir, 'out', 'index.html'), 'utf8')).toContain('lang="en"');
  }, 180_000);

  it('names the index index.html when no document takes that name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-extract-html-cli-'));
    const src = join(dir, 'in', 'kh.txt');
    mkdirSync(dirname(src), { recursive: true });
    writeFileSync(src, readFileSync(join(SEEDS, seedFiles()[2])));
    const r = await run([join(dir, 'in'), '--format', 'html', '--out-dir', join(dir, 'out'), '-q']);
    expect(r.code).toBe(0);
    expect(listAll(join(dir, 'out'))).toEqual(['index.html', 'kh.html']);
  }, 180_000);
});
