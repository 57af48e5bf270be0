import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/txt/index.js';
import { readInline } from '../../src/extract/txt/inline.js';
import type { Block, TextBlock } from '../../src/model/document.js';
import { shouldJoin } from '../../src/extract/repair.js';
import { classifyText } from '../../src/model/build.js';
import { seedBytes, seedPath } from '../helpers/seeds.js';

const run = (text: string) => extract({ bytes: new TextEncoder().encode(text), path: 'x.md', format: 'md' }, {});
const texts = (bs: Block[]) => bs.filter((b): b is TextBlock => 'text' in b && b.type !== 'footnote').map((b) => b.text);

describe('markdown inline markup is read, never block structure', () => {
  it('keeps "1." and "a)" markers that remark would turn into lists', () => {
    expect(readInline('1. Mục đích').text).toBe('1. Mục đích');
    expect(readInline('2024. Năm học').text).toBe('2024. Năm học');
    expect(readInline('a) Cơ quan chủ trì').text).toBe('a) Cơ quan chủ trì');
  });
  it('strips **bold**, *italic*, <sup>n</sup> and <p> and reports them', () => {
    const r = readInline('Tổ chức<sup>6</sup>. Kết quả **2,6%**');
    expect(r.text).toBe('Tổ chức. Kết quả 2,6%');
    expect(r.supMarks).toEqual(['6']);
    expect(readInline('**KẾ HOẠCH**').bold).toBe(true);
    expect(readInline('<p>tình hình và kết quả').text).toBe('tình hình và kết quả');
    expect(readInline('- *Cấp Mầm non*: Nhà trẻ').text).toBe('- Cấp Mầm non: Nhà trẻ');
  });
});

describe('txt/md extractor', () => {
  it('positions are line/column/offset over the normalised text', async () => {
    const m = await run('\r\nKẾ HOẠCH\r\n\r\n1. Mục đích\u00a0chung\r\n');
    const b = m.children[1] as TextBlock;
    expect(b.text).toBe('1. Mục đích chung');
    expect(b.position).toEqual({ start: { line: 4, column: 1, offset: 11 }, end: { line: 4, column: 18, offset: 28 } });
    expect(m.text.slice(b.position!.start.offset, b.position!.end.offset)).toBe('1. Mục đích chung');
  });
  it('joins a bold span and hard breaks over lines; keeps separate lines apart', async () => {
    const m = await run('**KẾ HOẠCH**  \n**Nâng cao chất lượng**\n\nPhụ lục II\nDANH MỤC\n');
    expect(texts(m.children)).toEqual(['KẾ HOẠCH Nâng cao chất lượng', 'Phụ lục II', 'DANH MỤC']);
  });
  it('tab-separated and pipe lines become table rows; the pipe separator is skipped', async () => {
    const m = await run('TT\tNỘI DUNG\n1\tMột\n\n| A | B |\n|---|---|\n| x \\| y | z |\n');
    const tables = m.children.filter((b) => b.type === 'table');
    expect(tables).toHaveLength(2);
    expect(tables[0].type === 'table' && tables[0].rows.map((r) => r.cells.map((c) => c.text))).toEqual([['TT', 'NỘI DUNG'], ['1', 'Một']]);
    expect(tables[1].type === 'table' && tables[1].rows.map((r) => r.cells.map((c) => c.text))).toEqual([['A', 'B'], ['x | y', 'z']]);
  });
  it('footnote bodies leave the running text; marks become footnoteRefs', async () => {
    const m = await run('Đạt chuẩn quốc gia¹ trong năm.\n\n¹ Công nhận theo Thông tư số 19/2018/TT-BGDĐT.\n\nKết quả<sup>2</sup> tốt.\n\n<sup>2</sup> Quyết định 3083/QĐ-UBND.\n');
    const fns = m.children.filter((b) => b.type === 'footnote');
    expect(fns.map((f) => f.type === 'footnote' && [f.mark, f.text])).toEqual([
      ['1', 'Công nhận theo Thông tư số 19/2018/TT-BGDĐT.'],
      ['2', 'Quyết định 3083/QĐ-UBND.'],
    ]);
    const body = m.children.filter((b): b is TextBlock => b.type === 'paragraph');
    expect(body.map((b) => [b.text, b.footnoteRefs])).toEqual([
      ['Đạt chuẩn quốc gia trong năm.', ['1']],
      ['Kết quả tốt.', ['2']],
    ]);
  });
  it('square metres are not footnote marks', async () => {
    const m = await run('Diện tích 500 m² sàn.\n');
    expect(texts(m.children)).toEqual(['Diện tích 500 m² sàn.']);
  });
});

