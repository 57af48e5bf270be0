// The HTML report in a real headless browser (the system chromium through playwright-core):
// rows, the unit filter, the timeline bars, no request leaving the page, keyboard use, print,
// inert hostile text, and a screenshot written as a test artefact. Expected task ids are read
// from seed 000 by hand (line numbers of fixtures/seeds/000_2cb036a4f30d648d.txt).
import { mkdtempSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { extract } from '../../src/api.js';
import { emitHtml } from '../../src/emit/html/index.js';
import { unitId } from '../../src/emit/html/format.js';
import type { Registry } from '../../src/model/registry.js';
import { seedPath, seedNames, SEEDS_DIR } from '../helpers/seeds.js';
import { artefactDir, CHROMIUM, launch } from './browser.js';
import { hostileRegistry } from './fixture.js';

if (!CHROMIUM) console.warn('test/emit-html/browser.test.ts: skipped, no chromium found (apt-get install chromium, or set CHROMIUM=/path)');

const dir = mkdtempSync(join(tmpdir(), 'plan-extract-html-'));

interface Opened {
  page: Page;
  url: string;
  /** Requests the page made, less those its CSP stopped before they were sent. */
  requests: string[];
  /** Requests that reached the network layer (the route), other than the file itself. */
  left: string[];
  /** Loads the CSP refused. */
  blocked: string[];
  problems: string[];
}

async function open(browser: Browser, name: string, html: string): Promise<Opened> {
  const file = join(dir, name);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const context = await browser.newContext({ viewport: { width: 1360, height: 1000 } });
  const seen: string[] = [];
  const left: string[] = [];
  const blocked: string[] = [];
  const problems: string[] = [];
  // Anything but the file itself is recorded and refused.
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u === url) return route.continue();
    left.push(u);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('request', (r) => seen.push(r.url()));
  page.on('requestfailed', (r) => (r.failure()?.errorText === 'csp' ? blocked.push(r.url()) : undefined));
  page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined));
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('dialog', (d) => (problems.push(`dialog: ${d.message()}`), void d.dismiss()));
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  return {
    page,
    url,
    get requests() {
      return seen.filter((u) => !blocked.includes(u));
    },
    left,
    blocked,
    problems,
  };
}

const visibleIds = (page: Page, scope = 'article#d1') =>
  page.$$eval(`${scope} tr[data-task]`, (rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => r.getAttribute('data-task')!));

