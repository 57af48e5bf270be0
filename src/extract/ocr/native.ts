// The native `tesseract` command (Debian tesseract-ocr + tesseract-ocr-vie) when it is on PATH:
// the page image goes in on stdin as PGM, words with boxes and confidences come back as TSV.
import { execFile } from 'node:child_process';
import { runTool } from '../run-tool.js';
import { parseTsv } from './tsv.js';
import type { OcrEngine, OcrWord } from './types.js';

export interface NativeInfo {
  version: string;
  /** Models installed: "vie", "script/Vietnamese"… */
  langs: string[];
}

let probed: Promise<NativeInfo | null> | undefined;

/** A short command's output (stdout + stderr), or null when it cannot run or fails (any exit status will do with `anyExit`). */
export function output(cmd: string, args: string[], anyExit = false): Promise<string | null> {
  return new Promise((resolve) => {
    try {
      execFile(cmd, args, { encoding: 'utf8', timeout: 10_000 }, (err, stdout, stderr) =>
        resolve(err && !(anyExit && typeof err.code === 'number') ? null : `${stdout}${stderr}`),
      );
    } catch {
      resolve(null);
    }
  });
}

/** `tesseract --version` and `--list-langs` (run side by side, never blocking the thread), once per process; null when it is not installed. */
export function probeNative(): Promise<NativeInfo | null> {
  probed ??= Promise.all([output('tesseract', ['--version']), output('tesseract', ['--list-langs'])]).then(([v, l]) => {
    if (v === null) return null;
    const version = /tesseract\s+v?([\d.]+\S*)/i.exec(v)?.[1] ?? 'unknown';
    const langs = (l ?? '').split('\n').slice(1).map((x) => x.trim()).filter((x) => x && !/^List of/i.test(x));
    return { version, langs };
  });
  return probed;
}

/** A page takes seconds; this bounds a stuck process. */
const PAGE_LIMIT_MS = 180_000;

export function nativeEngine(info: NativeInfo, model: string): OcrEngine {
  return {
    name: 'tesseract',
    version: info.version,
    model,
    recognise: (pgm, dpi, psm = 3) => runTesseract(pgm, model, dpi, psm),
    close: async () => undefined,
  };
}

async function runTesseract(pgm: Buffer, model: string, dpi: number, psm: number): Promise<OcrWord[]> {
  // One thread per process: pages run in a worker pool already, and OpenMP threads only fight for the cores.
  const args = ['stdin', 'stdout', '-l', model, '--psm', String(psm), '--dpi', String(dpi), 'tsv'];
  const r = await runTool('tesseract', args, { input: pgm, stdout: true, timeoutMs: PAGE_LIMIT_MS, env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
  if (r.code === 0) return parseTsv(r.stdout.toString('utf8'));
  throw new Error(`tesseract ${r.signal ? `was stopped (${r.signal})` : `exited with ${r.code}`}: ${r.stderr.trim().split('\n').pop() ?? ''}`.slice(0, 200));
}
