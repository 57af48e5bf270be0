// The other real PDFs of the corpus: each gives a model or a PlanExtractError, nothing else.
import { describe, expect, it } from 'vitest';
import { PlanExtractError } from '../../src/model/errors.js';
import { corpusFile, readPdf, tables, texts } from './helpers.js';
import { corpusMissing } from '../helpers/seeds.js';

corpusMissing('test/pdf/corpus.test.ts');

async function outcome(path: string) {
  try {
    return { model: await readPdf(path, { ocr: 'off' }) };
  } catch (e) {
    expect(e).toBeInstanceOf(PlanExtractError);
    return { error: e as PlanExtractError };
  }
}

const TB11 = corpusFile('ocr-local-vbhc/05.signed_20250517_044750.pdf');
const TB565 = corpusFile('ocr-local-vbhc/vht534.signed_20250510_124908.pdf');
const CV6582 = corpusFile('parsing-data-from-pdf/CV 6582.pdf');
const LAICHAU = corpusFile('mineru-vietocr/e.pdf');
const MIXED = corpusFile('mineru-vietocr/1.pdf');
const TCVN3 = corpusFile('viparse-corpus/2005-1ADDZ_Ke_hoach_2005__QH_lan_6_25-10.pdf');

describe('scanned PDFs', () => {
  for (const rel of [
    'ocr-local-vbhc/299 UB.signed_20250510_124908.pdf',
    'ocr-local-vbhc/660TBUB.signed_20250219_234149.pdf',
    'mineru-vietocr/g.pdf',
    'das-luu-tru-cong-van/kh-753-khao-sat-xac-dinh-chi-so-hai-long-cua-nguoi-dan-doi-voi-dich-vu-cong-nam-2026-20260629110301-e.pdf',
  ]) {
    const f = corpusFile(rel);
    it.skipIf(!f)(`${rel} → PDF_SCANNED with --ocr off, naming OCR (test/ocr reads them)`, async () => {
      const r = await outcome(f!);
      expect(r.error?.code).toBe('PDF_SCANNED');
      expect(r.error?.en).toMatch(/OCR/);
      expect(r.error?.en).toMatch(/tesseract-ocr-vie/);
      expect(r.error?.vi).toMatch(/OCR/);
    }, 60_000);
  }
});

describe.skipIf(!TB11)('TB 11/TB-UBND Quảng Ngãi (gazette stamp at the top)', () => {
  it('sends the stamp to signatures and keeps the header clean', async () => {
    const m = await readPdf(TB11!);
    expect(m.signatures).toEqual(['TRUNG TÂM CÔNG BÁO', 'VÀ TIN HỌC', 'ttcbth@quangngai.gov.vn', '09.01.2025 10:21:11 +07:00']);
    expect(texts(m, 'header')).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH QUẢNG NGÃI',
      'Số: 11 /TB-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Quảng Ngãi, ngày 08 tháng 01 năm 2025',
    ]);
    expect(texts(m).some((t) => /ttcbth|TRUNG TÂM CÔNG BÁO/.test(t))).toBe(false);
    const closing = texts(m, 'closing');
    expect(closing.slice(-4)).toEqual(['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'Nguyễn Phước Bình']);
    expect(closing).toContain('- Các Sở: Tài chính, Kế hoạch và Đầu tư, Tài nguyên và Môi trường, Xây dựng, Lao động - Thương binh và Xã hội, Nội vụ, Tư pháp;');
    // The subject wraps over three centred/full bold lines: one block.
    expect(texts(m, 'body')[1]).toMatch(/^Kết luận của Phó Chủ tịch UBND tỉnh Võ Phiên .* nhiệm vụ trọng tâm trong thời gian đến$/);
  }, 60_000);
});

describe.skipIf(!TB565)('TB 565/TB-UBND Quảng Ngãi', () => {
  it('reads numbered duties and the stamp split over two lines', async () => {
    const m = await readPdf(TB565!);
    expect(m.signatures).toContain('ttcbth@quangngai.gov.vn');
    expect(m.signatures).toContain('18.11.2024 07:25:14');
    expect(texts(m, 'header')[2]).toBe('Số: 565 /TB-UBND');
    const body = texts(m, 'body');
    expect(body).toContain('2. Giao Sở Lao động - Thương binh và Xã hội, Ban Dân tộc tỉnh theo chức năng, nhiệm vụ chịu trách nhiệm:');
    expect(body).toContain('6. UBND các huyện, thị xã, thành phố chịu trách nhiệm:');
    expect(texts(m, 'closing').slice(-1)).toEqual(['Phùng Tô Long']);
  }, 60_000);
});