describe('page-break repair', () => {
  const p = (text: string) => classifyText(text);
  it('joins a lower-case continuation, also across footnote bodies', async () => {
    const m = await run('Tổ chức quán triệt về công tác huy động trẻ\n\n¹ Chú thích.\n\nem ra lớp trong các cơ sở GDMN.\n');
    expect(texts(m.children)).toEqual(['Tổ chức quán triệt về công tác huy động trẻ em ra lớp trong các cơ sở GDMN.']);
  });
  it('joins "10/202" + "4" and "2018-" + "2025" without a space', () => {
    expect(shouldJoin(p('trong giai đoạn 2018-'), p('2025” được triển khai'))).toBe(true);
  });
  it('does not join a finished sentence, a numbered heading, a title, or a paragraph opener', () => {
    expect(shouldJoin(p('Kế hoạch này được thực hiện.'), p('em ra lớp'))).toBe(false);
    expect(shouldJoin(p('1. Tăng cường tuyên truyền, nâng cao nhận thức cho cán bộ quản lý giáo dục, giáo viên, nhân viên, cha mẹ học sinh và học sinh về nhiệm vụ trọng tâm trong lĩnh vực giáo dục'), p('Tổ chức quán triệt, phổ biến'))).toBe(false);
    expect(shouldJoin(p('Tổ chức, triển khai thực hiện nhiệm vụ trọng tâm và nhiệm vụ đăng ký của người đứng đầu ngành Giáo dục năm 2024'), p('Thực hiện Thông báo Kết luận của Thường trực Tỉnh ủy'))).toBe(false);
    expect(shouldJoin(p('1. Mục đích'), p('- Tổ chức thực hiện'))).toBe(false);
  });
  it('seed 004: "…bồi dưỡng GV" + "THCS dạy các môn tích hợp" (upper-case continuation)', async () => {
    const m = await extract({ bytes: seedBytes('004'), path: seedPath('004'), format: 'txt' }, {});
    expect(texts(m.children).some((t) => t.includes('đặc biệt bồi dưỡng GV THCS dạy các môn tích hợp (Khoa học Tự nhiên'))).toBe(true);
  });
});

describe('legacy encodings in plain text', () => {
  const tcvn3 = 'B¸o c¸o t×nh h×nh thùc hiÖn kÕ ho¹ch n¨m 2004 vµ kÕ ho¹ch ph¸t triÓn kinh tÕ - x· héi n¨m 2005';
  it('TCVN3 mojibake saved as UTF-8 is decoded, with a warning', async () => {
    const m = await extract({ bytes: new TextEncoder().encode(`${tcvn3}\n`), path: 'bc.txt', format: 'txt' }, {});
    expect(texts(m.children)[0]).toBe('Báo cáo tình hình thực hiện kế hoạch năm 2004 và kế hoạch phát triển kinh tế - xã hội năm 2005');
    expect(m.warnings.map((w) => w.code)).toEqual(['LEGACY_ENCODING']);
  });
  it('the same text saved as 8-bit bytes (not UTF-8) is read as Windows-1252, then decoded', async () => {
    const bytes = Uint8Array.from([...tcvn3].map((c) => c.charCodeAt(0)));
    const m = await extract({ bytes, path: 'bc.txt', format: 'txt' }, {});
    expect(texts(m.children)[0]).toBe('Báo cáo tình hình thực hiện kế hoạch năm 2004 và kế hoạch phát triển kinh tế - xã hội năm 2005');
    expect(m.warnings.map((w) => w.code)).toEqual(['NOT_UTF8', 'LEGACY_ENCODING']);
  });
  it('Unicode Vietnamese and French are left alone', async () => {
    const m = await extract({ bytes: new TextEncoder().encode('Kế hoạch năm 2024\n\nLe café à côté de la forêt\n'), path: 'x.txt', format: 'txt' }, {});
    expect(texts(m.children)).toEqual(['Kế hoạch năm 2024', 'Le café à côté de la forêt']);
    expect(m.warnings).toEqual([]);
  });
});
