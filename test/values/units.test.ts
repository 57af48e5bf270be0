import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitUnits, unitKey } from '../../src/recognise/units/index.js';

describe('splitUnits — seed 000 appendix (ĐƠN VỊ CHỦ TRÌ / PHỐI HỢP)', () => {
  it.each([
    ['Phòng GDĐT các huyện và thành phố; Các đơn vị trực thuộc Sở GDĐT', ['Phòng GDĐT các huyện và thành phố', 'Các đơn vị trực thuộc Sở GDĐT']],
    ['Phòng GDĐT các huyện và thành phố', ['Phòng GDĐT các huyện và thành phố']],
    ['Các phòng thuộc Sở;', ['Các phòng thuộc Sở']],
    ['Các phòng thuộc Sở; Phòng GDĐT các huyện và thành phố', ['Các phòng thuộc Sở', 'Phòng GDĐT các huyện và thành phố']],
    ['Phòng Khảo thí và Kiểm định chất lượng giáo dục', ['Phòng Khảo thí và Kiểm định chất lượng giáo dục']],
    ['Phòng Giáo dục Trung học, giáo dục thường xuyên', ['Phòng Giáo dục Trung học, giáo dục thường xuyên']],
    [
      'Phòng Giáo dục Tiểu học - Chính trị Tư tưởng và Phòng Giáo dục Trung học, giáo dục thường xuyên',
      ['Phòng Giáo dục Tiểu học - Chính trị Tư tưởng', 'Phòng Giáo dục Trung học, giáo dục thường xuyên'],
    ],
    ['CSGD MN và CSGD TH, THCS', ['CSGD MN', 'CSGD TH, THCS']],
    ['Phòng Kế hoạch tài chính Sở GDĐT', ['Phòng Kế hoạch tài chính Sở GDĐT']],
  ])('%s', (cell, expected) => {
    expect(splitUnits(cell)).toEqual(expected);
  });
});

describe('splitUnits — Kehoachgoc.md Phụ lục II (Cơ quan chủ trì / phối hợp)', () => {
  it.each([
    ['Các bộ, ngành, địa phương', ['Các bộ, ngành, địa phương']],
    ['Bộ Khoa học và Công nghệ, Bộ Thông tin và Truyền thông', ['Bộ Khoa học và Công nghệ', 'Bộ Thông tin và Truyền thông']],
    ['Bộ Văn hóa, Thể thao và Du lịch', ['Bộ Văn hóa, Thể thao và Du lịch']],
    ['Bộ Tài chính, bộ, ngành liên quan', ['Bộ Tài chính', 'bộ, ngành liên quan']],
    ['Bộ Kế hoạch và Đầu tư và các bộ, ngành, địa phương', ['Bộ Kế hoạch và Đầu tư', 'các bộ, ngành, địa phương']],
    ['Ban Tuyên giáo Trung ương; các bộ, ngành, địa phương; VTV, VOV, TTXVN', ['Ban Tuyên giáo Trung ương', 'các bộ, ngành, địa phương', 'VTV', 'VOV', 'TTXVN']],
    [
      'Bộ Công an, Bộ Nội vụ, Bộ Kế hoạch và Đầu tư, Bộ Tài chính, Bộ Lao động - Thương binh và Xã hội,Thanh tra Chính phủ, các bộ, ngành và địa phương',
      ['Bộ Công an', 'Bộ Nội vụ', 'Bộ Kế hoạch và Đầu tư', 'Bộ Tài chính', 'Bộ Lao động - Thương binh và Xã hội', 'Thanh tra Chính phủ', 'các bộ, ngành và địa phương'],
    ],
    ['Các cơ quan Đảng, Quốc hội, Tòa án nhân dân tối cao, Viện Kiểm sát nhân dân tối cao', ['Các cơ quan Đảng', 'Quốc hội', 'Tòa án nhân dân tối cao', 'Viện Kiểm sát nhân dân tối cao']],
    ['Các tỉnh, thành phố trực thuộc TW', ['Các tỉnh, thành phố trực thuộc TW']],
  ])('%s', (cell, expected) => {
    expect(splitUnits(cell)).toEqual(expected);
  });
});

