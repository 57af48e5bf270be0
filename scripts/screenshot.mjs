#!/usr/bin/env node
// Writes docs/report-screenshot.png: the --format html report of seed 000, opened in the system
// chromium (playwright-core, no browser download), overdue counted as of 15/03/2024.
// Usage: npm run screenshot [-- out.png]   (needs `npm run build` first and /usr/bin/chromium or CHROMIUM)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] ?? join(repo, 'docs/report-screenshot.png'));
const SEED = 'fixtures/seeds/000_2cb036a4f30d648d.txt';
const HEIGHT = Number(process.env.SHOT_HEIGHT ?? 1850);
const browserPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(browserPath)) {
  console.error(`screenshot: no browser at ${browserPath} (apt-get install chromium, or set CHROMIUM)`);
  process.exit(1);
}
const { chromium } = await import('playwright-core');
const tmp = mkdtempSync(join(tmpdir(), 'plan-extract-shot-'));
try {
  // Run from the repo with a relative input so the page shows no path of this machine.
  const html = execFileSync(process.execPath, ['bin/plan-extract', SEED, '--format', 'html', '--lang', 'vi'], { cwd: repo, maxBuffer: 64 << 20 });
  const file = join(tmp, 'bao-cao.html');
  writeFileSync(file, html);
  const browser = await chromium.launch({
    executablePath: browserPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=vi'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: HEIGHT }, deviceScaleFactor: 1, locale: 'vi-VN' });
    await page.goto(pathToFileURL(file).href + '?asof=2024-03-15');
    // Sorted by deadline, so the first rows are the dated assignments of the appendix table.
    await page.click('table.tasks th.col-deadline button');
    await page.screenshot({ path: out, type: 'png', fullPage: process.env.SHOT_FULL === '1' });
  } finally {
    await browser.close();
  }
  console.log(`wrote ${out}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
