// Shared helpers for the PDF tests: real corpus files (skipped when absent) and block filters.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import type { Block, DocumentModel, TableBlock, TextBlock } from '../../src/model/document.js';
import { isTextBlock } from '../../src/model/document.js';
import { expect } from 'vitest';
import { PlanExtractError } from '../../src/model/errors.js';
import { extract } from '../../src/extract/pdf/index.js';
import type { ExtractOptions } from '../../src/extract/index.js';

import { CORPUS_DIR } from '../helpers/seeds.js';

export const CORPUS = CORPUS_DIR;
export const KH277 = `${CORPUS}/parsing-data-from-pdf/kh-cao-diem-100-ngay-c-s-tp-hn.pdf`;

/** A corpus file (path under ../shared/corpus, or an absolute path), or null when absent. */
export function corpusFile(rel: string): string | null {
  const p = rel.startsWith('/') ? rel : `${CORPUS}/${rel}`;
  return existsSync(p) ? p : null;
}

export async function readPdf(path: string, opts: ExtractOptions = {}): Promise<DocumentModel> {
  return extract({ bytes: readFileSync(path), path, format: 'pdf' }, opts);
}

export async function fromBytes(bytes: Uint8Array, opts: ExtractOptions = {}): Promise<DocumentModel> {
  return extract({ bytes, path: 'test.pdf', format: 'pdf' }, opts);
}

export function texts(m: DocumentModel, zone?: TextBlock['zone']): string[] {
  return m.children.filter(isTextBlock).filter((b) => !zone || b.zone === zone).map((b) => b.text);
}

export function tables(m: DocumentModel): TableBlock[] {
  return m.children.filter((b: Block): b is TableBlock => b.type === 'table');
}

export function hasTool(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The one-line error reading `bytes` must end with (en and vi each on one line). */
export async function failure(bytes: Uint8Array, opts: ExtractOptions = {}): Promise<PlanExtractError> {
  try {
    await fromBytes(bytes, opts);
  } catch (e) {
    expect(e).toBeInstanceOf(PlanExtractError);
    const err = e as PlanExtractError;
    expect(err.en).not.toMatch(/\n/);
    expect(err.vi).not.toMatch(/\n/);
    return err;
  }
  throw new Error('expected a PlanExtractError');
}
