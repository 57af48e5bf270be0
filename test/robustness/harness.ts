// The robustness harness: the real pipeline runs in a child process with a heap cap, one input at
// a time, so a synchronous hang (catastrophic regex) or runaway memory is caught, not suffered.
// (A worker thread is not enough: V8 may abort the whole process when a worker hits its heap cap.)
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';
import { buildSync } from 'esbuild';
import { REPO } from '../helpers/seeds.js';

/** Per-input budget: far above any honest run, only to call a hang a hang. */
export const CASE_BUDGET_MS = Number(process.env.ROBUST_BUDGET_MS ?? 30_000);
/** Old-space cap for the child; a document needing more is "unbounded memory". */
export const HEAP_CAP_MB = 1024;

export type Outcome =
  | { kind: 'ok'; ms: number }
  | { kind: 'invalid'; ms: number; errors: string[] }
  | { kind: 'refused'; ms: number; code: string; en: string; vi: string }
  | { kind: 'crash'; ms: number; name: string; message: string; stack: string }
  | { kind: 'timeout'; ms: number }
  | { kind: 'died'; ms: number; message: string };

let bundle: string | null = null;

/**
 * The worker entry and all of src bundled into one file per test process (packages stay external).
 * It sits one folder below the repo, as dist/ does, so src's `new URL('../package.json', import.meta.url)` still resolves.
 */
function buildBundle(): string {
  if (bundle) return bundle;
  const dir = join(REPO, '.tmp');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `robustness-worker-${process.pid}.mjs`);
  buildSync({
    entryPoints: [join(REPO, 'test/robustness/worker-entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    outfile,
    logLevel: 'silent',
  });
  bundle = outfile;
  return bundle;
}

let worker: ChildProcess | null = null;
let seq = 0;

function spawn(): ChildProcess {
  // pdfjs may warn on stdout/stderr, V8 prints its OOM report: keep the test output clean.
  const w = fork(buildBundle(), [], {
    // Source maps: stacks name src/*.ts lines, not the bundle.
    execArgv: [`--max-old-space-size=${HEAP_CAP_MB}`, '--enable-source-maps'],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  w.unref();
  w.channel?.unref();
  return w;
}

/** Run one input through extractBytes → validateRegistry in the child; never throws. */
export function probe(bytes: Uint8Array, path: string, budgetMs = CASE_BUDGET_MS): Promise<Outcome> {
  worker ??= spawn();
  const w = worker;
  const id = ++seq;
  const t0 = performance.now();
  return new Promise<Outcome>((resolve) => {
    const done = (o: Outcome): void => {
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
      resolve(o);
    };
    const kill = (): void => {
      if (worker === w) worker = null;
      w.kill('SIGKILL');
    };
    const onMessage = (m: Outcome & { id: number }): void => {
      if (m.id !== id) return;
      const { id: _id, ...o } = m;
      done(o as Outcome);
    };
    const onError = (e: Error): void => {
      kill();
      done({ kind: 'died', ms: performance.now() - t0, message: `${(e as { code?: string }).code ?? e.name}: ${e.message}` });
    };
    const onExit = (code: number | null, signal: string | null): void => {
      if (worker === w) worker = null;
      done({ kind: 'died', ms: performance.now() - t0, message: `the process ended (${signal ?? `exit ${code}`}; out of memory above ${HEAP_CAP_MB} MB heap, or a fatal error)` });
    };
    const timer = setTimeout(() => {
      kill();
      done({ kind: 'timeout', ms: performance.now() - t0 });
    }, budgetMs);
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
    w.send({ id, bytes, path });
  });
}

export async function stopWorker(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) w.kill('SIGKILL');
  if (bundle) rmSync(bundle, { force: true });
  bundle = null;
}

/** True when the outcome keeps the contract: a valid document, or one clean one-line refusal. */
export function keepsContract(o: Outcome): boolean {
  if (o.kind === 'ok') return true;
  if (o.kind === 'refused') return !/\n/.test(o.en) && !/\n/.test(o.vi) && o.en.length > 0 && o.vi.length > 0;
  return false;
}

/** One line per broken case, with the top of the stack, for the failure message. */
export function describeOutcome(label: string, o: Outcome): string {
  switch (o.kind) {
    case 'ok':
      return `${label}: ok`;
    case 'refused':
      return `${label}: refused ${o.code} "${o.en}" (multi-line or empty message)`;
    case 'invalid':
      return `${label}: output fails the schema: ${o.errors.join('; ')}`;
    case 'crash':
      return `${label}: ${o.name}: ${o.message}\n    ${o.stack.split('\n').slice(1, 5).map((s) => s.trim()).join('\n    ')}`;
    case 'timeout':
      return `${label}: no answer within ${Math.round(o.ms)} ms (hang)`;
    case 'died':
      return `${label}: the process died: ${o.message}`;
  }
}

export interface Case {
  label: string;
  bytes: Uint8Array | (() => Uint8Array);
  path: string;
}

/**
 * Run cases one by one; returns the broken ones described (empty = all kept the contract).
 * Stops after `maxBroken` broken cases: while a hang is unfixed, every case hitting it costs a whole budget.
 */
export async function runCases(cases: Iterable<Case>, budgetMs = CASE_BUDGET_MS, maxBroken = 3): Promise<{ broken: string[]; outcomes: Outcome[] }> {
  const broken: string[] = [];
  const outcomes: Outcome[] = [];
  for (const c of cases) {
    if (broken.length >= maxBroken) break;
    const bytes = typeof c.bytes === 'function' ? c.bytes() : c.bytes;
    const o = await probe(bytes, c.path, budgetMs);
    outcomes.push(o);
    if (!keepsContract(o)) broken.push(describeOutcome(c.label, o));
  }
  return { broken, outcomes };
}
