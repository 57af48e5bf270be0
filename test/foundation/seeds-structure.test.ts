// Issue 2 "done when": per seed, hand-written expectations read off the source text.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/txt/index.js';
import type { DocumentModel } from '../../src/model/document.js';
import { recogniseClosing } from '../../src/recognise/closing/index.js';
import { recogniseMeta } from '../../src/recognise/metadata/index.js';
import { buildSections, type SectionNode } from '../../src/recognise/sections/index.js';
import { seedBytes, seedPath } from '../helpers/seeds.js';

async function model(prefix: string): Promise<DocumentModel> {
  return extract({ bytes: seedBytes(prefix), path: seedPath(prefix), format: 'txt' }, {});
}

const top = (s: SectionNode[]) => s.map((n) => ({ label: n.label, heading: n.heading, kind: n.kind, children: n.children.length }));

describe('seed 000 — KH Sở GDĐT Bắc Giang, nhiệm vụ trọng tâm 2024', () => {
  it('metadata: the header block is missing in this conversion; number/date come from the appendix caption', async () => {
    const { meta, warnings } = recogniseMeta(await model('000'));
    expect(meta.kind).toBe('KẾ HOẠCH');
    expect(meta.title).toBe('Tổ chức, triển khai thực hiện nhiệm vụ trọng tâm và nhiệm vụ đăng ký của người đứng đầu ngành Giáo dục năm 2024');
    // "(Kèm theo Kế hoạch số /KH-SGDĐT ngày /01/2024 của Sở GDĐT)"
    expect(meta.number).toEqual({ raw: '/KH-SGDĐT', seq: null, kindCode: 'KH', issuerCode: 'SGDĐT' });
    expect(meta.date).toEqual({ raw: 'ngày /01/2024', iso: '2024-01' });
    expect(meta.issuer).toEqual({ name: 'Sở GDĐT', parent: null });
    expect(warnings.map((w) => w.code)).toEqual(['META_FROM_APPENDIX', 'BLANK_NUMBER', 'PARTIAL_DATE']);
  });
  it('sections I–V with 2/2/9/11/2 children', async () => {
    const { sections } = buildSections(await model('000'));
    expect(top(sections)).toEqual([
      { label: 'I', heading: 'MỤC ĐÍCH, YÊU CẦU', kind: 'purpose-requirements', children: 2 },
      { label: 'II', heading: 'CÁC CHỈ TIÊU THỰC HIỆN', kind: 'targets', children: 2 },
      { label: 'III', heading: 'NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU', kind: 'tasks', children: 9 },
      { label: 'IV', heading: 'TỔ CHỨC THỰC HIỆN', kind: 'organization', children: 11 },
      { label: 'V', heading: 'KINH PHÍ THỰC HIỆN', kind: 'budget', children: 2 },
    ]);
    const iii1 = sections[2].children[0];
    // "…huy động trẻ" + page break + "em ra lớp…" is one paragraph again.
    expect(iii1.paras[0].text).toContain('thực hiện công tác huy động trẻ em ra lớp trong các cơ sở GDMN giai đoạn 2022-2025');
    expect(sections[3].children[2].heading).toBe('Phòng Kế hoạch tài chính Sở GDĐT');
    expect(sections[3].children[9].heading).toBe('Đối với phòng GDĐT các huyện, thị xã và thành phố');
    // The footnote body "¹ Công nhận trường Mầm non…" is not a paragraph of III.9.
    expect(sections[2].children[8].paras.some((p) => p.text.includes('Công nhận trường Mầm non'))).toBe(false);
  });
  it('recipients and signer', async () => {
    const c = recogniseClosing(await model('000'));
    expect(c.recipients).toEqual([
      'Văn phòng UBND tỉnh (b/cáo)',
      'UBND các huyện, thị xã, thành phố (p/h)',
      'Lãnh đạo Sở GDĐT',
      'Công đoàn ngành (p/h)',
      'Phòng GDĐT các huyện, thị xã, thành phố',
      'Các đơn vị trực thuộc Sở GDĐT',
      'Các phòng thuộc Sở GDĐT',
      'Lưu VT, VP.LHA',
    ]);
    expect(c.signature).toEqual({ authority: null, title: 'GIÁM ĐỐC', name: 'Tạ Việt Hùng' });
  });
});