describe.skipIf(!CV6582)('CV 6582/SYT Hà Nội', () => {
  it('keeps the V/v subject in the left header column and reads the appendix tables', async () => {
    const m = await readPdf(CV6582!);
    expect(texts(m, 'header').slice(2, 6)).toEqual(['Số: 6582 /SYT-QLBHYTCNTT', 'V/v di trú dữ liệu Hồ sơ sức khỏe', 'điện tử về Trung tâm dữ liệu chính', 'thành phố Hà Nội']);
    const ts = tables(m);
    const plan = ts.find((t) => t.rows[0].cells.map((c) => c.text).join('|') === 'TT|Công việc|Đơn vị thực hiện|Đơn vị phối hợp|Số ngày dự kiến');
    expect(plan?.pages).toEqual([8]);
    expect(plan?.rows).toHaveLength(10);
    expect(texts(m, 'closing').slice(-2)).toEqual(['GIÁM ĐỐC', 'Nguyễn Trọng Diện']);
  }, 60_000);

  it('joins words broken at a narrow cell edge, keeps real word breaks', async () => {
    const m = await readPdf(CV6582!);
    const cells = tables(m).flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.text)));
    // "Kubernete" / "s master": the word did not fit the cell; "Kubernetes" / "master" wrapped at a space.
    expect(cells.filter((c) => c === 'Kubernetes master')).toHaveLength(2);
    expect(cells.filter((c) => c === 'Kubernetes worker')).toHaveLength(2);
    expect(cells).not.toContain('Kubernete s master');
    // "https://hssk.hanoi" / ".gov.vn" and "https://api-" / "hssk.hanoi.gov.vn".
    expect(cells).toContain('https://hssk.hanoi.gov.vn');
    expect(cells).toContain('https://api-hssk.hanoi.gov.vn');
  }, 60_000);
});

describe.skipIf(!LAICHAU)('QĐ Lai Châu draft (Foxit print, blank number)', () => {
  it('repairs syllables pdfjs split and keeps "Số: /QĐ-UBND" one line', async () => {
    const m = await readPdf(LAICHAU!);
    expect(texts(m, 'header')).toContain('Số: /QĐ-UBND');
    expect(tables(m)[0].rows[0].cells[2].text).toBe('Thời hạn giải quyết');
    expect(texts(m)).toContain('(Ban hành kèm theo Quyết định số /QĐ-UBND ngày / / 2025 của Chủ tịch Ủy ban nhân dân tỉnh Lai Châu)');
  }, 60_000);
});

describe.skipIf(!MIXED)('mixed PDF (4 scanned pages, 5 text pages)', () => {
  it('converts the text pages and lists the image-only ones', async () => {
    // With --ocr off: test/ocr/corpus.test.ts reads the scanned pages.
    const m = await readPdf(MIXED!, { ocr: 'off' });
    expect(m.warnings.find((w) => w.code === 'PDF_IMAGE_PAGES')?.message).toMatch(/pages 1, 2, 3, 4 /);
    expect(texts(m)).toContain('PHỤ LỤC 1');
    expect(texts(m)).toContain('2. Toà án nhân dân tỉnh');
  }, 60_000);
});

describe.skipIf(!TCVN3)('TCVN3 text layer (.VnTime)', () => {
  it('decodes the .VnTime/.VnTimeH text from the glyphs drawn and says so', async () => {
    const m = await readPdf(TCVN3!);
    const w = m.warnings.find((x) => x.code === 'LEGACY_ENCODING');
    expect(w?.message).toMatch(/decoded from TCVN3/);
    // .VnTimeH draws its lower-case codes as capitals.
    expect(texts(m).slice(0, 2)).toEqual(['BÁO CÁO', 'TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KẾ HOẠCH NĂM 2004']);
    const body = texts(m).join('\n');
    // "h­íng" keeps its "ư" (byte AD, which pdfjs's text drops); "Âu" gets none added.
    expect(body).toContain('Nguồn vốn đầu tư đã hướng vào thúc đẩy chuyển dịch cơ cấu kinh tế');
    expect(body).toContain('Hội nghị Á - Âu lần thứ 5 (ASEM 5)');
    expect(body).not.toMatch(/[µ¸¶·¹©®]/u);
    expect(m.children.some((b) => b.type === 'footnote')).toBe(true);
  }, 120_000);
});
