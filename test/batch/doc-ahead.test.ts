// A batch's .doc files converted ahead, several per LibreOffice run (src/batch/doc-ahead.ts): the
// same registries as one conversion per file, and a file the group run cannot convert still fails
// on its own, with its own error. The .doc files are made here from the .docx fixtures by
// LibreOffice, so no corpus is needed; without LibreOffice the tests skip with one line.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractMany } from '../../src/batch/index.js';
import { docAhead } from '../../src/batch/doc-ahead.js';
import type { WorkerRequest } from '../../src/batch/protocol.js';
import { extract, findSoffice } from '../../src/extract/doc/index.js';
import { runTool } from '../../src/extract/run-tool.js';
import { SOURCE_WORKER } from '../helpers/workers.js';

const soffice = await findSoffice();
if (!soffice) console.warn('test/batch/doc-ahead.test.ts: LibreOffice (soffice) not found, .doc batch tests skipped');

const DOCX = new URL('../../fixtures/docx/', import.meta.url);
let dir = '';
const files: string[] = [];

describe.skipIf(!soffice)('.doc files converted ahead in a batch', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'plan-extract-doc-ahead-'));
    // Word 97 files of three seeds, made by LibreOffice from the .docx fixtures.
    for (const seed of ['000_2cb036a4f30d648d', '003_731ef92cda07baf8', '004_ceed5cc17a5fa85e']) copyFileSync(new URL(`${seed}.docx`, DOCX), join(dir, `${seed}.docx`));
    const profile = `file://${join(dir, 'profile')}`;
    const inputs = ['000_2cb036a4f30d648d', '003_731ef92cda07baf8', '004_ceed5cc17a5fa85e'].map((s) => join(dir, `${s}.docx`));
    const r = await runTool(soffice as string, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'doc:MS Word 97', '--outdir', dir, ...inputs], { timeoutMs: 170_000 });
    expect(r.code).toBe(0);
    files.push(...['000_2cb036a4f30d648d', '003_731ef92cda07baf8', '004_ceed5cc17a5fa85e'].map((s) => join(dir, `${s}.doc`)));
    // A Word 97 signature over garbage: LibreOffice reads it as a page of "AAAA…".
    const broken = new Uint8Array(4096).fill(0x41);
    broken.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    writeFileSync(join(dir, 'broken.doc'), broken);
    files.push(join(dir, 'broken.doc'));
  }, 180_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const requests = (): WorkerRequest[] => files.map((path, id) => ({ id, input: { path }, options: {} }));

  it('converts the real .doc files of a group in one run, each checked by its sha256', async () => {
    const ahead = await docAhead(requests(), undefined);
    expect(ahead).not.toBeNull();
    const prepared = await Promise.all(requests().map((r) => ahead!.prepare(r)));
    ahead!.close();
    for (const [k, req] of prepared.slice(0, 3).entries()) {
      const c = req.options.convertedDoc;
      expect(c?.sha256).toMatch(/^[0-9a-f]{64}$/);
      // A .docx is a zip: "PK".
      expect([...(c?.docx.subarray(0, 2) ?? [])]).toEqual([0x50, 0x4b]);
      expect(req.input).toEqual({ path: files[k] });
    }
    expect(prepared[3].options.convertedDoc?.sha256).toMatch(/^[0-9a-f]{64}$/);
  }, 180_000);

  it('gives the same registries and failures as one conversion per file', async () => {
    const batch = await extractMany(files, { jobs: 2, workerUrl: SOURCE_WORKER });
    const single = await Promise.all(files.map(async (f) => (await extractMany([f], { jobs: 1, workerUrl: SOURCE_WORKER }))[0]));
    for (let k = 0; k < 3; k++) {
      const a = batch[k];
      const b = single[k];
      expect(a.ok && b.ok).toBe(true);
      if (a.ok && b.ok) {
        expect(a.document).toEqual(b.document);
        expect(a.document.source.format).toBe('doc');
        expect(a.document.warnings.map((w) => w.code)).toContain('DOC_CONVERTED');
        expect(a.document.source.sha256).toBe((await import('node:crypto')).createHash('sha256').update(readFileSync(files[k])).digest('hex'));
      }
    }
    // Not a document once converted: the same failure either way.
    expect(batch[3]).toMatchObject({ ok: false, error: { code: 'NOT_ADMINISTRATIVE' } });
    expect(single[3]).toMatchObject({ ok: false, error: { code: 'NOT_ADMINISTRATIVE' } });
  }, 300_000);

  it('converts the file itself when the conversion it is given is not of its bytes', async () => {
    const bytes = new Uint8Array(readFileSync(files[0]));
    const own = await extract({ bytes, path: 'a.doc', format: 'doc' }, {});
    const other = await extract({ bytes, path: 'a.doc', format: 'doc' }, { convertedDoc: { sha256: '0'.repeat(64), docx: readFileSync(new URL('001_eb04ff3914c6f1ad.docx', DOCX)) } });
    expect(other).toEqual(own);
  }, 180_000);

  it('leaves a batch with a single .doc, or none, to its workers', async () => {
    expect(await docAhead(requests().slice(0, 1), undefined)).toBeNull();
    expect(await docAhead([{ id: 0, input: { path: 'a.txt' }, options: {} }, { id: 1, input: { path: 'b.docx' }, options: {} }], undefined)).toBeNull();
  });
});