describe('seed 001 — KH UBND huyện Bắc Sơn, markdown conversion', () => {
  it('metadata: blank number and day', async () => {
    const { meta } = recogniseMeta(await model('001'));
    expect(meta.kind).toBe('KẾ HOẠCH');
    expect(meta.number).toEqual({ raw: '/KH-UBND', seq: null, kindCode: 'KH', issuerCode: 'UBND' });
    expect(meta.place).toBe('Bắc Sơn');
    expect(meta.date).toEqual({ raw: 'ngày tháng 02 năm 2024', iso: '2024-02' });
    expect(meta.title).toBe('Nâng cao chất lượng giáo dục giai đoạn 2024 – 2025 trên địa bàn huyện Bắc Sơn');
  });
  it('PHẦN THỨ NHẤT with I–III, PHẦN THỨ HAI with I–IV', async () => {
    const { sections } = buildSections(await model('001'));
    expect(sections.map((s) => [s.label, s.heading, s.kind])).toEqual([
      ['PHẦN THỨ NHẤT', 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ GIÁO DỤC VÀ ĐÀO TẠO NĂM HỌC 2022 – 2023', 'results'],
      ['PHẦN THỨ HAI', 'KẾ HOẠCH NÂNG CAO CHẤT LƯỢNG GIÁO DỤC VÀ ĐÀO TẠO GIAI ĐOẠN 2024 – 2025', 'other'],
    ]);
    expect(top(sections[0].children)).toEqual([
      { label: 'I', heading: 'PHÁT TRIỂN MẠNG LƯỚI TRƯỜNG, LỚP', kind: 'other', children: 2 },
      { label: 'II', heading: 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRỌNG TÂM NĂM HỌC 2022 -2023', kind: 'results', children: 0 },
      { label: 'III', heading: 'ĐÁNH GIÁ CHUNG', kind: 'assessment', children: 2 },
    ]);
    expect(top(sections[1].children)).toEqual([
      { label: 'I', heading: 'CĂN CỨ XÂY DỰNG KẾ HOẠCH', kind: 'bases', children: 0 },
      { label: 'II', heading: 'MỤC TIÊU', kind: 'objectives', children: 2 },
      { label: 'III', heading: 'NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU', kind: 'tasks', children: 5 },
      { label: 'IV', heading: 'TỔ CHỨC THỰC HIỆN', kind: 'organization', children: 7 },
    ]);
    // "2.1." nests under "2." of III. ĐÁNH GIÁ CHUNG.
    expect(sections[0].children[2].children[1].children.map((c) => c.label)).toEqual(['2.1', '2.2']);
    const specific = sections[1].children[1].children[1];
    expect(specific.heading).toBe('Mục tiêu cụ thể đến năm 2025');
    expect(specific.kind).toBe('targets');
    expect(specific.children.map((c) => c.label)).toEqual(Array.from({ length: 15 }, (_, i) => `(${i + 1})`));
    // Each base is its own paragraph: "…giai đoạn 2019 - 2025" does not run on into "Kế hoạch số 69-KH/HU…".
    expect(sections[1].children[0].paras.map((p) => p.text.slice(0, 24))).toEqual(['Kết luận số 51-KL/TW ngà', 'Kế hoạch số 156/KH-UBND,', 'Kế hoạch số 69-KH/HU ngà']);
    // A bold heading line is a heading as a whole, even with a full stop inside.
    expect(sections[1].children[2].children[1].heading).toBe('Quy hoạch, sắp xếp hệ thống trường, lớp. Tăng cường cơ sở vật chất, trang thiết bị cho các trường học');
  });
  it('recipients and a KT. signer', async () => {
    const c = recogniseClosing(await model('001'));
    expect(c.recipients).toEqual([
      'Sở Giáo dục và Đào tạo', 'TT Huyện uỷ', 'TT HĐND huyện', 'CT, các PCT UBND huyện', 'C, PC VPHĐND&UBND huyện',
      'Các cơ quan, ban, ngành, đoàn thể huyện', 'UBND các xã, thị trấn', 'Các trường học trên địa bàn huyện', 'Lưu: VT, PGDĐT.',
    ]);
    expect(c.signature).toEqual({ authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Dương Thị Thép' });
  });
});

describe('seed 002 — KH Hội nghị giao ban (two "II." sections)', () => {
  it('metadata', async () => {
    const { meta } = recogniseMeta(await model('002'));
    expect(meta.number).toEqual({ raw: '/KH-SGDĐT', seq: null, kindCode: 'KH', issuerCode: 'SGDĐT' });
    expect(meta.place).toBe('Bắc Giang');
    expect(meta.date).toEqual({ raw: 'ngày tháng 11 năm 2023', iso: '2023-11' });
    expect(meta.title).toBe('Tổ chức Hội nghị giao ban giữa kỳ I, triển khai nhiệm vụ các tháng còn lại năm học 2023 - 2024');
    // The header block lost its issuer; "(Kèm theo Kế hoạch số /KH-SGDĐT ngày /11/2023 của Sở GDĐT)" names it.
    expect(meta.issuer).toEqual({ name: 'Sở GDĐT', parent: null });
  });
  it('keeps the repeated "II" in order and warns once', async () => {
    const { sections, warnings } = buildSections(await model('002'));
    expect(top(sections)).toEqual([
      { label: 'I', heading: 'MỤC ĐÍCH, YÊU CẦU', kind: 'purpose-requirements', children: 2 },
      { label: 'II', heading: 'THỜI GIAN, HÌNH THỨC, ĐỊA ĐIỂM, THÀNH PHẦN', kind: 'schedule', children: 3 },
      { label: 'II', heading: 'NỘI DUNG, CHƯƠNG TRÌNH HỘI NGHỊ', kind: 'content', children: 2 },
      { label: 'III', heading: 'TỔ CHỨC THỰC HIỆN', kind: 'organization', children: 5 },
    ]);
    expect(warnings.filter((w) => w.code === 'DUPLICATE_LABEL')).toHaveLength(1);
    const purpose = sections[0].children[0];
    expect(purpose.heading).toBe('Mục đích');
    expect(purpose.paras[0].text).toBe('Đánh giá tình hình thực hiện nhiệm vụ 9 tuần đầu học kỳ I và triển khai nhiệm vụ trọng tâm các tháng còn lại năm học 2023-2024.');
    // The unit heading before the colon; its duty after it, markup stripped ("**18/11/2023**").
    const unit5 = sections[3].children[4];
    expect(unit5.heading).toBe('Phòng GDĐT các huyện, thành phố; các đơn vị trực thuộc Sở; các trường cao đẳng có giảng dạy chương trình GDTX cấp THPT');
    expect(unit5.paras[0].text).toContain('(gửi bản mềm trước ngày 18/11/2023 theo địa chỉ email: Lhan@bacgiang.edu.vn).');
  });
  it('recipients and signer', async () => {
    const c = recogniseClosing(await model('002'));
    expect(c.recipients).toHaveLength(8);
    expect(c.recipients[7]).toBe('Lưu VT, VP.');
    expect(c.signature).toEqual({ authority: null, title: 'GIÁM ĐỐC', name: 'Tạ Việt Hùng' });
  });
});

describe('seed 003 — KH 171/KH-PGDĐT Gia Lộc (kind and title on one line)', () => {
  it('metadata', async () => {
    const { meta } = recogniseMeta(await model('003'));
    expect(meta.kind).toBe('KẾ HOẠCH');
    expect(meta.number).toEqual({ raw: '171/KH-PGDĐT', seq: 171, kindCode: 'KH', issuerCode: 'PGDĐT' });
    expect(meta.place).toBe('Gia Lộc');
    expect(meta.date).toEqual({ raw: 'ngày 14 tháng 9 năm 2023', iso: '2023-09-14' });
    expect(meta.title).toBe('NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM NĂM HỌC 2023 - 2024 CỦA NGÀNH GIÁO DỤC HUYỆN GIA LỘC');
  });
  it('sections', async () => {
    const { sections } = buildSections(await model('003'));
    expect(top(sections)).toEqual([
      { label: 'I', heading: 'MỤC ĐÍCH, YÊU CẦU', kind: 'purpose-requirements', children: 3 },
      { label: 'II', heading: 'CÁC NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM', kind: 'tasks', children: 10 },
      { label: 'III', heading: 'TỔ CHỨC THỰC HIỆN', kind: 'organization', children: 0 },
    ]);
    expect(sections[1].children[1].kind).toBe('other');
    expect(sections[2].paras).toHaveLength(1);
  });
  it('recipients and signer', async () => {
    const c = recogniseClosing(await model('003'));
    expect(c.recipients).toEqual(['Lãnh đạo UBND huyện', 'LĐ, CV phòng GD&ĐT', 'Các trường MN, TH, THCS trong huyện', 'Lưu: VT.']);
    expect(c.signature).toEqual({ authority: null, title: 'TRƯỞNG PHÒNG', name: 'Đỗ Thế Ngọc' });
  });
});

describe('seed 004 — THÔNG BÁO kết luận (Thứ nhất … Thứ mười)', () => {
  it('metadata', async () => {
    const { meta } = recogniseMeta(await model('004'));
    expect(meta.kind).toBe('THÔNG BÁO');
    expect(meta.number).toEqual({ raw: '/TB-SGDĐT', seq: null, kindCode: 'TB', issuerCode: 'SGDĐT' });
    expect(meta.date).toEqual({ raw: 'ngày 29 tháng 01 năm 2024', iso: '2024-01-29' });
    expect(meta.title).toBe('Kết luận của Giám đốc Sở Giáo dục và Đào tạo tại Hội nghị sơ kết học kỳ I; triển khai phương hướng, nhiệm vụ học kỳ II, năm học 2023 - 2024');
  });
  it('ten ordinal sections', async () => {
    const { sections } = buildSections(await model('004'));
    expect(sections.map((s) => s.label)).toEqual(['Thứ nhất', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy', 'Thứ tám', 'Thứ chín', 'Thứ mười']);
    expect(sections[0].heading).toBe('Tiếp tục tham mưu với cấp ủy, chính quyền địa phương đầu tư phát triển sự nghiệp giáo dục và đào tạo');
    expect(sections[2].children.map((c) => c.label)).toEqual(['(i)', '(ii)', '(iii)', '(iv)']);
    // A colon inside "( … )" does not end the heading.
    expect(sections[2].children[1].heading).toMatch(/^Chủ động khảo sát, phân loại và phân hoá đối tượng học sinh lớp 12 \(Nhóm đối tượng học sinh số 1 có nguy cơ trượt tốt nghiệp; Nhóm số 2: Nhóm đại trà; Nhóm số 3: .*top trên\)/);
    // The closing request "Giám đốc Sở GDĐT yêu cầu … nghiêm túc triển khai thực hiện./." is not part of "Thứ mười".
    expect(sections[9].paras.map((p) => p.text.slice(0, 20))).toEqual(['Các đơn vị, nhà trườ', 'Tiếp tục thực hiện t']);
    expect(sections.every((s) => s.effectiveKind === 'tasks')).toBe(true);
    // "…bồi dưỡng GV" + page break + "THCS dạy các môn tích hợp…" is one paragraph again.
    expect(sections[3].paras.some((p) => p.text.includes('đặc biệt bồi dưỡng GV THCS dạy các môn tích hợp'))).toBe(true);
  });
  it('recipients and signer', async () => {
    const c = recogniseClosing(await model('004'));
    expect(c.recipients).toEqual([
      'PCT TT UBND tỉnh Mai Sơn (b/c)', 'Lãnh đạo Sở GDĐT; CĐGD', 'UBND các huyện, thành phố', 'Các phòng thuộc Sở GDĐT',
      'Phòng GDĐT các huyện, thị xã, thành phố', 'Các đơn vị trực thuộc Sở', 'Lưu: VT, VP.',
    ]);
    expect(c.signature).toEqual({ authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn Thêm' });
  });
});
