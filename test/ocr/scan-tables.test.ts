// Tables from ruling lines on scans: long thin dark runs of the levelled page image become the
// ruling segments the PDF reader gets from the operator list, so a scanned ruled table goes through
// the same grid code (src/extract/pdf/grid.ts). Corpus facts as read on the page images:
//  - kh-753 p. 2: TT | Khoa tham gia khảo sát | Đối tượng khảo sát, 5 rows, the third column one
//    cell over all five ("Sinh viên được chọn mẫu ngẫu nhiên theo hướng dẫn trên hệ thống phần mềm khảo sát");
//  - kh-753 p. 3 ("6. Tiến độ thực hiện"): TT | Nội dung công việc | Thời gian thực hiện | Đơn vị
//    chủ trì/phối hợp, rows 1–3; continued on p. 4 with the header repeated, rows 4–5;
//  - 1_4552 p. 5 (PHỤ LỤC ĐÁNH GIÁ ĐỐI VỚI ĐỊA BÀN CẤP TỈNH): 4 columns, a two-row header
//    ("Đánh giá" over "Đạt" | "Không đạt"), 6 criteria rows; faint grey rules, black scan borders.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rotate, type Gray } from '../../src/extract/ocr/image.js';
import { findRules, tableRules } from '../../src/extract/ocr/rules.js';
import { findGrids } from '../../src/extract/pdf/grid.js';
import type { Segment } from '../../src/extract/pdf/types.js';
import { corpusFile, corpusMissing, hasCorpus } from '../helpers/seeds.js';
import { hasPdftoppm, hasTesseract, tesseractMissing } from './helpers.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A 200 dpi page (1000 × 1200 px): paper 242, a ruled 3 × 3 table with faint rules (grey 180), "text" blocks, an underline, a black border band. */
function ruledPage(): Gray {
  const w = 1000;
  const h = 1200;
  const data = new Uint8Array(w * h).fill(242);
  const box = (x0: number, y0: number, x1: number, y1: number, v: number) => {
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) data[y * w + x] = v;
  };
  const xs = [100, 200, 600, 900];
  const ys = [300, 360, 460, 560];
  for (const y of ys) box(100, y, 903, y + 3, 180);
  for (const x of xs) box(x, 300, x + 3, 563, 180);
  // Words inside cells: short dark blocks with gaps, never a long run.
  for (const [x, y] of [[130, 320], [230, 320], [230, 400], [630, 400], [230, 500]]) for (let k = 0; k < 5; k++) box(x + k * 30, y, x + k * 30 + 22, y + 20, 40);
  // An underline under a heading (a long rule crossing nothing) and a thick black band at the right edge.
  box(300, 150, 700, 153, 30);
  box(970, 0, 1000, h, 10);
  return { width: w, height: h, data };
}

const pts = (s: Segment[], k: number) => s.map((r) => ({ x0: r.x0 * k, y0: r.y0 * k, x1: r.x1 * k, y1: r.y1 * k }));

describe('ruling lines on a page image', () => {
  it('a faint ruled table gives its rules; an underline and a black border band do not', () => {
    const { h, v, frames } = findRules(ruledPage(), 200);
    expect(h.map((r) => Math.round(r.y0))).toEqual([301, 361, 461, 561]);
    expect(v.map((r) => Math.round(r.x0))).toEqual([101, 201, 601, 901]);
    expect(frames).toHaveLength(1);
    const g = findGrids(pts(h, 72 / 200), pts(v, 72 / 200));
    expect(g).toHaveLength(1);
    expect([g[0].xs.length - 1, g[0].ys.length - 1, g[0].cells.length]).toEqual([3, 3, 9]);
  });
  it('still one rule each when the page is a little off level (0.4°: rules step a pixel every ~140 px)', () => {
    const { h, v } = findRules(rotate(ruledPage(), 0.4), 200);
    expect(h).toHaveLength(4);
    expect(v).toHaveLength(4);
  });
  it('erases the rules it found, and only them, from the image OCR reads', () => {
    const page = ruledPage();
    const { erased } = tableRules(page, 200);
    expect(erased.data[361 * 1000 + 400]).toBe(255);
    expect(erased.data[400 * 1000 + 601]).toBe(255);
    // Cell text and the underline stay.
    expect(erased.data[405 * 1000 + 240]).toBe(40);
    expect(erased.data[151 * 1000 + 500]).toBe(30);
    expect(page.data[361 * 1000 + 400]).toBe(180);
  });
  it('a lone box (a stamp\'s frame, as on 3980_0001 p. 1) is no table', () => {
    const w = 600;
    const data = new Uint8Array(w * 400).fill(242);
    const box = (x0: number, y0: number, x1: number, y1: number) => {
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) data[y * w + x] = 60;
    };
    box(100, 100, 500, 103);
    box(100, 200, 500, 203);
    box(100, 100, 103, 203);
    box(497, 100, 500, 203);
    const { h, v, frames } = findRules({ width: w, height: 400, data }, 200);
    expect([h.length, v.length, frames.length]).toEqual([0, 0, 0]);
  });
  it('a page of text has no rules', () => {
    const w = 800;
    const data = new Uint8Array(w * 1000).fill(250);
    for (let y = 100; y < 900; y += 30) for (let x = 80; x < 720; x += 26) for (let dy = 0; dy < 14; dy++) for (let dx = 0; dx < 20; dx++) data[(y + dy) * w + x + dx] = 20;
    const { h, v } = findRules({ width: w, height: 1000, data }, 200);
    expect([h.length, v.length]).toEqual([0, 0]);
  });
});

