// Hand-checked expectations for corpus documents that are not seeds (issue 11): header (kind,
// number, date, issuer, title, draft), preamble, sections, signer and Nơi nhận, each value read off
// the document itself (pdftotext -layout, pandoc, soffice) field by field. The corpus is read from
// ../shared/corpus and never copied; the tests skip with one message when it is absent.
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/pipeline.js';
import type { PlanDocument } from '../../src/model/registry.js';
import { findSoffice } from '../../src/extract/doc/index.js';
import { corpusFile, corpusMissing, hasCorpus } from '../helpers/seeds.js';

corpusMissing('test/recognise/corpus-documents.test.ts');
const soffice = hasCorpus ? await findSoffice() : null;
if (hasCorpus && !soffice) console.warn('test/recognise/corpus-documents.test.ts: LibreOffice (soffice) not found, the .doc document is skipped');

const read = async (rel: string): Promise<PlanDocument> => extractFile(corpusFile(rel)!);
const outline = (s: PlanDocument['sections']): unknown[] => s.map((n) => [n.label, n.heading, outline(n.children)]);
const LONG = 120_000;

describe.skipIf(!hasCorpus)('corpus documents, read by hand', () => {
  it('vbai-lamdong giao 44552 (công văn giao việc, Word, draft for signature, signer typed beside Nơi nhận with tabs)', async () => {
    const d = await read('vbai-lamdong/CV 4552 BCA-C04/giao 44552 BCA - CAT ra soat danh gia muc do trong diem phuc tap ma tuy.docx');
    expect(d.meta.kind).toBe('CÔNG VĂN');
    expect(d.meta.number).toEqual({ raw: '/UBND-NC', seq: null, kindCode: 'UBND', issuerCode: 'NC' });
    expect(d.meta.issuer).toEqual({ name: 'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', parent: null });
    expect(d.meta.place).toBe('Lâm Đồng');
    expect(d.meta.date).toEqual({ raw: 'ngày tháng 10 năm 2025', iso: '2025-10' });
    expect(d.meta.title).toBe('V/v triển khai thực hiện Công văn số 4552/BCA-C04 của Bộ Công an');
    expect(d.meta.draft).toBeUndefined();
    expect(d.sections).toEqual([]);
    // "Kính gửi: Công an tỉnh" is meta.addressees, not the first preamble paragraph.
    expect(d.meta.addressees).toEqual(['Công an tỉnh']);
    expect(d.preamble?.map((p) => p.text.slice(0, 60))).toEqual([
      'Ủy ban nhân dân tỉnh nhận được Công văn số 4552/BCA-C04 ngày',
      'Chủ tịch Ủy ban nhân dân tỉnh giao Công an tỉnh nghiên cứu, ',
    ]);
    expect(d.recipients).toEqual(['Như trên', 'Chủ tịch UBND tỉnh', 'LĐVP', 'Lưu: VT, NC.Châu']);
    expect(d.signature).toEqual({ authority: 'TL. CHỦ TỊCH', title: 'CHÁNH VĂN PHÒNG', name: 'Nguyễn Nhân Bản' });
    expect(d.warnings.map((w) => w.code)).toEqual(['BLANK_NUMBER', 'PARTIAL_DATE']);
  }, LONG);

  it('vbai-lamdong Giao CAT HD 46 BCA (công văn, Word, header and closing in tables)', async () => {
    const d = await read('vbai-lamdong/HD 46 BCA/Giao CAT HD 46 BCA.docx');
    expect(d.meta.kind).toBe('CÔNG VĂN');
    expect(d.meta.number?.raw).toBe('/UBND-NC');
    expect(d.meta.issuer).toEqual({ name: 'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', parent: null });
    expect(d.meta.date).toEqual({ raw: 'ngày tháng 12 năm 2025', iso: '2025-12' });
    expect(d.meta.title).toBe('V/v tham mưu triển khai Hướng dẫn số 46/HD-BCA-C04 của Bộ Công an');
    expect(d.meta.addressees).toEqual(['Công an tỉnh']);
    expect(d.preamble?.map((p) => p.text.slice(0, 50))).toEqual([
      'Ủy ban nhân dân tỉnh nhận được Hướng dẫn số 46/HD-',
      'Chủ tịch Ủy ban nhân dân tỉnh giao Công an tỉnh ng',
    ]);
    expect(d.citations.map((c) => [c.type, c.number, c.date, c.issuer])).toContainEqual(['Hướng dẫn', '46/HD-BCA-C04', '2025-12-05', 'Bộ Công an']);
    expect(d.recipients).toEqual(['Như trên', 'Chủ tịch UBND tỉnh', 'LĐVP', 'Lưu: VT, NC.Châu']);
    expect(d.signature).toEqual({ authority: 'TL. CHỦ TỊCH', title: 'CHÁNH VĂN PHÒNG', name: 'Đỗ Tấn Sương' });
  }, LONG);

  it('vbai-lamdong CV 8151/BNV-CCHC (text PDF from a ministry: V/v over five lines, KT. BỘ TRƯỞNG / THỨ TRƯỞNG)', async () => {
    const d = await read('vbai-lamdong/CV CHUNG/CV 8151 BNV gop y du thao bao cao so ket CCHC/17.9.2025.Vv lay y kien du thao BC so ket 2021-2025.pdf');
    expect(d.meta.kind).toBe('CÔNG VĂN');
    expect(d.meta.number).toEqual({ raw: '8151/BNV-CCHC', seq: 8151, kindCode: 'BNV', issuerCode: 'CCHC' });
    expect(d.meta.issuer).toEqual({ name: 'BỘ NỘI VỤ', parent: null });
    expect(d.meta.place).toBe('Hà Nội');
    expect(d.meta.date).toEqual({ raw: 'ngày 18 tháng 9 năm 2025', iso: '2025-09-18' });
    expect(d.meta.title).toBe(
      'V/v lấy ý kiến góp ý dự thảo dự thảo Báo cáo Sơ kết giai đoạn 2021 - 2025 thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030, nhiệm vụ, giải pháp trọng tâm giai đoạn 2026 - 2030',
    );
    expect(d.sections).toEqual([]);
    expect(d.meta.addressees).toEqual(['Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']);
    expect(d.preamble?.some((p) => p.text.startsWith('Kính gửi') || p.text.startsWith('- '))).toBe(false);
    expect(d.preamble?.some((p) => p.text.startsWith('Thực hiện Quyết định số 145/QĐ'))).toBe(true);
    expect(d.recipients).toEqual([
      'Như trên',
      'Bộ trưởng (để b/c)',
      'Thứ trưởng Nguyễn Văn Hồi',
      'Các Thành viên TCT CCHC theo QĐ932',
      'Vụ/Ban TCCB, đ/v thường trực CCHC của các bộ, cơ quan ngang bộ, cơ quan thuộc CP',
      'SNV các tỉnh, thành phố trực thuộc Trung ương',
      'Các đơn vị thuộc, trực thuộc Bộ Nội vụ',
      'Lưu: VT, CCHC.',
    ]);
    expect(d.signature).toEqual({ authority: 'KT. BỘ TRƯỞNG', title: 'THỨ TRƯỞNG', name: 'Nguyễn Văn Hồi' });
  }, LONG);

  it.skipIf(!soffice)('vbai-lamdong TB giải thể 06 hội (.doc through LibreOffice: Căn cứ/Xét preamble, items 1–4, a)–e))', async () => {
    const d = await read('vbai-lamdong/29-11 TTr 3367 So NV/UB- Thong bao ve viec giai the 06 hoi vi pham (1).doc');
    expect(d.meta.kind).toBe('THÔNG BÁO');
    expect(d.meta.number).toEqual({ raw: '/TB-UBND', seq: null, kindCode: 'TB', issuerCode: 'UBND' });
    expect(d.meta.issuer).toEqual({ name: 'ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN', parent: null });
    expect(d.meta.place).toBe('Bình Thuận');
    expect(d.meta.date).toEqual({ raw: 'ngày tháng 12 năm 2024', iso: '2024-12' });
    expect(d.meta.title).toBe('V/v chuẩn bị giải thể đối với một số hội quần chúng cấp tỉnh có vi phạm quy định về tổ chức, hoạt động và quản lý hội');
    expect(d.preamble?.map((p) => p.text.slice(0, 40))).toEqual(['Căn cứ Nghị định số 126/2024/NĐ-CP ngày ', 'Xét đề nghị của Giám đốc Sở Nội vụ tại T']);
    expect(outline(d.sections).map((s) => (s as unknown[])[0])).toEqual(['1', '2', '3', '4']);
    expect((outline(d.sections)[0] as unknown[])[2]).toEqual([
      ['a', 'Hội Cựu giáo chức tỉnh Bình Thuận', []],
      ['b', 'Hội Bảo vệ thiên nhiên và môi trường tỉnh Bình Thuận', []],
      ['c', 'Hội Làm vườn tỉnh Bình Thuận', []],
      ['d', 'Hội Thân nhân kiều bào tỉnh Bình Thuận', []],
      ['đ', 'Hiệp hội Thủy sản tỉnh Bình Thuận', []],
      ['e', 'Hội Lâm nghiệp tỉnh Bình Thuận', []],
    ]);
    expect(d.recipients).toHaveLength(7);
    expect(d.recipients[0]).toBe('Chủ tịch, các PCT UBND tỉnh');
    expect(d.recipients[6]).toBe('Lưu: VT, KGVXNV, NCKSTTHC.Châu');
    expect(d.signature).toEqual({ authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Minh' });
    expect(d.warnings.filter((w) => /^NUMBERING_/u.test(w.code))).toEqual([]);
  }, LONG);

  it.skipIf(!soffice)('vbai-lamdong QĐ phê duyệt Tổ giúp việc CCHC (.doc: boxed DỰ THẢO, issuer over four lines, a Quy chế with its own header after it)', async () => {
    const d = await read('vbai-lamdong/CV CHUNG/Cu nguoi tham gia to giup viec/QD SNV phe duyet thanh vien TGV.CCHC kem Quy che lam viec 21.8.doc');
    expect(d.meta.kind).toBe('QUYẾT ĐỊNH');
    expect(d.meta.draft).toBe(true);
    expect(d.meta.number).toEqual({ raw: '/QĐ-TGV', seq: null, kindCode: 'QĐ', issuerCode: 'TGV' });
    expect(d.meta.issuer).toEqual({ name: 'TỔ GIÚP VIỆC VỀ CẢI CÁCH HÀNH CHÍNH', parent: 'BAN CHỈ ĐẠO VỀ PHÁT TRIỂN KHCN, ĐMST, CĐS VÀ ĐỀ ÁN 06' });
    expect(d.meta.date).toEqual({ raw: 'ngày tháng 8 năm 2025', iso: '2025-08' });
    expect(d.meta.title).toBe('Về việc phê duyệt thành viên và ban hành Quy chế hoạt động Tổ giúp việc về Cải cách hành chính tỉnh Lâm Đồng');
    expect(d.preamble?.[0]?.text).toBe('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;');
    expect(d.preamble?.at(-1)?.text).toBe('QUYẾT ĐỊNH:');
    expect(d.sections.map((s) => s.label)).toEqual(['Điều 1', 'Điều 2', 'Điều 3', 'Điều 4']);
    expect(d.recipients).toEqual(['Như Điều 4', 'Lưu: VT, CCHC&VTLT.']);
    expect(d.signature?.name).toBe('Đỗ Văn Chung');
  }, LONG);

  it('ocr-local-vbhc TB 11/TB-UBND Quảng Ngãi (text PDF: TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG over three lines, beside Nơi nhận)', async () => {
    const d = await read('ocr-local-vbhc/05.signed_20250517_044750.pdf');
    expect(d.meta.kind).toBe('THÔNG BÁO');
    expect(d.meta.number).toEqual({ raw: '11/TB-UBND', seq: 11, kindCode: 'TB', issuerCode: 'UBND' });
    expect(d.meta.issuer).toEqual({ name: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', parent: null });
    expect(d.meta.date).toEqual({ raw: 'ngày 08 tháng 01 năm 2025', iso: '2025-01-08' });
    expect(d.meta.title?.startsWith('Kết luận của Phó Chủ tịch UBND tỉnh Võ Phiên tại cuộc họp nghe báo cáo')).toBe(true);
    expect(d.meta.title?.endsWith('trong thời gian qua và nhiệm vụ trọng tâm trong thời gian đến')).toBe(true);
    expect(d.preamble?.map((p) => p.text.slice(0, 40))).toEqual(['Ngày 03/01/2025, Phó Chủ tịch UBND tỉnh ', 'Sau khi nghe các cơ quan, đơn vị báo cáo']);
    expect(d.sections.map((s) => s.label)).toEqual(['1', '2', '3']);
    expect(d.recipients).toEqual([
      'CT, PCT UBND tỉnh',
      'Các Sở: Tài chính, Kế hoạch và Đầu tư, Tài nguyên và Môi trường, Xây dựng, Lao động - Thương binh và Xã hội, Nội vụ, Tư pháp',
      'Thanh tra tỉnh',
      'BQL KKT Dung Quất và các KCN Quảng Ngãi',
      'Công ty QISC',
      'VPUB: CVP, PCVP, KTN, NC',
      'Cổng TTĐT tỉnh',
      'Lưu: VT, KTTHh5.',
    ]);
    expect(d.signature).toEqual({ authority: 'TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG', title: 'PHÓ CHÁNH VĂN PHÒNG', name: 'Nguyễn Phước Bình' });
  }, LONG);

  // The nine PHIẾU TRÌNH of vbai-lamdong are one Word form each: the outline cell is the body, the
  // boxes under it the signature table (LÃNH ĐẠO VĂN PHÒNG on the right signs; Chuyên viên and Lãnh
  // đạo phòng drafted and checked it; the box "KÍNH TRÌNH LÃNH ĐẠO UBND TỈNH" is the leader's decision).
  const PT_OUTLINE = [
    ['I', 'NỘI DUNG TRÌNH/CHỈ ĐẠO', ['1', '2']],
    ['II', 'RÀ SOÁT, TỔNG HỢP CỦA PHÒNG CHUYÊN MÔN THUỘC VĂN PHÒNG', ['1', '2', '3', '4', '5']],
  ];
  const PT_ADDRESSEES = ['Lãnh đạo UBND tỉnh', 'Lãnh đạo Văn phòng UBND tỉnh'];
  const ptOutline = (d: PlanDocument): unknown[] => d.sections.map((s) => [s.label, s.heading, s.children.map((c) => c.label)]);

  it('vbai-lamdong Phiếu trình 4409 (PHIẾU TRÌNH, kind code PT; the form itself is one table)', async () => {
    const d = await read('vbai-lamdong/CV 4409 BCA C04/Phieu trinh 4409.docx');
    expect(d.meta.kind).toBe('PHIẾU TRÌNH');
    expect(d.meta.number).toEqual({ raw: '/PT-NC', seq: null, kindCode: 'PT', issuerCode: 'NC' });
    expect(d.meta.issuer).toEqual({ name: 'VĂN PHÒNG', parent: 'UBND TỈNH LÂM ĐỒNG' });
    expect(d.meta.date).toBeNull();
    expect(d.meta.title).toBe('V/v đề nghị tham gia ý kiến vào dự thảo hồ sơ Quyết định của Thủ tướng Chính phủ về tín dụng đối với người sau cai nghiện ma túy');
    expect(d.meta.addressees).toEqual(PT_ADDRESSEES);
    expect(d.preamble).toEqual([]);
    expect(ptOutline(d)).toEqual(PT_OUTLINE);
    expect(d.sections[0]!.children[0]!.paragraphs).toEqual(['Công văn số 4409/BCA-C04 ngày 01/10/2025 của Bộ Công an.']);
    expect(d.citations.map((c) => [c.type, c.number, c.date, c.issuer])).toEqual([['Công văn', '4409/BCA-C04', '2025-10-01', 'Bộ Công an']]);
    expect(d.tables).toEqual([]);
    expect(d.tasks).toEqual([]); // "4. … đề xuất phương án: … giao Công an tỉnh …" is a proposal awaiting the leader, not a duty set
    expect(d.recipients).toEqual([]);
    expect(d.signature).toEqual({
      authority: null,
      title: 'LÃNH ĐẠO VĂN PHÒNG',
      name: 'Nguyễn Nhân Bản',
      reviewers: [
        { title: 'Chuyên viên', name: 'Trương Hải Châu', date: '2025-10-03' },
        { title: 'Lãnh đạo phòng', name: 'Lương Thị Nguyệt Thành', date: '2025-10-03' },
      ],
    });
    expect(d.warnings.map((w) => w.code)).toEqual(['BLANK_NUMBER', 'NO_DATE']);
  }, LONG);

  it.skipIf(!soffice)('vbai-lamdong Phiếu trình 105/PT-NC on Tờ trình 298 (.doc; the decision box names Phó Chủ tịch Nguyễn Minh)', async () => {
    const d = await read('vbai-lamdong/CV 298 PC04/Phieu trinh TTr 298.doc');
    expect(d.meta.kind).toBe('PHIẾU TRÌNH');
    expect(d.meta.number).toEqual({ raw: '105/PT-NC', seq: 105, kindCode: 'PT', issuerCode: 'NC' });
    expect(d.meta.title).toBe('V/v tập trung triển khai thực hiện công tác cai nghiện ma túy tự nguyện tại gia đình, cộng đồng');
    expect(d.meta.addressees).toEqual(PT_ADDRESSEES);
    expect(ptOutline(d)).toEqual(PT_OUTLINE);
    expect(d.citations.map((c) => [c.type, c.number, c.date, c.issuer])).toEqual([
      ['Tờ trình', '298/TTr-CAT-PC04', '2025-10-24', 'Công an tỉnh'],
      ['Quyết định', '179/QĐ-UBND', '2025-07-08', 'UBND tỉnh'],
    ]);
    expect(d.signature).toEqual({
      authority: null,
      title: 'LÃNH ĐẠO VĂN PHÒNG',
      name: 'Nguyễn Ngọc Nam',
      reviewers: [
        { title: 'Chuyên viên', name: 'Trương Hải Châu', date: '2025-10-28' },
        { title: 'Lãnh đạo phòng', name: 'Lương Thị Nguyệt Thành', date: '2025-10-28' },
      ],
      approver: { title: 'LÃNH ĐẠO UBND TỈNH', name: 'Nguyễn Minh', date: '2025-10' },
    });
    expect(d.warnings.map((w) => w.code)).toEqual(['DOC_CONVERTED', 'NO_DATE']);
  }, LONG);

  it.skipIf(!soffice)('vbai-lamdong Phiếu trình on Tờ trình 83/TTr-CAT(PA05) (.doc "Phieu trinh 3749"; decision box of Chủ tịch Hồ Văn Mười)', async () => {
    const d = await read('vbai-lamdong/CV CHUNG/Phieu trinh 3749.doc');
    expect(d.meta.number?.raw).toBe('/PT-NC');
    expect(d.meta.title).toBe('V/v phân công Công an tỉnh Lâm Đồng là đơn vị chuyên trách về an toàn thông tin mạng của Ủy ban nhân dân tỉnh Lâm Đồng');
    expect(ptOutline(d)).toEqual(PT_OUTLINE);
    // The cited "Tờ trình số 83/TTr-CAT(PA05) ngày 11 tháng 8 năm 2025 của Công an tỉnh" is read only up to
    // "83/TTr-CAT": a unit code in brackets is a gap of the citation rule (src/recognise/citations), left open.
    expect(d.citations[0]?.type).toBe('Tờ trình');
    expect(d.signature).toEqual({
      authority: null,
      title: 'LÃNH ĐẠO VĂN PHÒNG',
      name: 'Nguyễn Nhân Bản',
      reviewers: [
        { title: 'Chuyên viên', name: 'Trương Hải Châu', date: '2025-08-22' },
        { title: 'Lãnh đạo phòng', name: 'Nguyễn Tuấn Anh', date: '2025-08-22' },
      ],
      approver: { title: 'LÃNH ĐẠO UBND TỈNH', name: 'Hồ Văn Mười', date: '2025' },
    });
  }, LONG);

  it.skipIf(!soffice)('vbai-lamdong Phiếu trình 106/PT-NC on KH 600/KH-BCA-V01 (.doc; dotted lines between date and name, an unnamed CHỦ TỊCH box)', async () => {
    const d = await read('vbai-lamdong/CV 600 BCA/2025-10-07 Phieu trinh 106 CV 600.doc');
    expect(d.meta.number).toEqual({ raw: '106/PT-NC', seq: 106, kindCode: 'PT', issuerCode: 'NC' });
    expect(d.meta.title).toBe(
      'V/v tổng kết thực hiện Chiến lược quốc gia phòng, chống và kiểm soát ma túy đến năm 2020 và định hướng đến năm 2030, gắn với tổng kết thực hiện Chương trình phòng, chống ma túy giai đoạn 2021 - 2025',
    );
    expect(d.meta.addressees).toEqual(PT_ADDRESSEES);
    expect(ptOutline(d)).toEqual(PT_OUTLINE);
    expect(d.sections[1]!.children[2]!.paragraphs).toEqual(['Chủ tịch Ủy ban nhân dân tỉnh.']);
    expect(d.signature).toEqual({
      authority: null,
      title: 'LÃNH ĐẠO VĂN PHÒNG',
      name: 'Nguyễn Nhân Bản',
      reviewers: [
        { title: 'Chuyên viên', name: 'Trương Hải Châu', date: '2025-10-07' },
        { title: 'Lãnh đạo phòng', name: 'Lương Thị Nguyệt Thành', date: '2025-10-07' },
      ],
    });
  }, LONG);
});
