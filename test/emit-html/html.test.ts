// The HTML report without a browser: escaping of untrusted text, the CSP, the data-task hooks,
// counts against the seed documents (expected values read from the seed texts by hand).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emit } from '../../src/emit/index.js';
import { emitHtml, emitHtmlIndex, summarise } from '../../src/emit/html/index.js';
import { unitTotals } from '../../src/emit/html/index-page.js';
import { strings } from '../../src/emit/html/i18n.js';
import { wrapLabel } from '../../src/emit/html/timeline.js';
import type { Registry } from '../../src/model/registry.js';
import { REPO } from '../helpers/seeds.js';
import { all, byTag, parsePage, withAttr } from './dom.js';
import { batchRegistry, hostileRegistry, IMG_PAYLOAD, SCRIPT_PAYLOAD } from './fixture.js';

const golden = (name: string): Registry => JSON.parse(readFileSync(join(REPO, 'fixtures/golden', name), 'utf8')) as Registry;
const SEED0 = () => golden('000_2cb036a4f30d648d.json');

describe('escaping: document text stays text', () => {
  const html = emitHtml(hostileRegistry(), { lang: 'en' });
  const dom = parsePage(html);
  it('has exactly one script element (the page’s own) and no image', () => {
    expect(byTag(dom, 'script')).toHaveLength(1);
    expect(byTag(dom, 'img')).toHaveLength(0);
    expect(byTag(dom, 'script')[0].text).not.toContain('__pwned');
  });
  it('has no event-handler attribute anywhere', () => {
    expect(all(dom, (e) => Object.keys(e.attrs).some((a) => a.startsWith('on')))).toEqual([]);
  });
  it('shows the markup as text', () => {
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;');
    expect(html).not.toContain(SCRIPT_PAYLOAD);
    expect(html).not.toContain(IMG_PAYLOAD);
    const title = byTag(dom, 'title')[0].text;
    expect(title).toContain('<script>'); // the <title> text node holds the characters, not markup
  });
  it('keeps a hostile task id as the exact data-task value', () => {
    const ids = withAttr(dom, 'data-task').filter((e) => e.tag === 'tr').map((e) => e.attrs['data-task']);
    expect(ids).toEqual(['x1', `x2${IMG_PAYLOAD}`]);
  });
});

