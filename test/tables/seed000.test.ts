// Seed 000 (KH Sở GDĐT Bắc Giang 2024), PHỤ LỤC lines 196–239: one task table cut into six
// page fragments, header repeated with "KẾT QUẢ DỰ KIẾN/ SẢN PHẨM", rows 10, 15, 18, 22 split.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/txt/index.js';
import type { TableBlock } from '../../src/model/document.js';
import { cleanText } from '../../src/model/text.js';
import { findCaption, stitchTables } from '../../src/table-logic/index.js';
import { blocksFromTsv, seedLines, seedPath, tables, texts } from './helpers.js';

const HEADER = ['TT', 'NHIỆM VỤ', 'ĐƠN VỊ CHỦ TRÌ', 'ĐƠN VỊ PHỐI HỢP', 'LỘ TRÌNH THỰC HIỆN', 'KẾT QUẢ DỰ KIẾN/SẢN PHẨM'];

// Written by hand from the source lines 214+217, 222+225, 228+231, 235+238.
const REPAIRED: Record<string, string[]> = {
  '10': [
    '10',
    'Xây dựng Kế hoạch triển khai thực hiện Kế hoạch số 633/UBND-KGVX ngày 21/12/2022 của UBND tỉnh',
    'Phòng Giáo dục Mầm non',
    'Các phòng thuộc Sở; Phòng GDĐT các huyện và thành phố',
    'Tháng 02/2024',
    'Kế hoạch',
  ],
  '15': [
    '15',
    'Đẩy mạnh công tác tuyên truyền, tăng cường công tác thanh tra, kiểm tra việc thực hiện đổi mới chương trình, sách giáo khoa GDPT; tổ chức kiểm tra, giám sát, tổng hợp, đánh giá tình hình và kết quả thực hiện nhiệm vụ của Kế hoạch này; chủ động nắm bắt các khó khăn, hạn chế, vướng mắc trong quá trình thực hiện nhiệm vụ GDĐT để tham mưu cho Giám đốc Sở GDĐT kịp thời. Làm tốt công tác pháp chế; khẩn trương rà soát, tham mưu ngành GDĐT trình cấp có thẩm quyền sửa đổi, ban hành hoặc ban hành theo thẩm quyền các văn bản theo yêu cầu tại Nghị quyết số 686/NQ- UBTVQH15 của Ủy ban Thường vụ Quốc hội.',
    'Thanh tra Sở GDĐT',
    'Phòng GDĐT các huyện và thành phố',
    'Thường xuyên',
    'Báo cáo; Kết luận',
  ],
  '18': [
    '18',
    'Tham mưu UBND các huyện, thị xã, thành phố chỉ đạo UBND các xã, phường, thị trấn tập trung chỉ đạo các trường mầm non trên địa bàn thực hiện rà soát, tổ chức quy mô nhóm/lớp đảm bảo theo quy định của Điều lệ trường mầm non và phù hợp với điều kiện thực tế để tăng cường điều kiện thực hiện huy động trẻ nhà trẻ ra lớp; chủ động, ưu tiên các nguồn lực đầu tư xây dựng cơ sở vật chất phòng học cho các trường mầm non theo hướng chuẩn hóa để đảm bảo điều kiện phát triển nhóm trẻ trong trường công lập',
    'Phòng GDĐT các huyện và thành phố',
    'CSGD MN và CSGD TH, THCS',
    'Quý I, II năm 2024',
    'Công văn',
  ],
  '22': [
    '22',
    'Chủ động tham mưu Tỉnh ủy và UBND tỉnh chỉ đạo cấp ủy, chính quyền, Ban chỉ đạo PCGD các cấp; nâng cao năng lực, trách nhiệm lãnh đạo, chỉ đạo trong việc tổ chức thực hiện nhiệm vụ phát triển giáo dục nói chung và công tác PCGD THCS nói riêng; đưa kế hoạch PCGD THCS vào chương trình công tác của các cấp, xác định trách nhiệm của các cấp, các ngành, các tổ chức đoàn thể',
    'Phòng Giáo dục Tiểu học - Chính trị Tư tưởng và Phòng Giáo dục Trung học, giáo dục thường xuyên',
    'Phòng GDĐT các huyện và thành phố',
    'Tháng 02/2024',
    'Kế hoạch',
  ],
};

/** Every other row is one source line: its cells, cleaned, are the expected cells. */
function expectedRows(): string[][] {
  const lines = seedLines('000_', 203, 239).filter((l) => /^\d+\t/.test(l));
  return lines.map((l) => {
    const cells = l.split('\t').map(cleanText);
    while (cells.length < 6) cells.push('');
    return REPAIRED[cells[0]] ?? cells;
  });
}

function checkAppendix(t: TableBlock): void {
  const rows = texts(t);
  expect(rows[0]).toEqual(HEADER);
  expect(t.rows[0].header).toBe(true);
  const body = rows.slice(1);
  expect(body).toHaveLength(23);
  expect(body.map((r) => r[0])).toEqual(Array.from({ length: 23 }, (_, i) => String(i + 1)));
  expect(body).toEqual(expectedRows());
  // No header row left in the body, no markup in any cell.
  expect(body.some((r) => r[0] === 'TT' || r[1] === 'NHIỆM VỤ')).toBe(false);
  expect(body.flat().some((c) => /<\/?p>/.test(c))).toBe(false);
  expect(t.fragments).toBe(6);
}

describe('seed 000 appendix', () => {
  it('six fragments separated by blank lines are one table of 23 rows', () => {
    const { blocks, warnings } = stitchTables(blocksFromTsv(seedLines('000_', 196, 239)));
    const ts = tables(blocks);
    expect(ts).toHaveLength(1);
    checkAppendix(ts[0]);
    expect(warnings).toEqual([]);
  });

  it('the same with page breaks between the fragments', () => {
    const input = blocksFromTsv(seedLines('000_', 196, 239), { pageBreaks: true });
    const { blocks } = stitchTables(input);
    const ts = tables(blocks);
    expect(ts).toHaveLength(1);
    checkAppendix(ts[0]);
    // The page breaks stay in the document, after the table.
    expect(blocks.filter((b) => b.type === 'pageBreak')).toHaveLength(input.filter((b) => b.type === 'pageBreak').length);
  });

  it('the same when the page breaks left no blank line (headers repeated inside one fragment)', () => {
    const lines = seedLines('000_', 196, 239).filter((l, i) => i < 6 || l.trim());
    const ts = tables(stitchTables(blocksFromTsv(lines)).blocks);
    expect(ts).toHaveLength(1);
    checkAppendix({ ...ts[0], fragments: 6 });
  });

  it('through the real txt extractor', async () => {
    const model = await extract({ bytes: readFileSync(seedPath('000_')), path: '000.txt', format: 'txt' }, {});
    const { blocks } = stitchTables(model.children);
    const ts = tables(blocks);
    expect(ts).toHaveLength(1);
    checkAppendix(ts[0]);
    // Stitching is idempotent.
    const again = tables(stitchTables(blocks).blocks)[0];
    expect(again.rows).toEqual(ts[0].rows);
    expect(again.fragments).toBe(6);
    expect(findCaption(blocks.slice(0, blocks.indexOf(ts[0])))).toEqual({
      appendix: 'PHỤ LỤC',
      caption: 'Một số nhiệm vụ cụ thể của Kế hoạch tổ chức, triển khai thực hiện nhiệm vụ trọng tâm và nhiệm vụ đăng ký của người đứng đầu ngành Giáo dục năm 2024',
    });
  });
});
