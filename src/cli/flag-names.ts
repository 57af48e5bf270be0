// The library's messages name its options (maxPages, maxInflate); on the command line the
// same advice must name the flags the user can type (--max-pages, --max-inflate).
import type { BatchFailure } from '../batch/index.js';

const FLAGS: readonly [RegExp, string][] = [
  [/\bmaxPages\b/g, '--max-pages'],
  [/\bmaxInflate\b/g, '--max-inflate'],
  [/\bmaxSize\b/g, '--max-size'],
  [/\btimeoutPerFile\b/g, '--timeout-per-file'],
  [/\bpassword option\b/g, '--password'],
];

export function withCliFlags(text: string): string {
  let out = text;
  for (const [re, flag] of FLAGS) out = out.replace(re, flag);
  return out;
}

export function failureForCli(f: BatchFailure): BatchFailure {
  return { ...f, en: withCliFlags(f.en), vi: withCliFlags(f.vi) };
}
