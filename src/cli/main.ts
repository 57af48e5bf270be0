// The CLI entry: parse, dispatch, map the outcome to an exit code
// (0 all converted, 1 a document failed or the output could not be made, 2 bad usage).
import { runConvert } from './convert.js';
import { colorFor, type CliIO } from './io.js';
import { translator } from './messages.js';
import { parseArgs, preScanLang } from './options.js';
import { runValidate } from './validate-cmd.js';

export type { CliIO } from './io.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export async function main(io: CliIO): Promise<number> {
  try {
    return await dispatch(io);
  } catch (e) {
    // A bug: one line, the stack only with --verbose.
    const lang = preScanLang(io.argv, io.env);
    const err = e instanceof Error ? e : new Error(String(e));
    io.stderr.write(translator(lang)('internalError', err.message) + '\n');
    if (io.argv.includes('--verbose') || io.argv.includes('-v')) io.stderr.write(`${err.stack ?? ''}\n`);
    return EXIT_FAILED;
  }
}

async function dispatch(io: CliIO): Promise<number> {
  // A closed pipe (| head) is not an error worth a stack trace.
  io.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  const action = parseArgs(io.argv, { writeOut: (s) => void io.stdout.write(s), env: io.env });
  switch (action.kind) {
    case 'done':
      return EXIT_OK;
    case 'usage': {
      const t = translator(action.lang);
      const c = colorFor(io.stderr, true, io.env);
      io.stderr.write(`${c.red(t('usagePrefix') + action.message)}\n${t('usageHint')}\n`);
      return EXIT_USAGE;
    }
    case 'schema':
      io.stdout.write(JSON.stringify((await import('../validate.js')).planRegistrySchema, null, 2) + '\n');
      return EXIT_OK;
    case 'validate':
      return runValidate(action.files, action.lang, io, action.color);
    case 'convert':
      return runConvert(action.options, action.lang, io);
    case 'merge':
      return (await import('./merge-cmd.js')).runMerge(action, io);
  }
}
