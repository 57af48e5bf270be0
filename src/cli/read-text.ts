// Text files the CLI reads besides the documents (registries to validate or merge, --files-from
// lists) go through the same checked reader: a FIFO or /dev/zero is refused, not read forever.
import { stat } from 'node:fs/promises';
import { isPlanExtractError } from '../model/errors.js';
import { readInputFile } from '../read-input.js';
import type { Lang } from './messages.js';

/** Registries and lists larger than this are refused (a JavaScript string holds at most ~512 MiB). */
export const TEXT_MAX_SIZE = 512 * 1024 * 1024;

/** The file as UTF-8; an error's message is one line in `lang` (its `code` left empty). */
export async function readTextFile(path: string, lang: Lang = 'en'): Promise<string> {
  // A missing or unreadable path keeps its errno code (ENOENT, EACCES), as the callers print it.
  await stat(path);
  try {
    return Buffer.from(await readInputFile(path, TEXT_MAX_SIZE)).toString('utf8');
  } catch (e) {
    if (isPlanExtractError(e)) throw new Error(lang === 'vi' ? e.vi : e.en);
    throw e;
  }
}
