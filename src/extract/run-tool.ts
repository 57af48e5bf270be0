// Runs one optional system tool (soffice, tesseract, pdftoppm) as a child process: its input on
// stdin, a time limit after which it is killed, its stdout collected (or ignored) and the start of
// its stderr kept for the error line. The one place the extractors spawn.
import { spawn } from 'node:child_process';

export interface ToolRun {
  /** Bytes written to the tool's standard input (stdin is closed empty otherwise). */
  input?: Uint8Array;
  /** Killed with SIGKILL after this many milliseconds. */
  timeoutMs: number;
  /** Collect standard output (tesseract's TSV, pdftoppm's image); otherwise it is ignored. */
  stdout?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Killed when this is aborted (the batch that wanted its result has stopped). */
  signal?: AbortSignal;
}

export interface ToolResult {
  /** Exit code, or null when a signal ended it. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  /** The first 4,000 characters of standard error. */
  stderr: string;
  timedOut: boolean;
}

const STDERR_KEPT = 4000;

/** Run `cmd args`; rejects only when the tool cannot be started (ENOENT, EACCES). */
export function runTool(cmd: string, args: string[], run: ToolRun): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      stdio: [run.input ? 'pipe' : 'ignore', run.stdout ? 'pipe' : 'ignore', 'pipe'],
      ...(run.env ? { env: run.env } : {}),
    });
    const out: Buffer[] = [];
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, run.timeoutMs);
    const onAbort = () => child.kill('SIGKILL');
    run.signal?.addEventListener('abort', onAbort, { once: true });
    if (run.signal?.aborted) onAbort();
    child.stdout?.on('data', (b: Buffer) => out.push(b));
    child.stderr?.on('data', (b: Buffer) => {
      if (stderr.length < STDERR_KEPT) stderr += b.toString('utf8');
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      run.signal?.removeEventListener('abort', onAbort);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      run.signal?.removeEventListener('abort', onAbort);
      resolve({ code, signal, stdout: Buffer.concat(out), stderr: stderr.slice(0, STDERR_KEPT), timedOut });
    });
    if (run.input && child.stdin) {
      // A tool that exits before reading all of its input (a damaged file) must not crash us with EPIPE.
      child.stdin.on('error', () => undefined);
      child.stdin.end(Buffer.from(run.input.buffer, run.input.byteOffset, run.input.length));
    }
  });
}
