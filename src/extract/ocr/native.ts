// The native `tesseract` command (Debian tesseract-ocr + tesseract-ocr-vie) when it is on PATH:
// the page image goes in on stdin as PGM, words with boxes and confidences come back as TSV.
import { spawn, spawnSync } from 'node:child_process';
import { parseTsv } from './tsv.js';
import type { OcrEngine, OcrWord } from './types.js';

export interface NativeInfo {
  version: string;
  /** Models installed: "vie", "script/Vietnamese"… */
  langs: string[];
}

let probed: NativeInfo | null | undefined;

/** `tesseract --version` and `--list-langs`, once per process; null when it is not installed. */
export function probeNative(): NativeInfo | null {
  if (probed !== undefined) return probed;
  try {
    const v = spawnSync('tesseract', ['--version'], { encoding: 'utf8', timeout: 10_000 });
    if (v.error || v.status !== 0) return (probed = null);
    const version = /tesseract\s+v?([\d.]+\S*)/i.exec(`${v.stdout}${v.stderr}`)?.[1] ?? 'unknown';
    const l = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8', timeout: 10_000 });
    const langs = `${l.stdout}`.split('\n').slice(1).map((s) => s.trim()).filter(Boolean);
    probed = { version, langs };
  } catch {
    probed = null;
  }
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
