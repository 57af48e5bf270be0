// Hand-checked duties of corpus documents that are not seeds: công văn giao việc and thông báo of
// vbai-lamdong (UBND tỉnh Lâm Đồng / Bình Thuận working files) and TB 11/TB-UBND Quảng Ngãi.
// Every expected value below was read from the document's own text (pandoc / LibreOffice / pdftotext),
// field by field: each duty's lead, support and deadline, and the "Kính gửi" addressees.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/pipeline.js';
import { findSoffice } from '../../src/extract/doc/index.js';
import { corpusFile, corpusMissing, hasCorpus } from '../helpers/seeds.js';

corpusMissing('test/tasks/corpus-letters.test.ts');
const soffice = hasCorpus ? await findSoffice() : null;
if (hasCorpus && !soffice) console.warn('test/tasks/corpus-letters.test.ts: LibreOffice (soffice) not found, the .doc documents are skipped');

interface Duty {
  lead: string[];
  support: string[];
  /** null, or the deadline's kind and end date. */
  deadline: { kind: string; end: string | null } | null;
}

const none = null;
const by = (end: string): Duty['deadline'] => ({ kind: 'date', end });

interface Case {
  file: string;
  what: string;
  /** null: not compared (see the case). */
  addressees: string[] | null;
  duties: Duty[];
}

