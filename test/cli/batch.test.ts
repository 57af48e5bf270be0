// Batch runs of the real binary on the five seeds plus two unreadable files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import ExcelJS from 'exceljs';
import { listAll, requireBuilt, run, seedFiles, seedFolder, SEEDS } from './helpers.js';
import { HANG_ENV, HANG_PRELOAD } from '../helpers/workers.js';

// Each test spawns the binary one or more times; two cores shared by parallel test files.
vi.setConfig({ testTimeout: 60_000 });

const SEED_000 = '000_2cb036a4f30d648d.txt';
/** Seed 000's appendix table has 23 numbered rows (TT 1–23), read by hand. */
const SEED_000_TASKS = 23;

requireBuilt();

describe('a folder with five seeds, an empty .docx and random bytes named .pdf', () => {
  it('--out-dir: exit 1, five valid outputs, two one-line errors, a correct summary', async () => {
    const { dir, docs } = seedFolder();
    const out = join(dir, 'out');
    const r = await run([docs, '--out-dir', out]);
    expect(r.code).toBe(1);
    expect(listAll(out)).toEqual(seedFiles().map((f) => f.replace(/\.txt$/, '.json')));
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(`${join(docs, 'empty.docx')}: the file is empty`);
    expect(lines[1].startsWith(`${join(docs, 'random.pdf')}: `)).toBe(true);
    expect(lines[1]).not.toMatch(/internal error|\n|at /);
    expect(lines[2]).toMatch(/^7 files: 5 converted, 2 failed, \d+ tasks, \d+ warnings$/);
    const tasks = Number(/(\d+) tasks, \d+ warnings$/.exec(lines[2])![1]);
    let sum = 0;
    for (const f of listAll(out)) {
      const reg = JSON.parse(readFileSync(join(out, f), 'utf8'));
      expect(reg.schemaVersion).toBe('1');
      expect(reg.generator).toMatch(/^plan-extract \d+\.\d+\.\d+/);
      expect(reg.documents).toHaveLength(1);
      sum += reg.documents[0].tasks.length;
    }
    expect(sum).toBe(tasks);
    const v = await run(['validate', ...listAll(out).map((f) => join(out, f))]);
    expect(v.stderr).toBe('');
    expect(v.code).toBe(0);
  });

  it('ndjson: five parseable lines in input order, streamed to stdout', async () => {
    const { docs } = seedFolder();
    const r = await run([docs, '--format', 'ndjson', '-j', '2']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.map((l) => JSON.parse(l).source.path)).toEqual(seedFiles().map((f) => join(docs, f)));
  });

  it('json to -o: one registry in input order, whatever the worker timing', async () => {
    const { dir, docs } = seedFolder();
    const file = join(dir, 'all.json');
    const r = await run([docs, '-o', file, '-j', '3', '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(2);
    const reg = JSON.parse(readFileSync(file, 'utf8'));
    expect(reg.documents.map((d: { source: { path: string } }) => d.source.path)).toEqual(seedFiles().map((f) => join(docs, f)));
    expect(listAll(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('never writes "\\r" progress frames to a non-terminal stderr', async () => {
    const { docs } = seedFolder();
    const r = await run([docs, '--format', 'ndjson', '--verbose']);
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr).toContain(': done, ');
  });

  it('prints the summary in Vietnamese with LANG=vi_VN', async () => {
    const { docs } = seedFolder();
    const r = await run([docs, '--format', 'ndjson'], { env: { LANG: 'vi_VN.UTF-8' } });
    expect(r.stderr).toMatch(/^7 tệp: 5 thành công, 2 lỗi, \d+ nhiệm vụ, \d+ cảnh báo$/m);
    expect(r.stderr).toContain('empty.docx: tệp rỗng');
  });
});

describe('formats', () => {
  it('csv: BOM, CRLF, quoted ";" and the 23 tasks of seed 000', async () => {
    const r = await run([join(SEEDS, SEED_000), '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdoutBytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const body = r.stdout.slice(1);
    expect(body.endsWith('\r\n')).toBe(true);
    expect(body.split('\r\n')[0]).toBe(
      'documentId,documentNumber,documentDate,documentTitle,id,no,origin,text,lead,support,deadlineRaw,deadlineKind,deadlineStart,deadlineEnd,outputs,group,section',
    );
    // Every value holding ";" is quoted (lead "Phòng GDĐT các huyện và thành phố; Các đơn vị trực thuộc Sở GDĐT").
    expect(body).toContain('"Phòng GDĐT các huyện và thành phố; Các đơn vị trực thuộc Sở GDĐT"');
    const tableRows = body.split('\r\n').filter((l) => /,table,/.test(l));
    expect(tableRows).toHaveLength(SEED_000_TASKS);
  });

  it('xlsx: the Tasks, Targets and Documents sheets, read back with exceljs', async () => {
    const { dir } = seedFolder();
    const file = join(dir, 'tong-hop.xlsx');
    const r = await run([join(SEEDS, SEED_000), '--format', 'xlsx', '-o', file]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tasks', 'Targets', 'Documents']);
    const tasks = wb.getWorksheet('Tasks')!;
    const originCol = (tasks.getRow(1).values as unknown[]).indexOf('origin');
    const origins = tasks.getColumn(originCol).values.slice(2);
    expect(origins.filter((o) => o === 'table')).toHaveLength(SEED_000_TASKS);
    expect(tasks.getRow(1).font.bold).toBe(true);
    expect(wb.getWorksheet('Documents')!.rowCount).toBe(2);
  });

  it('yaml reads back as the JSON output under a YAML 1.1 reader', async () => {
    const seed = join(SEEDS, SEED_000);
    const [y, j] = await Promise.all([run([seed, '--format', 'yaml']), run([seed])]);
    expect(y.code).toBe(0);
    expect(parseYaml(y.stdout, { version: '1.1' })).toEqual(JSON.parse(j.stdout));
  });

  it('md: a readable summary with the task table', async () => {
    const r = await run([join(SEEDS, SEED_000), '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^## KẾ HOẠCH: /m);
    expect(r.stdout).toContain('| # | Nhiệm vụ / Task |');
  });

  it('reads standard input with - and --from', async () => {
    const text = readFileSync(join(SEEDS, SEED_000));
    const r = await run(['-', '--from', 'txt', '--format', 'ndjson'], { input: text });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).source.path).toBe('<stdin>');
  });
});

describe('time limit per file', () => {
  it('kills a worker that hangs and reports it while the others finish', async () => {
    const { dir, docs } = seedFolder();
    const out = join(dir, 'out');
    const r = await run([docs, '--out-dir', out, '--timeout-per-file', '20', '-j', '2'], {
      env: { [HANG_ENV]: '001_' },
      nodeArgs: ['--import', HANG_PRELOAD],
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/001_eb04ff3914c6f1ad\.txt: took longer than 20 s; stopped/);
    expect(r.stderr).toMatch(/^7 files: 4 converted, 3 failed, \d+ tasks, \d+ warnings$/m);
    expect(listAll(out)).toHaveLength(4);
  }, 120_000);

  it('--fail-fast stops at the first failure and writes no registry', async () => {
    const { dir, docs } = seedFolder();
    const file = join(dir, 'all.json');
    const r = await run([docs, '-o', file, '--fail-fast', '-j', '1']);
    expect(r.code).toBe(1);
    expect(listAll(dir).filter((f) => !f.startsWith('docs/'))).toEqual([]);
    expect(r.stderr).toContain('no output written');
  });
});
