// Text forms (issue 11 item 8): a Windows-1258 text file with combining tone marks is decoded, not
// read as Windows-1252; a header and closing typed in NFD beside an NFC body, and the old tone
// placement ("HOÀ", "uỷ"), are matched on one normalised form, and the output keeps the letters.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/pipeline.js';
import { REPO } from '../helpers/seeds.js';

const read = (text: string) => extractBytes({ bytes: new TextEncoder().encode(text), path: 'text-forms.txt', format: 'txt' });

describe('text forms', () => {
  it('Windows-1258 bytes (combining tone marks) are decoded as Vietnamese', async () => {
    const bytes = readFileSync(join(REPO, 'fixtures/txt/cp1258-cong-van.txt'));
    const d = await extractBytes({ bytes, path: 'cp1258-cong-van.txt' });
    expect(d.warnings.map((w) => w.message)).toContain('the text is not UTF-8; it was read as Windows-1258 (Vietnamese, combining tone marks)');
    expect(d.meta.issuer).toEqual({ name: 'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', parent: null });
    expect(d.meta.number?.raw).toBe('1234/UBND-NC');
    expect(d.meta.date).toEqual({ raw: 'ngày 12 tháng 12 năm 2024', iso: '2024-12-12' });
    expect(d.meta.place).toBe('Lâm Đồng');
    expect(d.meta.title).toBe('V/v gia hạn thời gian tổ chức đại hội');
    expect(d.recipients).toEqual(['Như trên', 'Lưu: VT, NC.']);
    expect(d.signature).toEqual({ authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Minh' });
  });

  it('Windows-1252 text that is not Vietnamese stays Windows-1252', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Caf'), 0xe9, 0x20, ...new TextEncoder().encode('na'), 0xef, 0x76, 0x65, 0x0a]);
    // A fragment with no administrative marks: read with lenient, as a rule test does.
    const d = await extractBytes({ bytes, path: 'latin.txt' }, { lenient: true });
    expect(d.warnings.map((w) => w.message)).toContain('the text is not UTF-8; it was read as Windows-1252');
  });

  it('an NFD header and closing beside an NFC body, old tone placement: found, letters kept', async () => {
    const header = ['UỶ BAN NHÂN DÂN', 'TỈNH KHÁNH HOÀ', 'Số: 15/KH-UBND', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Khánh Hoà, ngày 10 tháng 01 năm 2025'].join('\n').normalize('NFD');
    const body = '\n\nKẾ HOẠCH\nTập huấn năm 2025\n\nI. MỤC ĐÍCH\n1. Mục đích: Nâng cao chất lượng.\n\n';
    const closing = ['Nơi nhận:', '- Sở Nội vụ;', '- Lưu: VT.', 'TM. UỶ BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Tấn Tuân'].join('\n').normalize('NFD');
    const d = await read(header + body + closing);
    expect(d.meta.kind).toBe('KẾ HOẠCH');
    expect(d.meta.issuer).toEqual({ name: 'UỶ BAN NHÂN DÂN TỈNH KHÁNH HOÀ', parent: null });
    expect(d.meta.place).toBe('Khánh Hoà');
    expect(d.meta.date?.iso).toBe('2025-01-10');
    expect(d.recipients).toEqual(['Sở Nội vụ', 'Lưu: VT.']);
    expect(d.signature).toEqual({ authority: 'TM. UỶ BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Tấn Tuân' });
  });
});
