// --report FILE: one NDJSON record per input, appended as the input is settled (in input
// order, as its output is written), so a tail of the file follows the run and a killed run
// leaves every record of what it finished:
//   {"path":"a/kh.pdf","status":"converted","code":null,"message":null,"ms":812,"pages":14,
//    "tasks":23,"warnings":1,"output":"out/a/kh.json"}
// status is converted | failed | skipped; code and message say why for the last two.
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFully } from './write.js';

export type RecordStatus = 'converted' | 'failed' | 'skipped';

export interface RunRecord {
  path: string;
  status: RecordStatus;
  code: string | null;
  message: string | null;
  ms: number;
  pages: number | null;
  tasks: number | null;
  warnings: number | null;
  output: string | null;
}

export class RunReport {
  private chain: Promise<void> = Promise.resolve();
  private failure: NodeJS.ErrnoException | null = null;

  private constructor(private readonly fh: FileHandle) {}

  /** Create (or empty) FILE, and its folder; throws when it cannot be opened. */
  static async open(file: string): Promise<RunReport> {
    await mkdir(dirname(file), { recursive: true });
    return new RunReport(await open(file, 'w', 0o644));
  }

  /** Append one record; writes are queued so lines never interleave. */
  add(rec: RunRecord): void {
    const line = JSON.stringify(rec) + '\n';
    this.chain = this.chain.then(async () => {
      if (this.failure) return;
      try {
        await writeFully(this.fh, line);
      } catch (e) {
        this.failure = e as NodeJS.ErrnoException;
      }
    });
  }

  /** Flush and close; the first write error, if any (the run then exits 1). */
  async close(): Promise<NodeJS.ErrnoException | null> {
    await this.chain;
    // A full disk may say so only now (fsync, close on NFS).
    if (!this.failure) await this.fh.sync().catch((e: NodeJS.ErrnoException) => (this.failure = e));
    await this.fh.close().catch((e: NodeJS.ErrnoException) => (this.failure ??= e));
    return this.failure;
  }
}
