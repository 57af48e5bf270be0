// Archive-scale flags on the real binary: --files-from (-0, -), --shard, --skip-existing,
// --report, --max-warnings, the warning hint, "did you mean", --out-dir suffixes, -o -.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { failureForCli } from '../../src/cli/flag-names.js';
import { shardOf } from '../../src/cli/shard.js';
import { toFailure } from '../../src/batch/index.js';
import { tooLarge } from '../../src/extract/docx/errors.js';
import { BIN, listAll, requireBuilt, ROOT, run, seedFiles, SEEDS } from './helpers.js';

vi.setConfig({ testTimeout: 90_000 });

/** Seed 000 as read by hand into its golden file: 62 tasks, 3 warnings (header lost, blank number, partial date). */
const GOLDEN_000 = JSON.parse(readFileSync(join(ROOT, 'fixtures/golden/000_2cb036a4f30d648d.json'), 'utf8')).documents[0];

requireBuilt();

/** tmp/work/a/<seed 0,1,2>, tmp/work/b/<seed 3,4>: a tree to list from. */
function tree(): { dir: string; work: string; rel: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'plan-extract-scale-'));
  const work = join(dir, 'work');
  mkdirSync(join(work, 'a'), { recursive: true });
  mkdirSync(join(work, 'b'));
  const rel = seedFiles().map((f, i) => `${i < 3 ? 'a' : 'b'}/${f}`);
  seedFiles().forEach((f, i) => copyFileSync(join(SEEDS, f), join(work, rel[i])));
  return { dir, work, rel };
}

function records(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
}

function ndjsonPaths(stdout: string): string[] {
  return stdout.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l).source.path);
}

