// What main() is given instead of touching process: arguments, streams, environment.
import { Chalk, type ChalkInstance } from 'chalk';
import type { TextStream } from './progress.js';
import type { Relaunch } from './relaunch.js';

export interface OutStream extends NodeJS.WritableStream {
  isTTY?: boolean;
  columns?: number;
}

export interface CliIO {
  /** Arguments after the program name. */
  argv: string[];
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: OutStream;
  stderr: OutStream & TextStream;
  env: Record<string, string | undefined>;
  /** Runs this command line again in a child node (src/cli/relaunch.ts); only bin/plan-extract gives one. */
  relaunch?: Relaunch;
}

/** Colours only for a terminal, and never with --no-color or NO_COLOR (any value). */
export function colorFor(stream: { isTTY?: boolean }, wanted: boolean, env: CliIO['env']): ChalkInstance {
  const on = wanted && stream.isTTY === true && env.NO_COLOR === undefined;
  return new Chalk({ level: on ? 1 : 0 });
}

/** The whole stream, but stop past `limit` bytes: then `limit + 1` bytes are returned (the caller refuses). */
export async function readAll(stream: NodeJS.ReadableStream, limit = Infinity): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    chunks.push(b);
    total += b.length;
    if (total > limit) break;
  }
  const all = Buffer.concat(chunks);
  return new Uint8Array(total > limit ? all.subarray(0, limit + 1) : all);
}