describe('page shell', () => {
  const html = emitHtml(SEED0(), { lang: 'vi' });
  const dom = parsePage(html);
  const csp = all(dom, (e) => e.tag === 'meta' && e.attrs['http-equiv'] === 'Content-Security-Policy')[0]?.attrs.content ?? '';
  it('has a CSP meta that allows nothing to load and only its own script and style', () => {
    expect(csp).toMatch(/default-src 'none'/);
    for (const d of ['img-src', 'font-src', 'connect-src', 'object-src', 'frame-src', 'base-uri', 'form-action']) expect(csp).toContain(`${d} 'none'`);
    const script = byTag(dom, 'script')[0].text;
    const style = byTag(dom, 'style')[0].text;
    const hash = (t: string) => `'sha256-${createHash('sha256').update(t, 'utf8').digest('base64')}'`;
    expect(csp).toContain(`script-src ${hash(script)}`);
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(csp).not.toContain('unsafe');
  });
  it('refers to nothing outside the page', () => {
    expect(all(dom, (e) => ['src', 'srcset', 'data', 'poster', 'action'].some((a) => a in e.attrs))).toEqual([]);
    expect(byTag(dom, 'link')).toEqual([]);
    const hrefs = withAttr(dom, 'href').map((e) => e.attrs.href);
    expect(hrefs.every((h) => h.startsWith('#'))).toBe(true);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(byTag(dom, 'style')[0].text).not.toMatch(/url\((?!#)|@import/);
  });
  it('is in the language asked for', () => {
    expect(byTag(dom, 'html')[0].attrs.lang).toBe('vi');
    expect(html).toContain('Nhiệm vụ');
    const en = emitHtml(SEED0(), { lang: 'en' });
    expect(parsePage(en).children[0].attrs.lang ?? byTag(parsePage(en), 'html')[0].attrs.lang).toBe('en');
    expect(en).toContain('Timeline of deadlines');
  });
  it('has a print stylesheet for A4 landscape with repeated table headers', () => {
    const style = byTag(dom, 'style')[0].text;
    expect(style).toMatch(/@media print\{[^]*@page\{size:A4 landscape/);
    expect(style).toMatch(/thead\{display:table-header-group\}/);
  });
});

describe('seed 000 (KH Sở GDĐT Bắc Giang 2024): rows, bars, sources', () => {
  const reg = SEED0();
  const html = emitHtml(reg, { lang: 'vi' });
  const dom = parsePage(html);
  const rows = all(dom, (e) => e.tag === 'tr' && 'data-task' in e.attrs);
  const bars = all(dom, (e) => e.tag === 'rect' && 'data-task' in e.attrs);
  it('has one row per task, with header cells scoped', () => {
    expect(rows).toHaveLength(62);
    expect(rows.map((r) => r.attrs['data-task'])).toEqual(reg.documents[0].tasks.map((t) => t.id));
    const table = all(dom, (e) => e.tag === 'table' && e.attrs.class === 'tasks')[0];
    const head = byTag(table, 'thead')[0];
    expect(byTag(head, 'th').map((th) => th.attrs.scope)).toEqual(Array(8).fill('col'));
    // The source rows shown on click label each cell with a row header.
    expect(byTag(byTag(table, 'tbody')[0], 'th').every((th) => th.attrs.scope === 'row')).toBe(true);
  });
  it('draws one bar per dated task and a band per continuous task', () => {
    // 14 "Quý …", 3 "Tháng …", 2 "hằng quý năm 2024" (dated) + 6 "Thường xuyên" bands.
    expect(bars).toHaveLength(25);
    expect(bars.filter((b) => b.attrs.class === 'band')).toHaveLength(8);
    expect(new Set(bars.map((b) => b.attrs['data-task'])).size).toBe(25);
    const t110 = bars.find((b) => b.attrs['data-task'] === 'T1-10')!;
    expect(t110.attrs['data-due']).toBe('2024-02-29'); // "Tháng 02/2024"
    expect(html).toContain('37 nhiệm vụ không có thời hạn xác định không được vẽ.');
  });
  it('has one timeline row per first lead unit (11 units lead a dated or continuous task)', () => {
    const units = all(dom, (e) => e.tag === 'text' && (e.attrs.class ?? '').startsWith('unit'));
    expect(units).toHaveLength(11);
    expect(units.map((u) => byTag(u, 'title')[0].text)).toContain('Phòng Tổ chức Cán bộ');
  });
  it('shows where a table task came from: its row with the deadline marked', () => {
    const row = rows.find((r) => r.attrs['data-task'] === 'T1-10')!;
    const src = all(row, (e) => e.tag === 'details')[0];
    expect(byTag(src, 'summary')[0].text).toBe('bảng 1, hàng 10');
    expect(src.text).toContain('LỘ TRÌNH THỰC HIỆN');
    expect(byTag(src, 'mark')[0].text).toBe('Tháng 02/2024');
  });
  it('shows the paragraph an assignment came from, with its section path', () => {
    const row = rows.find((r) => r.attrs['data-task'] === 'A2')!;
    const src = all(row, (e) => e.tag === 'details')[0];
    expect(byTag(src, 'summary')[0].text).toBe('dòng 103 · Mục IV.3');
    expect(src.text).toContain('IV. TỔ CHỨC THỰC HIỆN › 3. Phòng Kế hoạch tài chính Sở GDĐT');
    expect(byTag(src, 'mark')[0].text).toBe('hoàn thành trong Quý I, năm 2024');
  });
  it('has the card, targets, citations and warnings with their counts', () => {
    expect(html).toContain('62 nhiệm vụ, 7 chỉ tiêu, 24 văn bản được dẫn');
    expect(all(dom, (e) => e.tag === 'table' && e.attrs.class === 'targets')[0].children.length).toBeGreaterThan(0);
    const targetRows = all(dom, (e) => e.tag === 'table' && e.attrs.class === 'targets').flatMap((t) => byTag(t, 'tr'));
    expect(targetRows).toHaveLength(1 + 7);
    expect(targetRows[1].text).toContain('Tỷ lệ trường đạt chuẩn quốc gia mức độ 1');
    expect(targetRows[1].text).toContain('95,2');
    const warnRows = all(dom, (e) => e.tag === 'table' && e.attrs.class === 'warnings').flatMap((t) => byTag(t, 'tr'));
    expect(warnRows.map((r) => byTag(r, 'code')[0]?.text).filter(Boolean)).toEqual(['META_FROM_APPENDIX', 'BLANK_NUMBER', 'PARTIAL_DATE']);
  });
  it('lists the units in the filter', () => {
    const select = all(dom, (e) => e.tag === 'select' && e.attrs.name === 'unit')[0];
    expect(byTag(select, 'option').map((o) => o.text)).toContain('Phòng Giáo dục Mầm non (4)');
  });
});

describe('batch: index and totals per lead unit', () => {
  const s = strings('en');
  it('counts tasks per unit across documents, by quarter', () => {
    const t = unitTotals(batchRegistry().documents.map((d) => summarise(d, '#')), s);
    expect(t.periods.map((p) => p.label)).toEqual(['Q1 2024', 'Q2 2024']);
    const nv = t.units.find((u) => u.name === 'Sở Nội vụ')!;
    expect({ docs: nv.documents, tasks: nv.tasks, q1: nv.due.get('2024-Q1'), q2: nv.due.get('2024-Q2'), bands: nv.bands, undated: nv.undated }).toEqual({
      docs: 2, tasks: 5, q1: 2, q2: 1, bands: 1, undated: 1,
    });
    const tc = t.units.find((u) => u.name === 'Sở Tài chính')!;
    expect([tc.tasks, tc.due.get('2024-Q1')]).toEqual([1, 1]);
    expect(t.units.at(-1)).toMatchObject({ name: '', tasks: 1 });
    expect(t.units.at(-1)!.due.get('2024-Q2')).toBe(1);
  });
  it('puts an index before the documents in one page', () => {
    const dom = parsePage(emitHtml(batchRegistry(), { lang: 'en' }));
    expect(all(dom, (e) => e.tag === 'article')).toHaveLength(2);
    const docRows = all(dom, (e) => e.tag === 'tr' && 'data-doc' in e.attrs);
    expect(docRows.map((r) => byTag(r, 'a')[0].attrs.href)).toEqual(['#d1', '#d2']);
    const unitRow = all(dom, (e) => e.tag === 'tr' && e.attrs['data-unit'] === 'Sở Nội vụ')[0];
    expect(byTag(unitRow, 'td').map((c) => c.text).slice(0, 6)).toEqual(['2', '5', '2', '1', '1', '1']);
    // Rows of different documents may share a task id; each document keeps its own hooks.
    expect(all(dom, (e) => e.tag === 'tr' && e.attrs['data-task'] === 'T1')).toHaveLength(2);
  });
  it('writes an index page that links the per-document files', () => {
    const docs = batchRegistry().documents.map((d, i) => summarise(d, `sub/k%C3%A9-${i}.html`));
    const dom = parsePage(emitHtmlIndex(docs, 'plan-extract test', { lang: 'vi' }));
    expect(all(dom, (e) => e.tag === 'a' && e.attrs.href?.startsWith('sub/')).map((a) => a.attrs.href)).toEqual(['sub/k%C3%A9-0.html', 'sub/k%C3%A9-1.html']);
    expect(all(dom, (e) => e.tag === 'article')).toHaveLength(0);
  });
});

describe('edges', () => {
  it('a document without tasks says so and draws no timeline', () => {
    const reg = batchRegistry();
    reg.documents = [{ ...reg.documents[0], tasks: [] }];
    const html = emitHtml(reg, { lang: 'en' });
    expect(html).toContain('No tasks were found in this document.');
    expect(html).not.toContain('<svg');
  });
  it('marks a draft (meta.draft) in the card and the index', () => {
    const reg = batchRegistry();
    reg.documents[0].meta.draft = true;
    const dom = parsePage(emitHtml(reg, { lang: 'vi' }));
    const facts = all(dom, (e) => e.tag === 'div' && e.attrs.class === 'fact').map((f) => f.text);
    expect(facts.filter((f) => f.startsWith('Dự thảo'))).toEqual(['Dự thảoCó', 'Dự thảoKhông']);
    expect(all(dom, (e) => e.tag === 'tr' && 'data-doc' in e.attrs).map((r) => r.text.includes('Dự thảo'))).toEqual([true, false]);
  });
  it('is reached through emit() and is deterministic', async () => {
    const a = await emit(SEED0(), 'html', { lang: 'en' });
    expect(a).toBe(emitHtml(SEED0(), { lang: 'en' }));
  });
  it('wraps long unit names for the timeline', () => {
    expect(wrapLabel('Phòng Giáo dục Trung học, giáo dục thường xuyên')).toEqual(['Phòng Giáo dục Trung học, giáo dục', 'thường xuyên']);
  });
  it('is loaded lazily, only for --format html', () => {
    const src = readFileSync(join(REPO, 'src/emit/index.ts'), 'utf8');
    expect(src).toContain("import('./html/index.js')");
    expect(src).not.toMatch(/^import[^\n]*\.\/html\//m);
  });
});

describe('timeline axis', () => {
  const withDeadlines = (ends: string[]): Registry => {
    const reg = batchRegistry();
    const d = reg.documents[0];
    d.tasks = ends.map((end, i) => ({ id: `T${i + 1}`, origin: 'table', text: 'x', lead: ['Sở Nội vụ'], support: [], outputs: [], source: {}, deadline: { raw: end, kind: 'date', start: null, end } }));
    reg.documents = [d];
    return reg;
  };
  const labels = (reg: Registry) => all(parsePage(emitHtml(reg, { lang: 'en' })), (e) => e.tag === 'text' && (e.attrs.class ?? '').startsWith('tick-label')).map((e) => e.text);
  it('has months across up to two years', () => {
    expect(labels(withDeadlines(['2023-11-18']))).toEqual(['Nov 2023', 'Dec 2023', 'Jan 2024']);
  });
  it('has quarters across for a plan of several years', () => {
    const l = labels(withDeadlines(['2025-02-10', '2027-12-31']));
    expect(l).toHaveLength(12);
    expect([l[0], l[11]]).toEqual(['Q1 2025', 'Q4 2027']);
  });
  it('has years across past ten years', () => {
    expect(labels(withDeadlines(['2020-06-30', '2035-01-01']))).toEqual(Array.from({ length: 16 }, (_, i) => String(2020 + i)));
  });
});
