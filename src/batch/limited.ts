// A synchronous function run under a time limit in this thread: node:vm's `timeout` (a watchdog
// thread that terminates the running JavaScript, no isolate of its own) stops a runaway loop or
// regular expression as the worker pool's timer would stop a worker. Ctrl-C stops it too
// (`breakOnSigint`); the signal is then raised again for the command line's own handlers.
import { createContext, runInContext } from 'node:vm';

/** The time limit stopped the function. */
export class TimeLimitExceeded extends Error {
  constructor(readonly ms: number) {
    super(`stopped after ${ms} ms`);
    this.name = 'TimeLimitExceeded';
  }
}

/** Ctrl-C stopped the function; the signal was raised again for the process's own handlers. */
export class Interrupted extends Error {
  constructor() {
    super('interrupted');
    this.name = 'Interrupted';
  }
}

/** fn(), or TimeLimitExceeded when it runs for more than `ms` milliseconds. */
export function runLimited<T>(fn: () => T, ms: number): T {
  const timeout = Math.max(1, Math.ceil(ms));
  let result: T;
  const context = createContext({ run: () => void (result = fn()) });
  try {
    runInContext('run()', context, { timeout, breakOnSigint: true });
  } catch (e) {
    const code = (e as { code?: string } | null)?.code;
    if (code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new TimeLimitExceeded(timeout);
    if (code === 'ERR_SCRIPT_EXECUTION_INTERRUPTED') {
      // The handlers that were paused while the function ran (src/cli/write.ts) get the signal.
      process.kill(process.pid, 'SIGINT');
      throw new Interrupted();
    }
    throw e;
  }
  return result!;
}
