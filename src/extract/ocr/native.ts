// The native `tesseract` command (Debian tesseract-ocr + tesseract-ocr-vie) when it is on PATH:
// the page image goes in on stdin as PGM, words with boxes and confidences come back as TSV.
import { execFile, spawn } from 'node:child_process';
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

function runTesseract(pgm: Buffer, model: string, dpi: number, psm: number): Promise<OcrWord[]> {
  return new Promise((resolve, reject) => {
    // One thread per process: pages run in a worker pool already, and OpenMP threads only fight for the cores.
    const child = spawn('tesseract', ['stdin', 'stdout', '-l', model, '--psm', String(psm), '--dpi', String(dpi), 'tsv'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), PAGE_LIMIT_MS);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(parseTsv(Buffer.concat(out).toString('utf8')));
      else reject(new Error(`tesseract ${signal ? `was stopped (${signal})` : `exited with ${code}`}: ${Buffer.concat(err).toString('utf8').trim().split('\n').pop() ?? ''}`.slice(0, 200)));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(pgm);
  });
}