describe.skipIf(!CHROMIUM)('html report in chromium', () => {
  let browser: Browser;
  let reg: Registry;
  let seed: Opened;

  beforeAll(async () => {
    browser = await launch();
    reg = await extract(seedPath('000'));
    seed = await open(browser, 'seed000.html', emitHtml(reg, { lang: 'vi' }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('runs its script under its own CSP, with no error and no request but the file', async () => {
    expect(await seed.page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
    expect(seed.problems).toEqual([]);
    expect(await seed.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(seed.requests).toEqual([seed.url]);
    expect(seed.left).toEqual([]);
    expect(seed.blocked).toEqual([]);
  });

  it('has one row per task of the registry and one bar per dated or continuous task', async () => {
    const tasks = reg.documents[0].tasks;
    expect(await seed.page.locator('tr[data-task]').count()).toBe(tasks.length);
    expect(tasks.length).toBe(62);
    const drawn = tasks.filter((t) => t.deadline && (t.deadline.start || t.deadline.end || ['continuous', 'periodic'].includes(t.deadline.kind)));
    const bars = await seed.page.$$eval('svg.timeline rect[data-task]', (rs) => rs.map((r) => r.getAttribute('data-task')));
    expect(bars).toHaveLength(25);
    expect([...bars].sort()).toEqual(drawn.map((t) => t.id).sort());
  });

  it('filters by a unit: Phòng Giáo dục Mầm non leads item 5 of IV (line 123) and table rows 7, 10, 11', async () => {
    const { page } = seed;
    await page.selectOption('#d1-unit', unitId('Phòng Giáo dục Mầm non'));
    expect(await visibleIds(page)).toEqual(['A10', 'T1-7', 'T1-10', 'T1-11']);
    // Its bars stay bright, the others are dimmed.
    const bright = await page.$$eval('svg.timeline rect[data-task]:not(.dim)', (rs) => rs.map((r) => r.getAttribute('data-task')));
    expect(bright.sort()).toEqual(['T1-10', 'T1-11', 'T1-7']);
    await page.selectOption('#d1-unit', '');
    expect(await visibleIds(page)).toHaveLength(62);
  });

  it('is usable from the keyboard: unit list, text search without accents, sorting, grouping', async () => {
    const { page } = seed;
    await page.focus('body');
    let focused = '';
    for (let i = 0; i < 60 && focused !== 'd1-unit'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('d1-unit');
    await page.keyboard.press('ArrowDown');
    const unit = await page.$eval('#d1-unit', (s) => (s as HTMLSelectElement).value);
    expect(unit).not.toBe('');
    const expected = reg.documents[0].tasks.filter((t) => t.lead.some((l) => unitId(l) === unit)).map((t) => t.id);
    expect(await visibleIds(page)).toEqual(expected);
    await page.keyboard.press('ArrowUp');
    expect(await visibleIds(page)).toHaveLength(62);

    // "ke hoach so 633": III.2 (line 63) and table rows 10 and 11 (lines 217-218) cite Kế hoạch số 633/UBND-KGVX.
    await page.focus('#d1-q');
    await page.keyboard.type('ke hoach so 633');
    expect(await visibleIds(page)).toEqual(['S3', 'T1-10', 'T1-11']);
    await page.keyboard.press('Escape');
    expect(await visibleIds(page)).toHaveLength(62);

    await page.focus('table.tasks th.col-deadline button');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('table.tasks th.col-deadline', 'aria-sort')).toBe('ascending');
    // The earliest deadlines are "Tháng 02/2024" (rows 10 and 22 of the appendix table).
    expect((await visibleIds(page)).slice(0, 2)).toEqual(['T1-10', 'T1-22']);

    await page.focus('#d1-group');
    await page.keyboard.press('Space');
    const firstLeads = new Set(reg.documents[0].tasks.map((t) => t.lead[0] ?? ''));
    expect(await page.locator('tr.group-row').count()).toBe(firstLeads.size);
    expect(await visibleIds(page)).toHaveLength(62);
    await page.keyboard.press('Space');
    expect(await page.locator('tr.group-row').count()).toBe(0);
  });

  it('keeps text readable: a contrast of at least 4.5:1 (WCAG AA) for every text of the page outside the SVG', async () => {
    await seed.page.fill('#d1-asof', '2024-03-15'); // overdue rows have their own colours
    const worst = await seed.page.evaluate(() => {
      type C = { r: number; g: number; b: number; a: number };
      const parse = (c: string): C => {
        const p = (/rgba?\(([^)]+)\)/.exec(c)?.[1] ?? '0 0 0 0').split(/[\s,/]+/).filter(Boolean).map(Number);
        return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
      };
      const lum = ({ r, g, b }: C) => {
        const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const background = (el: Element | null): C => {
        for (let e = el; e; e = e.parentElement) {
          const c = parse(getComputedStyle(e).backgroundColor);
          if (c.a > 0) return c;
        }
        return { r: 255, g: 255, b: 255, a: 1 };
      };
      const out: { ratio: number; what: string }[] = [];
      for (const el of Array.from(document.querySelectorAll('body *'))) {
        if (el.closest('svg') || el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
        const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent!.trim());
        if (!own || !el.getClientRects().length || el.closest('.skip')) continue;
        const l1 = lum(parse(getComputedStyle(el).color));
        const l2 = lum(background(el));
        out.push({ ratio: (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05), what: `${el.tagName}.${el.className} ${el.textContent!.slice(0, 30)}` });
      }
      return out.sort((a, b) => a.ratio - b.ratio).slice(0, 3);
    });
    expect(worst[0].ratio, JSON.stringify(worst)).toBeGreaterThanOrEqual(4.5);
  });

  it('marks overdue tasks relative to the date set in the page', async () => {
    const { page } = seed;
    await page.fill('#d1-asof', '2024-03-15');
    // Only the two "Tháng 02/2024" tasks are due before 15/03/2024.
    expect(await page.$$eval('tr.overdue', (rs) => rs.map((r) => r.getAttribute('data-task')))).toEqual(['T1-10', 'T1-22']);
    expect(await page.$$eval('rect.overdue', (rs) => rs.map((r) => r.getAttribute('data-task')).sort())).toEqual(['T1-10', 'T1-22']);
    expect(await page.getAttribute('line.asof', 'visibility')).toBe('visible');
    await page.fill('#d1-asof', '2024-07-01');
    // Everything due by June: all quarter/month deadlines except "Quý II, III" (T1-21, to 30/09).
    expect(await page.locator('tr.overdue').count()).toBe(16);
  });

  it('takes a bar to its task row and shows the sentence it came from', async () => {
    const { page } = seed;
    await page.click('svg.timeline a:has(rect[data-task="T1-21"])');
    expect(page.url()).toMatch(/#d1-t\d+$/);
    const row = page.locator('tr[data-task="T1-21"]');
    expect(await row.getAttribute('class')).toContain('flash');
    expect(await row.locator('details').getAttribute('open')).not.toBeNull();
    expect(await row.locator('details mark').textContent()).toBe('Quý II, III năm 2024');
  });

  it('writes a screenshot and an A4 landscape print as test artefacts', async () => {
    const { page } = seed;
    await page.fill('#d1-asof', '2024-03-15');
    const shot = join(artefactDir(), 'report-seed000.png');
    await page.screenshot({ path: shot, fullPage: false });
    expect(statSync(shot).size).toBeGreaterThan(20_000);
    await page.emulateMedia({ media: 'print' });
    expect(await page.$eval('form.controls', (f) => getComputedStyle(f).display)).toBe('none');
    expect(await page.$eval('table.tasks thead', (t) => getComputedStyle(t).display)).toBe('table-header-group');
    const pdf = join(artefactDir(), 'report-seed000.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(readFileSync(pdf).toString('latin1'));
    expect(box && Number(box[1]) > Number(box[2])).toBe(true); // landscape
    expect(Math.round(Number(box![1]))).toBe(842); // A4: 297 mm
    await page.emulateMedia({ media: 'screen' });
    expect(seed.requests).toEqual([seed.url]);
  });

  it('keeps hostile document text inert', async () => {
    const bad = await open(browser, 'hostile.html', emitHtml(hostileRegistry(), { lang: 'en' }));
    expect(await bad.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await bad.page.locator('img').count()).toBe(0);
    expect(await bad.page.locator('script').count()).toBe(1);
    expect(await bad.page.locator('tr[data-task="x1"] td.text .clamp').textContent()).toContain('<script>window.__pwned = 1</script>');
    expect(bad.problems).toEqual([]);
    expect(bad.requests).toEqual([bad.url]);
    expect(bad.left).toEqual([]);
    // Even markup added at run time cannot fetch anything: the CSP stops it before it is sent.
    bad.problems.length = 0;
    await bad.page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'http://127.0.0.1:9/x.png';
      document.body.appendChild(img);
    });
    await expect.poll(() => bad.blocked).toEqual(['http://127.0.0.1:9/x.png']);
    expect(bad.left).toEqual([]);
    expect(bad.requests).toEqual([bad.url]);
    expect(await bad.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.join())).toContain('img-src');
    await bad.page.context().close();
  });

  it('shows a batch: an index of every seed, then each document with its own filters', async () => {
    const all = await extract(seedNames().map((n) => join(SEEDS_DIR, n)));
    const b = await open(browser, 'batch.html', emitHtml(all, { lang: 'en' }));
    expect(await b.page.locator('section.index tr[data-doc]').count()).toBe(5);
    for (const [i, d] of all.documents.entries()) {
      expect(await b.page.locator(`article#d${i + 1} tr[data-task]`).count()).toBe(d.tasks.length);
    }
    expect(await b.page.locator('table.totals tbody tr').count()).toBeGreaterThan(10);
    await b.page.selectOption('#d1-unit', unitId('Phòng Giáo dục Mầm non'));
    expect(await visibleIds(b.page, 'article#d1')).toEqual(['A10', 'T1-7', 'T1-10', 'T1-11']);
    expect(await visibleIds(b.page, 'article#d2')).toHaveLength(all.documents[1].tasks.length);
    expect(b.problems).toEqual([]);
    expect(b.requests).toEqual([b.url]);
    expect(b.left).toEqual([]);
    await b.page.context().close();
  });
});
