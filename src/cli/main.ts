// The CLI entry: parse, dispatch, map the outcome to an exit code
// (0 all converted, 1 a document failed or the output could not be made, 2 bad usage).
import { escapeControls } from './escape.js';
import { colorFor, type CliIO } from './io.js';
import { translator } from './messages.js';
import { parseArgs, preScanLang } from './options.js';

export type { CliIO } from './io.js';
export { relauncher } from './relaunch.js';

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
    io.stderr.write(translator(lang)('internalError', escapeControls(err.message)) + '\n');
    if (io.argv.includes('--verbose') || io.argv.includes('-v')) io.stderr.write(`${err.stack ?? ''}\n`);
    return EXIT_FAILED;
  }
}

async function dispatch(io: CliIO): Promise<number> {
  // Write errors on stdout (a closed pipe, a full disk) are reported where the write is made
  // (writeStream rejects); the stream's 'error' event must not become an uncaught exception.
  io.stdout.on('error', () => undefined);
  const action = parseArgs(io.argv, { writeOut: (s) => void io.stdout.write(s), env: io.env });
  switch (action.kind) {
    case 'done':
      return EXIT_OK;
    case 'usage': {
      const t = translator(action.lang);
      const c = colorFor(io.stderr, true, io.env);
      io.stderr.write(`${c.red(t('usagePrefix') + escapeControls(action.message))}\n${t('usageHint')}\n`);
      return EXIT_USAGE;
    }
    case 'schema':
      try {
        const { writeStream } = await import('./write.js');
        await writeStream(io.stdout, JSON.stringify((await import('../model/schema.js')).planRegistrySchema, null, 2) + '\n');
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? String(e);
        if (code === 'EPIPE') return EXIT_OK;
        io.stderr.write(translator(action.lang)('stdoutFailed', code) + '\n');
        return EXIT_FAILED;
      }
      return EXIT_OK;
    case 'validate':
      return (await import('./validate-cmd.js')).runValidate(action.files, action.lang, io, action.color);
    case 'convert':
      // Loaded only for a conversion: --version, --help and usage errors load nothing else.
      return (await import('./convert.js')).runConvert(action.options, action.lang, io);
    case 'merge':
      return (await import('./merge-cmd.js')).runMerge(action, io);
  }
}
