// A synchronous function run under a time limit in this thread: node:vm's `timeout` (a watchdog
// thread that terminates the running JavaScript, no isolate of its own) stops a runaway loop or
// regular expression as the worker pool's timer would stop a worker. Ctrl-C stops it too
// (`breakOnSigint`); the signal is then raised again for the command line's own handlers. The
// function runs in this context (a new context costs about 7 ms to make): the one-line script
// calls it through a global slot.
import { Script } from 'node:vm';

const SLOT = Symbol.for('plan-extract.limited');
let caller: Script | undefined;

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
  const slot = globalThis as { [SLOT]?: () => void };
  const outer = slot[SLOT]; // a runLimited inside fn
  slot[SLOT] = () => void (result = fn());
  caller ??= new Script('globalThis[Symbol.for("plan-extract.limited")]()', { filename: 'plan-extract:limited' });
  try {
    caller.runInThisContext({ timeout, breakOnSigint: true });
  } catch (e) {
    const code = (e as { code?: string } | null)?.code;
    if (code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new TimeLimitExceeded(timeout);
    if (code === 'ERR_SCRIPT_EXECUTION_INTERRUPTED') {
      // The handlers that were paused while the function ran (src/cli/write.ts) get the signal.
      process.kill(process.pid, 'SIGINT');
      throw new Interrupted();
    }
    throw e;
  } finally {
    slot[SLOT] = outer;
  }
  return result!;
}