describe('--files-from', () => {
  it('a list file (CRLF, blank lines): paths relative to the current directory, mirrored under --out-dir', async () => {
    const { dir, work, rel } = tree();
    writeFileSync(join(dir, 'list.txt'), rel.join('\r\n') + '\r\n\r\n');
    const r = await run(['--files-from', join(dir, 'list.txt'), '--out-dir', 'out'], { cwd: work });
    expect(r.stderr).toMatch(/^5 files: 5 converted, 0 failed, \d+ tasks, \d+ warnings$/m);
    expect(r.code).toBe(0);
    expect(listAll(join(work, 'out'))).toEqual(rel.map((p) => p.replace(/\.txt$/, '.json')).sort());
  });

  it('find -print0 | --files-from - -0, names with spaces and newlines', async () => {
    const { work, rel } = tree();
    copyFileSync(join(work, rel[0]), join(work, 'a', 'tên có\ndấu cách.txt'));
    const list = [...rel, 'a/tên có\ndấu cách.txt'].join('\0') + '\0';
    const r = await run(['--files-from', '-', '-0', '--format', 'ndjson'], { cwd: work, input: list });
    expect(r.code).toBe(0);
    expect(ndjsonPaths(r.stdout)).toEqual([...rel, 'a/tên có\ndấu cách.txt']);
  });

  it('a listed path that does not exist fails alone; -0 without --files-from is a usage error', async () => {
    const { work, rel } = tree();
    const r = await run(['--files-from', '-', '--format', 'ndjson'], { cwd: work, input: `${rel[0]}\nnope.txt\n` });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^nope\.txt: no such file or directory$/m);
    expect(ndjsonPaths(r.stdout)).toEqual([rel[0]]);
    const u = await run(['-0', rel[0]], { cwd: work });
    expect(u.code).toBe(2);
    expect(u.stderr).toMatch(/^usage error: -0 only applies to --files-from$/m);
  });

  it('an unreadable list is a usage error naming the flag', async () => {
    const r = await run(['--files-from', 'no-such-list.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^usage error: cannot read the --files-from list no-such-list\.txt \(ENOENT\)$/m);
  });
});

describe('--shard I/N', () => {
  it('is the documented hash: the first 48 bits of sha256(relative path), mod N, plus 1', () => {
    for (const key of ['a/000.txt', 'b/kế hoạch.docx', 'x']) {
      const h = createHash('sha256').update(key, 'utf8').digest();
      const expected = (h.readUIntBE(0, 6) % 7) + 1;
      expect(shardOf(key, 7)).toBe(expected);
    }
  });

  it('three shards: no overlap, the union is the whole list, whatever order it is listed in', async () => {
    const { work, rel } = tree();
    const parts: string[][] = [];
    const reversed: string[][] = [];
    for (let i = 1; i <= 3; i++) {
      const a = await run(['--files-from', '-', '--shard', `${i}/3`, '--format', 'ndjson', '-j', '1', '-q'], { cwd: work, input: rel.join('\n') });
      const b = await run(['--files-from', '-', '--shard', `${i}/3`, '--format', 'ndjson', '-j', '1', '-q'], { cwd: work, input: [...rel].reverse().join('\n') });
      expect(a.code).toBe(0);
      parts.push(ndjsonPaths(a.stdout));
      reversed.push(ndjsonPaths(b.stdout).sort());
    }
    expect(parts.flat().sort()).toEqual([...rel].sort());
    expect(new Set(parts.flat()).size).toBe(rel.length);
    expect(parts.map((p) => [...p].sort())).toEqual(reversed);
    // The key is the path relative to its root: the folder "." gives the same keys as the list.
    const viaFolders = await run(['.', '--shard', '1/3', '--format', 'ndjson', '-q'], { cwd: work });
    expect(ndjsonPaths(viaFolders.stdout)).toEqual(parts[0]);
  });

  it('bad values: 0/3 (a 0-based index) and 4/3 are usage errors that say how to count', async () => {
    for (const v of ['0/3', '4/3', '2', 'a/b']) {
      const r = await run([SEEDS, '--shard', v]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--shard: invalid value "${v}": expected I/N with 1 ≤ I ≤ N (JOB_COMPLETION_INDEX counts from 0: add 1)`);
    }
  });
});

describe('--skip-existing and --report', () => {
  it('a re-run converts only the changed input and the one whose output came from another major version', async () => {
    const { work, rel } = tree();
    const first = await run(['a', 'b', '--out-dir', 'out', '--report', 'r1.ndjson'], { cwd: work });
    expect(first.code).toBe(0);
    const r1 = records(join(work, 'r1.ndjson'));
    expect(r1.map((r) => r.status)).toEqual(['converted', 'converted', 'converted', 'converted', 'converted']);
    // Seed 000's record, against its golden file.
    expect(r1[0]).toEqual({
      path: join('a', seedFiles()[0]),
      status: 'converted',
      code: null,
      message: null,
      ms: r1[0].ms,
      pages: null,
      tasks: GOLDEN_000.tasks.length,
      warnings: GOLDEN_000.warnings.length,
      output: join('out', seedFiles()[0].replace(/\.txt$/, '.json')),
    });
    expect(typeof r1[0].ms).toBe('number');

    appendFileSync(join(work, rel[1]), '\nThêm một dòng.\n');
    const older = join(work, 'out', seedFiles()[3].replace(/\.txt$/, '.json'));
    writeFileSync(older, readFileSync(older, 'utf8').replace(/"generator": "plan-extract \d+\./, '"generator": "plan-extract 99.'));
    const second = await run(['a', 'b', '--out-dir', 'out', '--skip-existing', '--report', 'r2.ndjson'], { cwd: work });
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/^5 files: 2 converted, 3 skipped, 0 failed, \d+ tasks, \d+ warnings$/m);
    const r2 = records(join(work, 'r2.ndjson'));
    expect(r2.map((r) => [r.status, r.code])).toEqual([
      ['skipped', 'UP_TO_DATE'],
      ['converted', null],
      ['skipped', 'UP_TO_DATE'],
      ['converted', null],
      ['skipped', 'UP_TO_DATE'],
    ]);
    // A skipped record still tells what its output holds.
    expect(r2[0]).toMatchObject({ tasks: GOLDEN_000.tasks.length, warnings: GOLDEN_000.warnings.length, output: r1[0].output });
    expect(readFileSync(older, 'utf8')).not.toContain('plan-extract 99.');
  });

  it('needs --out-dir and a format it can read back', async () => {
    const a = await run([SEEDS, '--skip-existing']);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/^usage error: --skip-existing needs --out-dir$/m);
    const b = await run([SEEDS, '--skip-existing', '--out-dir', join(tmpdir(), 'x'), '--format', 'csv']);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/^usage error: --skip-existing reads source\.sha256 back from the outputs: use --format json or yaml$/m);
  });

  it('--fail-fast: the summary and the report tell skipped from failed', async () => {
    const { dir, work, rel } = tree();
    writeFileSync(join(work, 'a', '0-empty.txt'), '');
    const r = await run(['a', 'b', '--fail-fast', '-j', '1', '--format', 'ndjson', '--report', join(dir, 'r.ndjson')], { cwd: work });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^6 files: 0 converted, 5 skipped, 1 failed, 0 tasks, 0 warnings$/m);
    const recs = records(join(dir, 'r.ndjson'));
    expect(recs.map((x) => [x.path, x.status, x.code])).toEqual([
      ['a/0-empty.txt', 'failed', 'EMPTY_FILE'],
      ...rel.map((p) => [p, 'skipped', 'SKIPPED']),
    ]);
    expect(recs[0].message).toBe('the file is empty');
  });
});

describe('warnings', () => {
  const seed000 = join(SEEDS, seedFiles()[0]);

  it('a single file with warnings says so in one stderr line (en, vi); -v lists them; -q says nothing', async () => {
    const n = GOLDEN_000.warnings.length;
    const en = await run([seed000]);
    expect(en.code).toBe(0);
    expect(en.stderr).toBe(`${n} warnings; -v to list\n`);
    const vi = await run([seed000], { env: { LANG: 'vi_VN.UTF-8' } });
    expect(vi.stderr).toBe(`${n} cảnh báo; -v để xem\n`);
    const verbose = await run([seed000, '-v']);
    expect(verbose.stderr).not.toContain('-v to list');
    expect(verbose.stderr.match(/: warning [A-Z_]+: /g)).toHaveLength(n);
    expect((await run([seed000, '-q'])).stderr).toBe('');
  });

  it('--max-warnings N exits 1 when there are more, the output still written', async () => {
    const n = GOLDEN_000.warnings.length;
    const ok = await run([seed000, '--max-warnings', String(n), '-q']);
    expect(ok.code).toBe(0);
    const over = await run([seed000, '--max-warnings', String(n - 1)]);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain(`${n} warnings, more than --max-warnings ${n - 1}`);
    expect(JSON.parse(over.stdout).documents).toHaveLength(1);
    const bad = await run([seed000, '--max-warnings', '-1']);
    expect(bad.code).toBe(2);
  });
});

describe('conventions', () => {
  it('"did you mean --format?" for a mistyped flag', async () => {
    const r = await run([SEEDS, '--formt', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^usage error: unknown option --formt; did you mean --format\?$/m);
    const vi = await run([SEEDS, '--formt', 'csv', '--lang', 'vi']);
    expect(vi.stderr).toContain('ý bạn là --format?');
  });

  it('a closed stdout (| head -1) stops the run at once: the rest is skipped, exit 0, no summary', async () => {
    const { dir, work } = tree();
    mkdirSync(join(work, 'many'));
    for (let k = 0; k < 8; k++) for (const f of seedFiles()) copyFileSync(join(SEEDS, f), join(work, 'many', `${k}-${f}`));
    const report = join(dir, 'r.ndjson');
    const child = spawn(process.execPath, [BIN, 'many', '--format', 'ndjson', '-j', '2', '--report', report], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    let first = '';
    child.stdout.on('data', (d: Buffer) => {
      first += d.toString();
      // The reader takes one line and goes away, as head -1 does.
      if (first.includes('\n')) child.stdout.destroy();
    });
    const code = await new Promise<number | null>((res) => child.on('close', (c) => res(c)));
    expect(code).toBe(0);
    expect(err).toBe('');
    const recs = records(report);
    expect(recs).toHaveLength(40);
    const converted = recs.filter((r) => r.status === 'converted').length;
    expect(converted).toBeGreaterThan(0);
    expect(converted).toBeLessThan(40);
    expect(recs.filter((r) => r.status === 'skipped').every((r) => r.code === 'STDOUT_CLOSED')).toBe(true);
  });

  it('-o - is standard output', async () => {
    const r = await run([join(SEEDS, seedFiles()[0]), '-o', '-', '-q']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).documents[0].tasks).toHaveLength(GOLDEN_000.tasks.length);
  });

  it('two folders with the same file name: both kept under --out-dir, the second with a suffix', async () => {
    const { work } = tree();
    mkdirSync(join(work, 'x'));
    mkdirSync(join(work, 'y'));
    copyFileSync(join(SEEDS, seedFiles()[0]), join(work, 'x', 'kh.txt'));
    copyFileSync(join(SEEDS, seedFiles()[1]), join(work, 'y', 'kh.txt'));
    const r = await run(['y', 'x', '--out-dir', 'out', '-v'], { cwd: work });
    expect(r.code).toBe(0);
    expect(listAll(join(work, 'out'))).toEqual(['kh.json', 'kh~2.json']);
    // Code-point order of the input paths decides who keeps the plain name, not the argument order.
    const plain = JSON.parse(readFileSync(join(work, 'out', 'kh.json'), 'utf8'));
    expect(plain.documents[0].source.path).toBe('x/kh.txt');
    expect(r.stderr).toContain("y/kh.txt: its --out-dir name is taken by another input; written as kh~2.json");
  });

  it('the zip-bomb refusal names --max-inflate on the command line', () => {
    const f = failureForCli(toFailure(tooLarge('word/document.xml', 64 * 1048576)));
    expect(f.en).toBe('refused: "word/document.xml" inflates to more than 64 MiB (possible zip bomb; raise --max-inflate if the file is genuine)');
    expect(f.vi).toContain('tăng --max-inflate nếu tệp hợp lệ');
  });

  it('limits are named as CLI flags (--max-pages), never library options (maxPages)', async () => {
    const pdf = join(ROOT, 'fixtures/pdf/001_eb04ff3914c6f1ad.pdf');
    const r = await run([pdf, '--max-pages', '2']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('raise --max-pages if the file is genuine');
    expect(r.stderr).not.toContain('maxPages');
  });
});