describe('splitUnits — markers, notes, line breaks', () => {
  it('keeps "UBND các huyện, thị xã, thành phố" as one unit', () => {
    expect(splitUnits('UBND các huyện, thị xã, thành phố')).toEqual(['UBND các huyện, thị xã, thành phố']);
    expect(splitUnits('Phòng GDĐT các huyện, thị xã, thành phố')).toEqual(['Phòng GDĐT các huyện, thị xã, thành phố']);
  });
  it('splits before a new head after a comma (OUTPUT.md task example)', () => {
    expect(splitUnits('Sở Lao động - Thương binh và Xã hội, Ban Dân tộc tỉnh')).toEqual(['Sở Lao động - Thương binh và Xã hội', 'Ban Dân tộc tỉnh']);
  });
  it('removes list markers, role notes and trailing punctuation', () => {
    expect(splitUnits('- Sở Tài chính (p/h);\n+ Sở Xây dựng.')).toEqual(['Sở Tài chính', 'Sở Xây dựng']);
    expect(splitUnits('Sở Nội vụ (chủ trì), Sở Tài chính')).toEqual(['Sở Nội vụ', 'Sở Tài chính']);
  });
  it('keeps other parentheses and never splits inside them', () => {
    expect(splitUnits('Sở Giáo dục và Đào tạo (Phòng A, Phòng B)')).toEqual(['Sở Giáo dục và Đào tạo (Phòng A, Phòng B)']);
  });
  it('joins a wrapped line (PDF cell) but splits lines that start a unit', () => {
    expect(splitUnits('Phòng Giáo dục Mầm\nnon')).toEqual(['Phòng Giáo dục Mầm non']);
    expect(splitUnits('Sở Khoa học và\nCông nghệ')).toEqual(['Sở Khoa học và Công nghệ']);
    expect(splitUnits('Sở Tài chính\nSở Xây dựng')).toEqual(['Sở Tài chính', 'Sở Xây dựng']);
  });
  it('returns nothing for empty or dash cells, and drops duplicates', () => {
    expect(splitUnits('')).toEqual([]);
    expect(splitUnits('---')).toEqual([]);
    expect(splitUnits(null)).toEqual([]);
    expect(splitUnits('Bộ Tài chính; bộ tài chính')).toEqual(['Bộ Tài chính']);
  });
  const seed000 = new URL('../../fixtures/seeds/000_2cb036a4f30d648d.txt', import.meta.url);
  it.skipIf(!existsSync(seed000))('every unit cell of seed 000 splits without throwing and yields no empty unit', () => {
    const text = readFileSync(seed000, 'utf8');
    for (const line of text.split('\n')) {
      const cells = line.split('\t');
      if (cells.length < 5 || cells[0] === 'TT') continue;
      for (const u of [...splitUnits(cells[2]), ...splitUnits(cells[3])]) expect(u.trim()).not.toBe('');
    }
  });
});

describe('splitUnits — unit spans from running text (tasks/actors)', () => {
  it.each([
    // seed 004 line 109: "Giao Phòng Giáo dục Trung học, Giáo dục thường xuyên và Văn phòng Sở chủ trì"
    ['Phòng Giáo dục Trung học, Giáo dục thường xuyên và Văn phòng Sở', ['Phòng Giáo dục Trung học, Giáo dục thường xuyên', 'Văn phòng Sở']],
    ['Thủ trưởng các sở, ban, ngành', ['Thủ trưởng các sở, ban, ngành']],
    ['Chủ tịch UBND các huyện, thị xã, thành phố', ['Chủ tịch UBND các huyện, thị xã, thành phố']],
    ['Văn phòng UBND tỉnh; Sở Tư pháp và các cơ quan có liên quan', ['Văn phòng UBND tỉnh', 'Sở Tư pháp', 'các cơ quan có liên quan']],
    ['Sở Tài nguyên và Môi trường, Sở Nông nghiệp và Phát triển nông thôn', ['Sở Tài nguyên và Môi trường', 'Sở Nông nghiệp và Phát triển nông thôn']],
    ['Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh', ['Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh']],
    ['Ủy ban nhân dân các xã, phường, thị trấn', ['Ủy ban nhân dân các xã, phường, thị trấn']],
    // seed 002: the heads of offices
    ['Trưởng các phòng thuộc Sở, Chánh Thanh tra Sở', ['Trưởng các phòng thuộc Sở', 'Chánh Thanh tra Sở']],
    // KH 277 (PDF) cells
    ['Giám đốc/Thủ trưởng các Sở, ban, ngành', ['Giám đốc/Thủ trưởng các Sở, ban, ngành']],
    ['Sở Khoa học và Công nghệ, Thuế Hà Nội', ['Sở Khoa học và Công nghệ', 'Thuế Hà Nội']],
    ['Sở Văn hóa – Thể thao', ['Sở Văn hóa – Thể thao']],
  ])('%s', (span, expected) => {
    expect(splitUnits(span)).toEqual(expected);
  });
});

describe('unitKey', () => {
  it('ignores case, diacritics, spacing and a leading "Các"', () => {
    expect(unitKey('Các phòng thuộc Sở')).toBe(unitKey('phòng  thuộc sở'));
    expect(unitKey('Sở Giáo dục và Đào tạo')).toBe('so giao duc va dao tao');
    expect(unitKey('Sở Tài chính')).not.toBe(unitKey('Sở Tư pháp'));
  });
});
