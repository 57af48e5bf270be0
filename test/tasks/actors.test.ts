// Who a duty is addressed to, from single sentences of the seeds and the corpus (TB 565 Quảng Ngãi, QĐ 254 Sơn La).
import { describe, expect, it } from 'vitest';
import { actorsInText, headingUnit } from '../../src/recognise/tasks/actors.js';

const lead = (s: string) => actorsInText(s).lead;

describe('actorsInText', () => {
  it('reads "Giao X …" and a unit opening the sentence', () => {
    expect(lead('Giao Sở Lao động - Thương binh và Xã hội, Ban Dân tộc tỉnh theo chức năng, nhiệm vụ chịu trách nhiệm:')).toEqual([
      'Sở Lao động - Thương binh và Xã hội',
      'Ban Dân tộc tỉnh',
    ]);
    expect(lead('Sở Kế hoạch và Đầu tư rà soát các quy định, hướng dẫn của Trung ương và của tỉnh')).toEqual(['Sở Kế hoạch và Đầu tư']);
    expect(lead('UBND các huyện, thị xã, thành phố chịu trách nhiệm:')).toEqual(['UBND các huyện, thị xã, thành phố']);
    expect(lead('Hiệu trưởng các nhà trường có trách nhiệm quán triệt Kế hoạch này tới toàn thể cán bộ')).toEqual(['Hiệu trưởng các nhà trường']);
  });

  it('takes Y of "X chủ trì, phối hợp với Y …" as support, across a ";" list', () => {
    const a = actorsInText('Giao Công an tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh; Sở Tư pháp và các cơ quan, tổ chức có liên quan tham mưu.');
    expect(a.lead).toEqual(['Công an tỉnh']);
    expect(a.support).toEqual(['Văn phòng UBND tỉnh', 'Sở Tư pháp', 'các cơ quan, tổ chức có liên quan']);
  });

  it('finds "Giao X" at a later sentence start (seed 004, Thứ chín)', () => {
    const a = actorsInText(
      'Tăng cường hiệu quả công tác quản trị; gắn kết quả thực hiện nhiệm vụ giáo dục của các đơn vị với đánh giá thi đua người đứng đầu. Giao Phòng Giáo dục Trung học, Giáo dục thường xuyên và Văn phòng Sở chủ trì, phối hợp với các phòng chuyên môn khác tham mưu cho Giám đốc Sở GDĐT ban hành tiêu chí.',
    );
    expect(a.lead).toEqual(['Phòng Giáo dục Trung học, Giáo dục thường xuyên', 'Văn phòng Sở']);
    expect(a.support).toEqual(['các phòng chuyên môn khác']);
  });

  it('passes on "X yêu cầu Y …" to Y', () => {
    expect(lead('Giám đốc Sở GDĐT yêu cầu trưởng các phòng thuộc của Sở; thủ trưởng các đơn vị trực thuộc Sở nghiêm túc triển khai thực hiện./.')).toEqual([
      'trưởng các phòng thuộc của Sở',
      'thủ trưởng các đơn vị trực thuộc Sở',
    ]);
  });

  it('finds no actor in a duty that starts with a verb, nor in a verb that looks like a unit', () => {
    for (const s of [
      'Tổ chức quán triệt, phổ biến sâu rộng đến các cấp ủy đảng, chính quyền địa phương',
      'Ban hành kế hoạch kiểm tra',
      'Báo cáo kết quả về Sở trước ngày 30/6',
      'Tham mưu UBND tỉnh đề nghị Bộ Nội vụ bổ sung đủ chỉ tiêu về GV',
    ]) {
      expect(actorsInText(s), s).toEqual({ lead: [], support: [], found: false });
    }
  });

  it('keeps support of a leading "Chủ trì, phối hợp với Y" when the lead is the heading\'s unit', () => {
    expect(actorsInText('Chủ trì, phối hợp với các phòng thuộc Sở xây dựng Báo cáo đề dẫn')).toEqual({ lead: [], support: ['các phòng thuộc Sở'], found: false });
  });

  it('a duty opening "Phối hợp với Y …" under a unit heading: Y supports (seed 000 IV.5; appendix row 7 says the same)', () => {
    expect(actorsInText('Phối hợp với Công an tỉnh kiểm tra việc chấp hành quy định')).toEqual({ lead: [], support: ['Công an tỉnh'], found: false });
  });

  it('a unit that has already acted is not the addressee ("Sở GDĐT đã giao dự toán …", seed 004 Thứ sáu)', () => {
    expect(actorsInText('Sở GDĐT đã giao dự toán cho các đơn vị trực thuộc, đề nghị các đơn vị xây dựng dự toán chi tiết để duyệt').lead).not.toContain('Sở GDĐT');
  });
});

describe('headingUnit', () => {
  it('accepts a unit name, dropping "Đối với"', () => {
    expect(headingUnit('Phòng Kế hoạch tài chính Sở GDĐT')).toBe('Phòng Kế hoạch tài chính Sở GDĐT');
    expect(headingUnit('Đối với phòng GDĐT các huyện, thị xã và thành phố')).toBe('Phòng GDĐT các huyện, thị xã và thành phố');
    expect(headingUnit('Các đồng chí Phó Giám đốc Sở')).toBe('Các đồng chí Phó Giám đốc Sở');
    expect(headingUnit('Phòng GDĐT các huyện, thành phố; các đơn vị trực thuộc Sở; các trường cao đẳng có giảng dạy chương trình GDTX cấp THPT')).not.toBeNull();
  });

  it('rejects a role line, a topic and a sentence', () => {
    expect(headingUnit('Phụ trách chung')).toBeNull();
    expect(headingUnit('Tuyên truyền, quán triệt, nâng cao nhận thức')).toBeNull();
    expect(headingUnit('Thủ trưởng các sở, ban, ngành trực thuộc UBND tỉnh; Chủ tịch UBND các huyện, thành phố căn cứ chức năng, nhiệm vụ được giao chỉ đạo')).toBeNull();
  });
  it('a lower-case common noun is no unit: a line that goes on across a page ("nhiệm | vụ của …", CV 3980)', () => {
    expect(actorsInText('vụ của các dự án, tiểu dự án trong Chương trình mục tiêu đảm bảo hiệu quả, thiết thực; quan tâm bố trí từ nguồn ngân sách địa phương.').found).toBe(false);
    expect(lead('trưởng các phòng thuộc Sở thực hiện nghiêm túc.')).toEqual(['trưởng các phòng thuộc Sở']);
    expect(lead('các sở, ngành, địa phương triển khai thực hiện.')).toEqual(['các sở, ngành, địa phương']);
  });
});
