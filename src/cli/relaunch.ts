// A big batch runs in a child node started with --single-threaded-gc. V8 marks the heap on helper
// threads while the JavaScript runs; with one or two workers on two cores, that concurrent work
// takes cores from the workers and costs more in total than doing it on each worker's own thread
// (README, Batches: a 246-file batch with -j 2 took 0.89x the wall time and the CPU).
// The flag can only be given when node starts: set in a running process, V8's marking flags
// crash it. So the command line, once it knows the batch is big, runs itself again with the flag;
// the child shares its stdin, stdout and stderr, and its exit status (or the signal it died of)
// is this process's. A small batch is not worth the second start (~0.1 s of CPU): measured, 64
// seed texts (0.3 MB) took 1.18x the wall time relaunched and 640 of them (3.2 MB) 1.05x, while
// the PDF-heavy 246-file batch (78 MB) took 0.89x; hence a floor in bytes, not only in files.
// A run that read its list from stdin cannot hand that stdin on, and one under a debugger
// (node --inspect) stays where it is debugged.
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { constants } from 'node:os';

/** A batch of at least this many files, of at least RELAUNCH_MIN_BYTES in all, is run in a child node with RELAUNCH_FLAGS. */
export const RELAUNCH_MIN_INPUTS = 16;
export const RELAUNCH_MIN_BYTES = 16 * 1024 * 1024;
export const RELAUNCH_FLAGS = ['--single-threaded-gc'];
/** Set in the child (and by a user who wants no relaunch): never relaunch again. */
export const RELAUNCHED_ENV = 'PLAN_EXTRACT_RELAUNCHED';

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Runs the command line again in a child node with `flags` added; resolves to its exit status,
 * or null when it could not be started (the caller then runs the batch itself). A child that dies
 * of a signal makes this process die of the same signal.
 */
export type Relaunch = (flags: string[]) => Promise<number | null>;

/**
 * Whether this run should hand its batch (`files`: the paths to convert, not those skipped as up
 * to date) to a child node (see above); `readsStdin`: the run reads stdin (a "-" input,
 * `--files-from -`). Sizes are read only until the floor is reached.
 */
export function shouldRelaunch(files: readonly string[], readsStdin: boolean, env: Record<string, string | undefined>, relaunch: Relaunch | undefined): relaunch is Relaunch {
  if (!relaunch || env[RELAUNCHED_ENV] !== undefined || readsStdin || files.length < RELAUNCH_MIN_INPUTS) return false;
  if (RELAUNCH_FLAGS.every((f) => process.execArgv.includes(f))) return false;
  // Under a debugger the run stays where it is being debugged.
  if (process.execArgv.some((a) => /^--(?:inspect|debug)/.test(a))) return false;
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += statSync(f).size;
    } catch {
      // Gone or unreadable: the batch reports it; it weighs nothing here.
    }
    if (bytes >= RELAUNCH_MIN_BYTES) return true;
  }
  return false;
}

/** The Relaunch of the command line whose entry script is `script`, run with `argv`. */
export function relauncher(script: string, argv: readonly string[]): Relaunch {
  return (flags) =>
    new Promise((resolve) => {
      let child: ReturnType<typeof spawn>;
      try {
        child = spawn(process.execPath, [...flags, ...process.execArgv, script, ...argv], {
          stdio: 'inherit',
          env: { ...process.env, [RELAUNCHED_ENV]: '1' },
        });
      } catch {
        resolve(null);
        return;
      }
      // A signal for this process is the child's: it removes its temp files and dies of it
      // (a Ctrl-C reaches both; the second delivery finds it already ending).
      const forward = (signal: NodeJS.Signals) => {
        child.kill(signal);
      };
      for (const s of SIGNALS) process.on(s, forward);
      const done = () => {
        for (const s of SIGNALS) process.off(s, forward);
      };
      // Not started (no such executable, no memory for a process): run here instead. An error
      // of a started child (a failed kill) changes nothing: its exit still comes.
      let started = false;
      child.once('spawn', () => {
        started = true;
      });
      child.on('error', () => {
        if (started) return;
        done();
        resolve(null);
      });
      child.once('exit', (code, signal) => {
        done();
        if (signal) {
          process.kill(process.pid, signal);
          // Not ended by it (the signal is ignored here): the shell's convention.
          resolve(128 + (constants.signals[signal] ?? 1));
          return;
        }
        resolve(code ?? 1);
      });
    });
}
