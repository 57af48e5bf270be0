// The system chromium for the browser tests (playwright-core, never a downloaded browser).
// CHROMIUM=/path overrides; absent → the tests skip with one message.
import { existsSync, mkdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { REPO } from '../helpers/seeds.js';

export function findChromium(): string | null {
  if (process.env.CHROMIUM) return existsSync(process.env.CHROMIUM) ? process.env.CHROMIUM : null;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const p = join(dir, name);
      if (dir && existsSync(p)) return p;
    }
  }
  return null;
}

export const CHROMIUM = findChromium();

export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM!,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Where test artefacts (screenshots, the printed PDF) go: .tmp/ is ignored by git. */
export function artefactDir(): string {
  const dir = join(REPO, '.tmp', 'test-artifacts');
  mkdirSync(dir, { recursive: true });
  return dir;
}
