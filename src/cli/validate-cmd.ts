// plan-extract validate FILE…: check registries (json, yaml, ndjson) against the schema and
// print each problem as "<file>: invalid: <path> <message>". Exit 1 if any file is invalid.
import { escapeControls } from './escape.js';
import { readTextFile } from './read-text.js';
import { colorFor, type CliIO } from './io.js';
import { translator, type Lang } from './messages.js';
import { packageVersion } from '../version.js';
import { ndjsonLines } from './ndjson-lines.js';

/** Problems shown per file; the rest are counted. */
const MAX_SHOWN = 50;

type Check = { docs: number; errors: string[] } | { parseError: string } | { readError: string };

async function checkFile(path: string, lang: Lang): Promise<Check> {
  const t = translator(lang);
  const { validateRegistry } = await import('../validate.js');
  let text: string;
  try {
    text = await readTextFile(path, lang);
  } catch (e) {
    return { readError: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
  }
  text = text.replace(/^\uFEFF/, '');
  if (/\.ndjson$|\.jsonl$/i.test(path)) {
    // Each line is one PlanDocument: checked inside a registry of one.
    const errors: string[] = [];
    let docs = 0;
    for (const l of ndjsonLines(text)) {
      if ('error' in l) {
        errors.push(`${t('ndjsonLine', l.line)}: ${l.error}`);
        continue;
      }
      docs++;
      const r = validateRegistry({ schemaVersion: '1', generator: `plan-extract ${packageVersion()}`, documents: [l.doc] });
      for (const err of r.errors) errors.push(`${t('ndjsonLine', l.line)}: ${err.replace(/^\/documents\/0/, '')}`);
    }
    return { docs, errors };
  }
  let data: unknown;
  try {
    // yaml is loaded only for a file that is not JSON.
    data = /\.json$/i.test(path) ? JSON.parse(text) : (await import('yaml')).parse(text);
  } catch (e) {
    return { parseError: (e as Error).message.split('\n')[0] };
  }
  const r = validateRegistry(data);
  const docs = Array.isArray((data as { documents?: unknown })?.documents) ? (data as { documents: unknown[] }).documents.length : 0;
  return { docs, errors: r.ok ? [] : r.errors };
}

export async function runValidate(files: string[], lang: Lang, io: CliIO, color: boolean): Promise<number> {
  const t = translator(lang);
  const c = colorFor(io.stderr, color, io.env);
  const cOut = colorFor(io.stdout, color, io.env);
  let bad = 0;
  for (const file of files) {
    const r = await checkFile(file, lang);
    const f = escapeControls(file);
    if ('readError' in r) {
      bad++;
      io.stderr.write(c.red(t('cannotRead', f, r.readError)) + '\n');
    } else if ('parseError' in r) {
      bad++;
      io.stderr.write(c.red(t('parseFailed', f, r.parseError)) + '\n');
    } else if (r.errors.length) {
      bad++;
      for (const e of r.errors.slice(0, MAX_SHOWN)) io.stderr.write(c.red(t('invalidLine', f, e)) + '\n');
      if (r.errors.length > MAX_SHOWN) io.stderr.write(c.red(t('invalidLine', f, `… +${r.errors.length - MAX_SHOWN}`)) + '\n');
    } else {
      io.stdout.write(cOut.green(t('validOk', f, r.docs)) + '\n');
    }
  }
  return bad > 0 ? 1 : 0;
}
