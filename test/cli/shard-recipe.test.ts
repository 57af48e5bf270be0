// The recipe of examples/ run locally: N shard processes over one list (seeds, the .docx and
// .pdf fixtures, and the corpus when ../shared/corpus is present), one of them killed mid-run
// (SIGKILL, as a preempted pod) and resumed with --skip-existing, the shard folders merged —
// the merged registry equals a single-process run's, byte for byte after sorting.
// The corpus part takes its text, Markdown, HTML and Word files (its .doc files go through
// LibreOffice and its PDFs take minutes on two cores); PLAN_EXTRACT_FULL_CORPUS=1 takes all.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, corpusMissing, hasCorpus } from '../helpers/seeds.js';
import { BIN, listAll, requireBuilt, ROOT, run } from './helpers.js';

const SHARDS = 3;
const FAST = new Set(['.txt', '.md', '.html', '.htm', '.docx']);
const READ = new Set([...FAST, '.pdf', '.doc']);

corpusMissing('test/cli/shard-recipe.test.ts');

requireBuilt();

interface Doc {
  source: { path: string };
}

function files(dir: string, exts: Set<string>): string[] {
  return listAll(dir).filter((f) => exts.has(extname(f).toLowerCase()));
}

/** A folder with links to the inputs, and the list of them relative to it (as `find` prints). */
function workspace(): { work: string; list: string[] } {
  const work = mkdtempSync(join(tmpdir(), 'plan-extract-recipe-'));
  const list: string[] = [];
  const add = (name: string, target: string, exts: Set<string>) => {
    symlinkSync(target, join(work, name), 'dir');
    for (const f of files(target, exts)) list.push(`${name}/${f}`);
  };
  add('seeds', join(ROOT, 'fixtures/seeds'), new Set(['.txt']));
  add('docx', join(ROOT, 'fixtures/docx'), new Set(['.docx']));
  add('pdf', join(ROOT, 'fixtures/pdf'), new Set(['.pdf']));
  if (hasCorpus) add('corpus', CORPUS_DIR, process.env.PLAN_EXTRACT_FULL_CORPUS === '1' ? READ : FAST);
  writeFileSync(join(work, 'list.txt'), list.join('\n') + '\n');
  return { work, list };
}

function shardArgs(i: number, extra: string[] = []): string[] {
  return ['--files-from', 'list.txt', '--shard', `${i}/${SHARDS}`, '--out-dir', `out/shard-${i}`, '-j', '1', '-q', ...extra];
}

/** Start shard i and SIGKILL it once its first output file is written. */
function killAfterFirstOutput(work: string, i: number): Promise<NodeJS.Signals | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...shardArgs(i)], { cwd: work, stdio: 'ignore' });
    const dir = join(work, `out/shard-${i}`);
    const poll = setInterval(() => {
      if (existsSync(dir) && files(dir, new Set(['.json'])).length > 0) {
        clearInterval(poll);
        child.kill('SIGKILL');
      }
    }, 25);
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearInterval(poll);
      resolve(signal);
    });
  });
}

function records(file: string): { path: string; status: string }[] {
  return readFileSync(file, 'utf8').trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

function sorted(reg: { documents: Doc[] }): string {
  const documents = [...reg.documents].sort((a, b) => (a.source.path < b.source.path ? -1 : a.source.path > b.source.path ? 1 : 0));
  return JSON.stringify({ ...reg, documents }, null, 2);
}

describe('the sharded recipe, run locally', () => {
  it(`${SHARDS} shards, one killed and resumed, merged = one process`, { timeout: 900_000 }, async () => {
    const { work, list } = workspace();
    mkdirSync(join(work, 'out'));

    // The reference: one process over the whole list.
    const single = await run(['--files-from', 'list.txt', '-o', 'single.json', '--report', 'single.ndjson', '-j', '2', '-q'], { cwd: work });
    expect(single.code, single.stderr).toBeLessThanOrEqual(1);
    const singleRecords = records(join(work, 'single.ndjson'));
    expect(singleRecords.map((r) => r.path)).toEqual(list);

    // The biggest shard is the one killed: most likely to be mid-run when its first file lands.
    const sizes = new Map<number, number>();
    const { shardOf } = await import('../../src/cli/shard.js');
    for (const p of list) sizes.set(shardOf(p, SHARDS), (sizes.get(shardOf(p, SHARDS)) ?? 0) + 1);
    const victim = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0][0];
    expect(sizes.get(victim)!).toBeGreaterThan(1);

    const others = [];
    for (let i = 1; i <= SHARDS; i++) if (i !== victim) others.push(run(shardArgs(i, ['--report', `out/report-${i}.ndjson`]), { cwd: work }));
    const signal = await killAfterFirstOutput(work, victim);
    expect(signal).toBe('SIGKILL');
    const done = files(join(work, `out/shard-${victim}`), new Set(['.json'])).length;
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(sizes.get(victim)!);
    for (const r of await Promise.all(others)) expect(r.code, r.stderr).toBeLessThanOrEqual(1);

    // The restarted pod: only what is left is converted.
    const resumed = await run(shardArgs(victim, ['--skip-existing', '--report', `out/report-${victim}.ndjson`]), { cwd: work });
    expect(resumed.code, resumed.stderr).toBeLessThanOrEqual(1);
    const again = records(join(work, `out/report-${victim}.ndjson`));
    expect(again.filter((r) => r.status === 'skipped')).toHaveLength(done);
    expect(again.length).toBe(sizes.get(victim));

    // Every input in exactly one shard's report, with the status the single run gave it.
    const shardRecords = Array.from({ length: SHARDS }, (_, k) => records(join(work, `out/report-${k + 1}.ndjson`))).flat();
    expect(shardRecords.map((r) => r.path).sort()).toEqual([...list].sort());
    const finalStatus = (r: { status: string }) => (r.status === 'skipped' ? 'converted' : r.status);
    const byPath = new Map(singleRecords.map((r) => [r.path, r.status]));
    for (const r of shardRecords) expect([r.path, finalStatus(r)]).toEqual([r.path, byPath.get(r.path)]);

    // No output in two shard folders.
    const outputs = Array.from({ length: SHARDS }, (_, k) => files(join(work, `out/shard-${k + 1}`), new Set(['.json']))).flat();
    expect(new Set(outputs).size).toBe(outputs.length);

    const merged = await run(['merge', ...Array.from({ length: SHARDS }, (_, k) => `out/shard-${k + 1}`), '-o', 'merged.json'], { cwd: work });
    expect(merged.code, merged.stderr).toBe(0);
    const one = JSON.parse(readFileSync(join(work, 'single.json'), 'utf8'));
    const all = JSON.parse(readFileSync(join(work, 'merged.json'), 'utf8'));
    expect(all.documents.length).toBe(singleRecords.filter((r) => r.status === 'converted').length);
    expect(sorted(all)).toBe(sorted(one));
    // The merged file is already in that order.
    expect(readFileSync(join(work, 'merged.json'), 'utf8')).toBe(sorted(one) + '\n');
    expect(readdirSync(join(work, 'out')).length).toBe(2 * SHARDS);
  });
});