corpusMissing('test/ocr/scan-tables.test.ts');
if (!hasPdftoppm) console.warn('test/ocr/scan-tables.test.ts: corpus page images skipped, pdftoppm (poppler-utils) is not installed');
const K753 = 'das-luu-tru-cong-van/kh-753-khao-sat-xac-dinh-chi-so-hai-long-cua-nguoi-dan-doi-voi-dich-vu-cong-nam-2026-20260629110301-e.pdf';
const F4552 = 'vbai-lamdong/CV 4552 BCA-C04/1_4552.signed.pdf';

async function pageGrids(rel: string, page: number) {
  const { pageRenderer } = await import('../../src/extract/ocr/render.js');
  const { estimateSkew } = await import('../../src/extract/ocr/image.js');
  const r = await pageRenderer(new Uint8Array(readFileSync(corpusFile(rel)!)), undefined, 'pdftoppm');
  try {
    let img = await r.render(page, 200);
    const skew = estimateSkew(img);
    if (Math.abs(skew) >= 0.15) img = rotate(img, skew);
    const { h, v } = findRules(img, 200);
    return findGrids(pts(h, 72 / 200), pts(v, 72 / 200));
  } finally {
    await r.close();
  }
}
/** Columns, rows and cells of a grid. */
const shape = (g: ReturnType<typeof findGrids>[number]) => [g.xs.length - 1, g.ys.length - 1, g.cells.length];

describe.skipIf(!hasCorpus || !hasPdftoppm)('ruled tables on the corpus scans (page images only, no OCR)', () => {
  it('kh-753 p. 2: 3 columns, header + 5 rows, the third column one cell over the five', async () => {
    const g = await pageGrids(K753, 2);
    expect(g.map(shape)).toEqual([[3, 6, 14]]);
    const merged = g[0].cells.find((c) => c.c0 === 2 && c.r0 === 1);
    expect(merged).toMatchObject({ r1: 5 });
  }, 60_000);
  it('kh-753 p. 3 and p. 4: the task table, 4 columns, header + 3 rows, then header + 2 rows', async () => {
    expect((await pageGrids(K753, 3)).map(shape)).toEqual([[4, 4, 16]]);
    expect((await pageGrids(K753, 4)).map(shape)).toEqual([[4, 3, 12]]);
  }, 60_000);
  it('1_4552 p. 5: 4 columns, a two-row header with "Đánh giá" over two columns, 6 criteria rows; the black scan borders are no rules', async () => {
    const g = await pageGrids(F4552, 5);
    // 4 × 8 slots, less the two header cells over two rows and "Đánh giá" over two columns.
    expect(g.map(shape)).toEqual([[4, 8, 29]]);
    expect(g[0].cells.find((c) => c.r0 === 0 && c.c0 === 2)).toMatchObject({ c1: 3, r1: 0 });
    expect(g[0].cells.find((c) => c.r0 === 0 && c.c0 === 0)).toMatchObject({ r1: 1 });
    // No page-wide frame from the borders: the table's left edge is ~31 pt in.
    expect(g[0].x0).toBeGreaterThan(20);
  }, 60_000);
  it('pages without a ruled table have none (kh-753 p. 1, 1_4552 p. 1)', async () => {
    expect(await pageGrids(K753, 1)).toEqual([]);
    expect(await pageGrids(F4552, 1)).toEqual([]);
  }, 60_000);
});

