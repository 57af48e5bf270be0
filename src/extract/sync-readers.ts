// The readers whose work is synchronous (no tool to run, no worker of their own): their cores, for
// the single-input path that runs them under a time limit in the calling thread
// (src/batch/in-thread.ts). A core may throw MissingEngine (./engines.ts) for a module it loads late.
import type { DocumentModel, SourceFormat } from '../model/document.js';
import type { ExtractInput, ExtractOptions } from './index.js';

export type SyncExtractor = (input: ExtractInput, opts: ExtractOptions) => DocumentModel;

/** The synchronous core of `format`'s reader, or null when its reader is not synchronous (pdf, doc). */
export async function loadSyncExtractor(format: SourceFormat): Promise<SyncExtractor | null> {
  if (format === 'txt' || format === 'md') return (await import('./txt/index.js')).extractSync;
  if (format === 'html') return (await import('./html/index.js')).extractSync;
  if (format === 'docx') return (await import('./docx/index.js')).extractSync;
  return null;
}

/** The inflated size a .docx's zip directory declares for all its parts, or null when it cannot be read. */
export async function declaredDocxSize(bytes: Uint8Array): Promise<number | null> {
  try {
    const { ZipPackage } = await import('./docx/zip.js');
    let total = 0;
    for (const e of new ZipPackage(bytes).entries.values()) total += e.size;
    return total;
  } catch {
    return null;
  }
}
