// plan-extract merge DIR… -o FILE on the real binary: shard outputs into one registry or table.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { built, run, seedFiles, SEEDS } from './helpers.js';

vi.setConfig({ testTimeout: 90_000 });

let dir = '';
/** Code-point order of the five seed paths as the runs below name them. */
let seedPaths: string[] = [];

beforeAll(async () => {
  if (!built()) throw new Error('dist/ is missing: run `npx tsc -p .` before these tests');
  dir = mkdtempSync(join(tmpdir(), 'plan-extract-merge-'));
  seedPaths = seedFiles().map((f) => join(SEEDS, f)).sort();
  // One run into one folder, and the same inputs cut in two shards into two folders.
  const whole = await run([SEEDS, '--out-dir', join(dir, 'whole'), '-q', '--report', join(dir, 'whole', 'report.ndjson')]);
  expect(whole.code).toBe(0);
  for (const i of [1, 2]) {
    const r = await run([SEEDS, '--shard', `${i}/2`, '--out-dir', join(dir, `shard-${i}`), '-q']);
    expect(r.code).toBe(0);
  }
}, 120_000);

describe('merge', () => {
  it('two shard folders give the same registry as one folder, byte for byte, in source-path order', async () => {
    const a = await run(['merge', join(dir, 'shard-2'), join(dir, 'shard-1'), '-o', join(dir, 'a.json')]);
    const b = await run(['merge', join(dir, 'whole'), '-o', join(dir, 'b.json')]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(a.stderr).toBe('5 files merged: 5 documents\n');
    const text = readFileSync(join(dir, 'a.json'), 'utf8');
    expect(text).toBe(readFileSync(join(dir, 'b.json'), 'utf8'));
    const reg = JSON.parse(text);
    expect(reg.schemaVersion).toBe('1');
    expect(reg.documents.map((d: { source: { path: string } }) => d.source.path)).toEqual(seedPaths);
    const v = await run(['validate', join(dir, 'a.json')]);
    expect(v.code).toBe(0);
  });

  it('the --report file in a folder is not an output and is passed over', async () => {
    const r = await run(['merge', join(dir, 'whole'), '-o', '-', '--format', 'ndjson', '-v']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${join(dir, 'whole', 'report.ndjson')}: a --report file; skipped`);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(5);
  });

  it('the format follows the -o extension: csv (one task table), xlsx, ndjson', async () => {
    const tasks = seedPaths.length && JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')).documents.reduce((n: number, d: { tasks: unknown[] }) => n + d.tasks.length, 0);
    expect((await run(['merge', join(dir, 'whole'), '-o', join(dir, 'all.csv'), '-q'])).code).toBe(0);
    const csv = readFileSync(join(dir, 'all.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFdocumentId,')).toBe(true);
    expect((await run(['merge', join(dir, 'whole'), '-o', join(dir, 'all.ndjson'), '-q'])).code).toBe(0);
    expect(readFileSync(join(dir, 'all.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l).source.path)).toEqual(seedPaths);
    expect((await run(['merge', join(dir, 'whole'), '-o', join(dir, 'all.xlsx'), '-q'])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'all.xlsx'));
    expect(wb.getWorksheet('Tasks')!.rowCount).toBe(tasks + 1);
  });

  it('the same input twice (a folder and a registry of the same run) is kept once', async () => {
    const reg = join(dir, 'registry.json');
    expect((await run([SEEDS, '-o', reg, '-q'])).code).toBe(0);
    const r = await run(['merge', join(dir, 'whole'), reg, '-o', join(dir, 'dedup.json')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('6 files merged: 5 documents, 5 duplicates dropped\n');
    expect(readFileSync(join(dir, 'dedup.json'), 'utf8')).toBe(readFileSync(join(dir, 'b.json'), 'utf8'));
  });

  it('an output that does not match the schema: its problem on stderr, exit 1, nothing written', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'plan-extract-merge-bad-'));
    const one = JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8'));
    delete one.documents[0].tasks;
    writeFileSync(join(bad, 'broken.json'), JSON.stringify(one));
    const r = await run(['merge', join(dir, 'whole'), bad, '-o', join(bad, 'out.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(bad, 'broken.json')}: invalid: /documents/0: missing required field "tasks"`);
    expect(existsSync(join(bad, 'out.json'))).toBe(false);
    const missing = await run(['merge', join(bad, 'nope'), '-o', join(bad, 'out.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`${join(bad, 'nope')}: no such file or directory`);
    const none = await run(['merge']);
    expect(none.code).toBe(2);
  });

  it('the output inside a merged folder is not read back on the next merge', async () => {
    const out = join(dir, 'whole', 'all.json');
    expect((await run(['merge', join(dir, 'whole'), '-o', out, '-q'])).code).toBe(0);
    const again = await run(['merge', join(dir, 'whole'), '-o', out]);
    expect(again.stderr).toBe('5 files merged: 5 documents\n');
  });
});