tesseractMissing('test/ocr/scan-tables.test.ts');
describe.skipIf(!hasCorpus || !hasTesseract || !hasPdftoppm)('a scanned ruled table through OCR (native engine)', () => {
  it('kh-753 p. 3: the task table, cell by cell as read (OCR keeps its misreads)', async () => {
    const { ocrDocument } = await import('../../src/extract/ocr/index.js');
    const { extractTables } = await import('../../src/extract/pdf/tables.js');
    const bytes = new Uint8Array(readFileSync(corpusFile(K753)!));
    const res = await ocrDocument(bytes, [{ page: 3, width: 595.3, height: 841.9, kept: [] }], { engine: 'tesseract' });
    const rules = res.rules.get(3)!;
    const { tables } = extractTables({ page: 3, width: 595.3, height: 841.9, items: res.items.get(3)!, hRules: rules.h, vRules: rules.v, toPdf: (x, y) => [x, 841.9 - y] });
    expect(tables).toHaveLength(1);
    const rows: Json[] = tables[0].rows.map((r) => r.cells.map((c) => c.text));
    expect(rows).toHaveLength(4);
    expect(rows[0].slice(0, 3)).toEqual(['TT', 'Nội dung công việc', 'Thời gian thực hiện']);
    // Printed "Đơn vị chủ trì/phối hợp"; OCR drops a mark: "phôi".
    expect(rows[0][3]).toMatch(/^Đơn vị chủ trì\/ph.i hợp$/u);
    expect(rows[1]).toEqual(['1', 'Ban hành kế hoạch; rà soát danh sách sinh viên thuộc 05 khoa được chọn', 'Trước ngày 27/6/2026', 'Phòng Đào tạo; Trung tâm QLCL']);
    expect(rows[2][1]).toBe('Chọn mẫu ngẫu nhiên, chuẩn bị tài khoản/đường dẫn và hướng dẫn khảo sát');
    expect(rows[3][1]).toBe('Triển khai khảo sát trực tuyến; theo dõi, đôn đốc sinh viên thực hiện');
    expect(rows[3][2]).toMatch(/^29\/6\/2026 ?- 09\/7\/2026$/u);
    // Printed "Trung tâm QLCL; các khoa; cố vấn học tập và cán bộ phụ trách lớp".
    expect(rows[3][3]).toMatch(/^Trung tâm QLCL; các khoa; c. vấn học tập và cán bộ phụ trách lớp$/u);
    // Not one "|" left from the ruling lines.
    expect(rows.flat().join(' ')).not.toContain('|');
  }, 120_000);
});

// fixtures/ocr/000-scan-p11.pdf: page 11 of fixtures/pdf/000 (KH Sở GDĐT 2024, the PHỤ LỤC task
// table: header and row 1, whose text goes on over the page) made a scan by make-scan.sh
// (170 dpi, +1.2°, noise, JPEG). As on the page image: TT | NHIỆM VỤ | ĐƠN VỊ CHỦ TRÌ | ĐƠN VỊ
// PHỐI HỢP | LỘ TRÌNH THỰC HIỆN | KẾT QUẢ DỰ KIẾN/SẢN PHẨM; row 1 "Hướng dẫn, tổ chức tập huấn …",
// "Phòng Khảo thí và Kiểm định chất lượng giáo dục", "Phòng GDĐT các huyện và thành phố; Các đơn
// vị trực thuộc Sở GDĐT", "Quý I năm 2024", "Kế hoạch; Hội nghị trực tiếp và trực tuyến".
describe.skipIf(!hasTesseract || !hasPdftoppm)('a scan of the seed 000 task table (fixtures/ocr/000-scan-p11.pdf)', () => {
  it('gives the table task with its lead, support and outputs, as the born-digital PDF does, within OCR misreads', async () => {
    const { extractFile } = await import('../../src/pipeline.js');
    const { REPO } = await import('../helpers/seeds.js');
    const { join } = await import('node:path');
    const d: Json = await extractFile(join(REPO, 'fixtures/ocr/000-scan-p11.pdf'), { ocrEngine: 'tesseract' });
    expect(d.source.ocr.pages).toEqual([1]);
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0].role).toBe('tasks');
    expect(d.tables[0].header.slice(0, 5)).toEqual(['TT', 'NHIỆM VỤ', 'ĐƠN VỊ CHỦ TRÌ', 'ĐƠN VỊ PHỐI HỢP', 'LỘ TRÌNH THỰC HIỆN']);
    expect(d.tables[0].header[5]).toMatch(/^KẾT QUẢ DỰ KIẾN\/SẢN PH.M$/u);
    const tasks = d.tasks.filter((t: Json) => t.origin === 'table');
    expect(tasks).toHaveLength(1);
    const [t] = tasks;
    // The born-digital task (fixtures/golden/000…, task 1) goes on over page 12; this is its page-11 part.
    expect(t.text).toMatch(/^Hướng dẫn, t.{1,2} chức tập huấn chuyên môn, nghiệp vụ cho các đơn vị, cá nhân thực hiện công tác kiểm định chất lượng giáo dục và xây dựng trường đạt chuẩn quốc gia/u);
    expect(t.text.endsWith('đối với trường mầm non, trường tiểu học, trường')).toBe(true);
    expect(t.lead).toEqual(['Phòng Khảo thí và Kiểm định chất lượng giáo dục']);
    expect(t.outputs).toEqual(['Kế hoạch', 'Hội nghị trực tiếp và trực tuyến']);
    // OCR runs two words together here ("GDĐTcác", "Inăm"): the support and deadline as read.
    expect(t.support).toHaveLength(2);
    expect(t.support[1]).toBe('Các đơn vị trực thuộc Sở GDĐT');
    expect(t.deadline.raw).toMatch(/^Quý I ?năm 2024$/u);
    expect(t.source.page).toBe(1);
  }, 180_000);
});