const CASES: Case[] = [
  {
    file: 'vbai-lamdong/HD 46 BCA/Giao CAT HD 46 BCA.docx',
    what: 'công văn giao Công an tỉnh tham mưu triển khai HD 46/HD-BCA-C04 (no deadline: "theo quy định")',
    addressees: ['Công an tỉnh'],
    duties: [{ lead: ['Công an tỉnh'], support: [], deadline: none }],
  },
  {
    file: 'vbai-lamdong/CV 4552 BCA-C04/giao 44552 BCA - CAT ra soat danh gia muc do trong diem phuc tap ma tuy.docx',
    what: 'công văn giao Công an tỉnh rà soát theo CV 4552/BCA-C04 ("theo thời gian quy định" is no date)',
    addressees: ['Công an tỉnh'],
    duties: [{ lead: ['Công an tỉnh'], support: [], deadline: none }],
  },
  {
    file: 'vbai-lamdong/2025-9-08 - CV 3980 BCA Ctrinh MTQG phong chong ma tuy.docx',
    what: 'công văn giao Công an tỉnh (the duty is the last body paragraph, "… triển khai thực hiện … theo quy định./.")',
    addressees: ['Công an tỉnh'],
    duties: [{ lead: ['Công an tỉnh'], support: [], deadline: none }],
  },
  {
    file: 'vbai-lamdong/CV CHUNG/CV 8151 BNV gop y du thao bao cao so ket CCHC/giao 8151 SNV go y du thao bao cao so ket CCHC.doc',
    what: 'công văn giao Sở Nội vụ góp ý, gửi văn bản trước ngày 30/9/2025',
    addressees: ['Sở Nội vụ'],
    duties: [{ lead: ['Sở Nội vụ'], support: [], deadline: by('2025-09-30') }],
  },
  {
    file: 'vbai-lamdong/CV CHUNG/CVVP_phucdapTT182SDTTG.doc',
    what: 'Văn phòng UBND tỉnh phúc đáp: two requests to Sở Dân tộc và Tôn giáo, the second "trước ngày 14/4/2025"',
    addressees: ['Sở Dân tộc và Tôn giáo'],
    duties: [
      // "Đề nghị Sở Dân tộc và Tôn giáo lấy ý kiến các cơ quan, đơn vị, địa phương …": those consulted are not support.
      { lead: ['Sở Dân tộc và Tôn giáo'], support: [], deadline: none },
      { lead: ['Sở Dân tộc và Tôn giáo'], support: [], deadline: by('2025-04-14') },
    ],
  },
  {
    file: 'vbai-lamdong/CV CHUNG/trien khai cong dien 131 don gian hoa tthc (dieu chinh noi dung).doc',
    what: 'UBND tỉnh Bình Thuận triển khai CĐ 131/CĐ-TTg: "1. Giao Sở Tư pháp:" a)–c), item 2 names its units, "3. Giao Văn phòng UBND tỉnh:" a)–đ)',
    addressees: ['Các cơ quan chuyên môn thuộc UBND tỉnh', 'Ban Quản lý các khu công nghiệp Bình Thuận', 'UBND các huyện, thị xã, thành phố'],
    duties: [
      { lead: ['Sở Tư pháp'], support: [], deadline: none },
      { lead: ['Sở Tư pháp'], support: ['các cơ quan liên quan'], deadline: none },
      { lead: ['Sở Tư pháp'], support: [], deadline: none },
      { lead: ['Các cơ quan chuyên môn thuộc UBND tỉnh', 'Ban Quản lý các khu công nghiệp Bình Thuận'], support: [], deadline: none },
      { lead: ['Văn phòng UBND tỉnh'], support: [], deadline: none },
      { lead: ['Văn phòng UBND tỉnh'], support: [], deadline: { kind: 'periodic', end: null } },
      { lead: ['Văn phòng UBND tỉnh'], support: [], deadline: none },
      { lead: ['Văn phòng UBND tỉnh'], support: ['các đơn vị liên quan'], deadline: none },
      { lead: ['Văn phòng UBND tỉnh'], support: [], deadline: none },
    ],
  },
  {
    file: 'vbai-lamdong/29-11 TTr 3367 So NV/UB- gia han thoi gian to chuc DH.doc',
    what: 'gia hạn đại hội: "Yêu cầu các hội: …", "Giao các sở: …", "Giao Sở Nội vụ …" (item 2 refers to item 1 for its time: no date of its own)',
    addressees: [
      'Các sở: Thông tin và Truyền thông, Nông nghiệp và Phát triển nông thôn, Xây dựng, Nội vụ',
      'Các hội: Hội Nghề cá, Hiệp hội Nước mắm Phan Thiết, Hội Tin học, Hiệp hội Nhà thầu xây dựng',
    ],
    duties: [
      { lead: ['Hội Nghề cá', 'Hiệp hội Nước mắm Phan Thiết', 'Hội Tin học', 'Hiệp hội Nhà thầu xây dựng'], support: [], deadline: by('2024-12-31') },
      { lead: ['Sở Nông nghiệp và Phát triển nông thôn', 'Sở Thông tin và Truyền thông', 'Sở Xây dựng'], support: [], deadline: none },
      { lead: ['Sở Nội vụ'], support: [], deadline: none },
    ],
  },
  {
    file: 'vbai-lamdong/29-11 TTr 3367 So NV/UB- Thong bao ve viec giai the 06 hoi vi pham (1).doc',
    what: 'TB giải thể 06 hội: item 1 is a decision and its a)–e) are reasons; 2 (Yêu cầu + the 03-month paragraph), 3 (Báo Bình Thuận), 4 (Giao các sở: …)',
    addressees: [],
    duties: [
      { lead: SIX_HOI(), support: [], deadline: none },
      { lead: SIX_HOI(), support: [], deadline: { kind: 'relative', end: null } },
      { lead: ['Báo Bình Thuận'], support: [], deadline: none },
      { lead: ['Sở Tài nguyên và Môi trường', 'Sở Giáo dục và Đào tạo', 'Sở Nông nghiệp và Phát triển nông thôn', 'Văn phòng Ủy ban nhân dân tỉnh'], support: [], deadline: none },
    ],
  },
  {
    file: 'vbai-lamdong/CV CHUNG/CV 8151 BNV gop y du thao bao cao so ket CCHC/17.9.2025.Vv lay y kien du thao BC so ket 2021-2025.pdf',
    what: 'CV 8151/BNV-CCHC (Bộ Nội vụ, text PDF): the request and, in the next paragraph, its time "trước ngày 30/9/2025"',
    // The PDF text layer spaces the second addressee as "Tru ng ương" (an extraction matter, not this rule's): not compared.
    addressees: null,
    duties: [
      {
        lead: ['các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'],
        support: [],
        deadline: by('2025-09-30'),
      },
    ],
  },
  {
    file: 'ocr-local-vbhc/05.signed_20250517_044750.pdf',
    what: 'TB 11/TB-UBND Quảng Ngãi (kết luận về cổ phần hóa QISC): three numbered duties with their own dates',
    addressees: [],
    duties: [
      // Its "phối hợp với các cơ quan, đơn vị liên quan" sits in a conditional sentence ("Trường hợp không đảm bảo …"), not on the duty.
      { lead: ['Công ty TNHH MTV Đầu tư, Xây dựng và Kinh doanh dịch vụ Quảng Ngãi'], support: [], deadline: by('2025-02-08') },
      { lead: ['Sở Tài chính'], support: ['Sở Kế hoạch và Đầu tư', 'các cơ quan, đơn vị có liên quan'], deadline: by('2025-02-20') },
      {
        lead: ['Sở Nội vụ'],
        support: ['Sở Tài chính', 'Sở Kế hoạch và Đầu tư', 'Công ty TNHH MTV Đầu tư, Xây dựng và Kinh doanh dịch vụ Quảng Ngãi', 'các cơ quan, đơn vị liên quan'],
        deadline: by('2025-02-20'),
      },
    ],
  },
];

function SIX_HOI(): string[] {
  return [
    'Hội Cựu giáo chức tỉnh Bình Thuận',
    'Hội Bảo vệ thiên nhiên và môi trường tỉnh Bình Thuận',
    'Hội Làm vườn tỉnh Bình Thuận',
    'Hội Thân nhân kiều bào tỉnh Bình Thuận',
    'Hiệp hội Thủy sản tỉnh Bình Thuận',
    'Hội Lâm nghiệp tỉnh Bình Thuận',
  ];
}

for (const c of CASES) {
  const path = corpusFile(c.file);
  const needsSoffice = c.file.endsWith('.doc');
  describe.skipIf(!path || !existsSync(path) || (needsSoffice && !soffice))(c.file, () => {
    it(c.what, async () => {
      const doc = await extractFile(path!);
      if (c.addressees) expect(doc.meta.addressees ?? []).toEqual(c.addressees);
      const got = doc.tasks.map((t) => ({ lead: t.lead, support: t.support, deadline: t.deadline ? { kind: t.deadline.kind, end: t.deadline.end } : null }));
      expect(got).toEqual(c.duties);
    }, 120_000);
  });
}
