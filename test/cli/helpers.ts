// Drives the built binary (node bin/plan-extract; `npx tsc -p .` first). PLAN_EXTRACT_BIN
// points the tests at another build.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll } from 'vitest';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const BIN = process.env.PLAN_EXTRACT_BIN ?? join(ROOT, 'bin', 'plan-extract');
export const SEEDS = process.env.PLAN_EXTRACT_SEEDS ?? resolve(ROOT, 'fixtures/seeds');

export function seedFiles(): string[] {
  return readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
}

export function built(): boolean {
  return existsSync(join(BIN, '../../dist/cli/main.js'));
}

/** These tests run the built binary: fail at once, with what to do, when dist/ is missing. */
export function requireBuilt(): void {
  beforeAll(() => {
    if (!built()) throw new Error('dist/ is missing: run `npx tsc -p .` before these tests');
  });
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  input?: string | Buffer;
  /** Flags for node itself, before the binary (e.g. `--import` a test-only preload). */
  nodeArgs?: string[];
}

export function run(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const env: Record<string, string | undefined> = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...opts.env };
    delete env.NO_COLOR;
    const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), BIN, ...args], { cwd: opts.cwd ?? ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const stdoutBytes = Buffer.concat(out);
      resolvePromise({ code: code ?? -1, stdout: stdoutBytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), stdoutBytes });
    });
    child.stdin.end(opts.input ?? '');
  });
}

/** A temp folder with copies of the five seeds, an empty .docx and random bytes named .pdf. */
export function seedFolder(): { dir: string; docs: string } {
  const dir = mkdtempSync(join(tmpdir(), 'plan-extract-cli-'));
  const docs = join(dir, 'docs');
  mkdirSync(docs);
  for (const f of seedFiles()) copyFileSync(join(SEEDS, f), join(docs, f));
  writeFileSync(join(docs, 'empty.docx'), '');
  const junk = Buffer.alloc(2048);
  for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) % 256;
  writeFileSync(join(docs, 'random.pdf'), junk);
  return { dir, docs };
}

export function listAll(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(join(d, e.name), r);
      else out.push(r);
    }
  };
  walk(dir, '');
  return out.sort();
}
