// The .doc files of a batch, converted ahead of their turn by LibreOffice several at a time: its
// start-up is most of a conversion's cost (about 1.5 s of CPU a file when each file starts it), so
// eight files in one run cost about a fifth of the CPU. The worker then reads the .docx it is
// given, checked against the file's sha256; a file that was not converted here (LibreOffice
// failed on the group, or the file changed since) is converted alone by its worker as before,
// with its own error. Only plain .doc paths are taken; one .doc in a batch is left to its worker.
import { createHash } from 'node:crypto';
import { sniffFormat } from '../extract/formats.js';
import type { WorkerRequest } from './protocol.js';

/** Files per LibreOffice run: big enough to share its start-up, small enough to start soon. */
export const DOCS_PER_RUN = 8;

export interface DocAhead {
  /** The request with its .doc's conversion attached, once that is done (immediately for other files). */
  prepare(req: WorkerRequest): Promise<WorkerRequest>;
  /** Stop a conversion still running (the batch is over or was stopped). */
  close(): void;
}

type Converted = { sha256: string; docx: Uint8Array };

/** Plans the conversions, or null when there is nothing to share (fewer than two .doc, no LibreOffice). */
export async function docAhead(requests: readonly WorkerRequest[], maxSize?: number): Promise<DocAhead | null> {
  const docs = requests.filter((r) => 'path' in r.input && !('bytes' in r.input) && /\.doc$/i.test(r.input.path)).map((r) => r.id);
  if (docs.length < 2) return null;
  const { findSoffice, convertDocsToDocx } = await import('../extract/doc/convert.js');
  const soffice = await findSoffice();
  if (!soffice) return null;
  const { readInputFile } = await import('../read-input.js');
  const pathOf = new Map(requests.map((r) => [r.id, (r.input as { path: string }).path]));
  const groupOf = new Map(docs.map((id, k) => [id, Math.floor(k / DOCS_PER_RUN)]));
  const groups: Promise<Map<number, Converted>>[] = [];
  const stop = new AbortController();

  const convertGroup = async (g: number): Promise<Map<number, Converted>> => {
    const ids = docs.slice(g * DOCS_PER_RUN, (g + 1) * DOCS_PER_RUN);
    const read = await Promise.all(ids.map((id) => readInputFile(pathOf.get(id) ?? '', maxSize).catch(() => null)));
    // Only real Word 97 files; an unreadable, encrypted or misnamed one is its worker's to report.
    const ok = ids.map((id, k) => ({ id, bytes: read[k] })).filter((x): x is { id: number; bytes: Uint8Array } => !!x.bytes && sniffFormat(x.bytes) === 'doc');
    const out = new Map<number, Converted>();
    if (ok.length === 0 || stop.signal.aborted) return out;
    const docx = await convertDocsToDocx(ok.map((x) => x.bytes), soffice, stop.signal);
    ok.forEach((x, k) => {
      const d = docx[k];
      if (d) out.set(x.id, { sha256: createHash('sha256').update(x.bytes).digest('hex'), docx: d });
    });
    return out;
  };
  const group = (g: number) => {
    if (g * DOCS_PER_RUN >= docs.length) return undefined;
    groups[g] ??= convertGroup(g).catch(() => new Map<number, Converted>());
    return groups[g];
  };
  // The first run starts now, while the workers start; each next one when its predecessor is needed.
  void group(0);
  return {
    async prepare(req) {
      const g = groupOf.get(req.id);
      if (g === undefined) return req;
      void group(g + 1);
      const done = await group(g);
      const converted = done?.get(req.id);
      done?.delete(req.id);
      return converted ? { ...req, options: { ...req.options, convertedDoc: converted } } : req;
    },
    close: () => stop.abort(),
  };
}