// Whole documents (PLAN_EXTRACT_OCR_CORPUS=1, as test/ocr/corpus.test.ts; the same OCR cache).
const ALL = process.env.PLAN_EXTRACT_OCR_CORPUS === '1';
describe.skipIf(!hasCorpus || !hasTesseract || !ALL)('scanned ruled tables in whole documents (PLAN_EXTRACT_OCR_CORPUS=1)', () => {
  const read = async (rel: string): Promise<Json> => {
    const { extractFile } = await import('../../src/pipeline.js');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    return extractFile(corpusFile(rel)!, { ocrEngine: 'tesseract', ocrCache: join(tmpdir(), 'plan-extract-test-ocr-cache') });
  };
  it('kh-753: the five tasks of "6. Tiến độ thực hiện" (p. 3–4) come from the table, with leads and deadlines', async () => {
    const d = await read(K753);
    const rows = d.tasks.filter((t: Json) => t.origin === 'table');
    expect(rows.map((t: Json) => t.text)).toEqual([
      'Ban hành kế hoạch; rà soát danh sách sinh viên thuộc 05 khoa được chọn',
      'Chọn mẫu ngẫu nhiên, chuẩn bị tài khoản/đường dẫn và hướng dẫn khảo sát',
      'Triển khai khảo sát trực tuyến; theo dõi, đôn đốc sinh viên thực hiện',
      'Tổng hợp dữ liệu, rà soát tỷ lệ tham gia, hoàn thiện báo cáo kết quả khảo sát',
      // Printed "… xem xét … yêu cầu …".
      expect.stringMatching(/^Trình lãnh đạo Trường xem .ét và gửi báo cáo theo yêu c.u của Bộ Giáo dục và Đào tạo$/u),
    ]);
    expect(rows[0]).toMatchObject({ lead: ['Phòng Đào tạo', 'Trung tâm QLCL'], deadline: { kind: 'date', end: '2026-06-27' } });
    expect(rows[2].deadline).toMatchObject({ kind: 'range', start: '2026-06-29', end: '2026-07-09' });
    expect(rows[3]).toMatchObject({ lead: ['Trung tâm QLCL', 'các đơn vị liên quan'], deadline: { kind: 'range', start: '2026-07-10', end: '2026-07-13' } });
    expect(rows.map((t: Json) => t.source.page)).toEqual([3, 3, 3, 4, 4]);
  }, 600_000);
  it('1_4552 p. 5: the PHỤ LỤC table, a two-row header over 6 criteria rows, as a table', async () => {
    const d = await read(F4552);
    const t = d.tables.find((x: Json) => x.pages?.includes(5));
    expect(t.rows).toHaveLength(8);
    expect(t.rows[0][0]).toMatch(/^Tiêu chí xác định địa bàn cấp tỉnh trọng điểm/u);
    expect(t.rows[0][2]).toBe('Đánh giá');
    expect(t.rows[1][3]).toBe('Không đạt');
    expect(t.rows[3][0]).toBe('Có từ 5 điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy trở lên');
    expect(t.spans).toEqual([{ row: 0, col: 0, rowSpan: 2 }, { row: 0, col: 1, rowSpan: 2 }, { row: 0, col: 2, colSpan: 2 }]);
  }, 600_000);
});
