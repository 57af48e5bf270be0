// Legacy .doc through LibreOffice: skipped with a message when soffice is not installed.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, findSoffice } from '../../src/extract/doc/index.js';
import { isTextBlock } from '../../src/model/document.js';
import { PlanExtractError } from '../../src/model/errors.js';

const soffice = await findSoffice();
if (!soffice) console.warn('test/docx/doc.test.ts: LibreOffice (soffice) not found, .doc conversion tests skipped');
const corpus = new URL('../../../shared/corpus/', import.meta.url);

function corpusDoc(dir: string, match: RegExp): Uint8Array | null {
  try {
    const f = readdirSync(new URL(`${dir}/`, corpus)).find((n) => match.test(n));
    return f ? readFileSync(new URL(`${dir}/${f}`, corpus)) : null;
  } catch {
    return null;
  }
}

describe.skipIf(!soffice)('legacy .doc via LibreOffice', () => {
  it('reads a Unicode .doc (QĐ 07/2025/QĐ-UBND Thái Nguyên) with its header zone', async () => {
    const bytes = corpusDoc('mylovecoi-qlxdvbpl', /07_2025_QD-UBND.*\.doc$/);
    if (!bytes) return;
    const m = await extract({ bytes, path: 'qd.doc', format: 'doc' }, {});
    expect(m.format).toBe('doc');
    const header = m.children.filter(isTextBlock).filter((b) => b.zone === 'header').map((b) => b.text);
    expect(header).toContain('Số: 07/2025/QĐ-UBND');
    expect(header).toContain('Thái Nguyên, ngày 10 tháng 9 năm 2025');
    expect(m.children.filter(isTextBlock).some((b) => b.text === 'QUYẾT ĐỊNH')).toBe(true);
    expect(m.warnings.map((w) => w.code)).not.toContain('LEGACY_ENCODING');
  }, 180_000);

  it('decodes a TCVN3 (.VnTime) .doc and still warns LEGACY_ENCODING', async () => {
    const bytes = corpusDoc('viparse-corpus', /^2003-02144qd\.doc$/);
    if (!bytes) return;
    const m = await extract({ bytes, path: 'old.doc', format: 'doc' }, {});
    const w = m.warnings.find((x) => x.code === 'LEGACY_ENCODING');
    expect(w?.message).toMatch(/\.VnTime.* decoded from TCVN3/);
    expect(m.children.filter(isTextBlock).some((b) => b.text.includes('Số: 144'))).toBe(true);
  }, 180_000);

  it('a file that is not a Word document fails with a clear error', async () => {
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]));
    await expect(extract({ bytes, path: 'junk.doc', format: 'doc' }, {})).rejects.toBeInstanceOf(PlanExtractError);
  }, 180_000);
});
