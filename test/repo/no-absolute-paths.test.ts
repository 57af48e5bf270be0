// No file of the repo may name an absolute path of one machine: tests and scripts find
// ../shared and the fixtures relative to the repo, so a fresh clone anywhere runs them.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/seeds.js';

/** Home and work folders of build machines, written as a path that leads into them. */
const MACHINE_PATH = /(?<![\w.])(?:\/work\/|\/home\/[a-z_][\w-]*\/|\/Users\/[\w-]+\/|\/root\/|[A-Z]:\\\\Users\\\\)/;

function trackedTextFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-z'], { cwd: REPO, encoding: 'utf8' });
  return out.split('\0').filter((f) => f && !/\.(docx|pdf|xlsx|png|jpe?g|gz|zip|doc)$/i.test(f) && f !== 'package-lock.json');
}

describe('no absolute paths of a machine in the repo', () => {
  it('the pattern finds what it must and nothing else', () => {
    for (const bad of ["'/work/shared/seeds'", '"/home/dev/pe/x.txt"', '/Users/anh/Desktop/kh.pdf', 'cd /root/project']) expect(bad).toMatch(MACHINE_PATH); // no-absolute-paths: allow
    for (const ok of ['../shared/corpus', 'fixtures/seeds/000.txt', 'src/work/x.ts', 'https://example.org/work/x', '/tmp/x', '/dev/zero']) expect(ok).not.toMatch(MACHINE_PATH);
  });
  it.runIf(gitAvailable())('every tracked text file is free of them', () => {
    const hits: string[] = [];
    for (const f of trackedTextFiles()) {
      const lines = readFileSync(join(REPO, f), 'utf8').split('\n');
      lines.forEach((l, i) => {
        if (MACHINE_PATH.test(l) && !l.includes('no-absolute-paths: allow')) hits.push(`${f}:${i + 1}: ${l.trim().slice(0, 120)}`);
      });
    }
    expect(hits).toEqual([]);
  });
});

function gitAvailable(): boolean {
  try {
    execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: REPO, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
