// findTasks / findTargets on hand-built section trees: the rules without an extractor in between.
import { describe, expect, it } from 'vitest';
import type { SectionKind } from '../../src/model/registry.js';
import type { SectionNode } from '../../src/recognise/sections/types.js';
import { findTasks } from '../../src/recognise/tasks/index.js';
import { findTargets } from '../../src/recognise/targets/index.js';

let line = 0;
/** A numbered line "label. heading: rest" with paragraphs (bullets when they start with "- ") and children. */
function node(label: string, text: string, kind: SectionKind, paras: string[] = [], children: SectionNode[] = [], parent: string[] = []): SectionNode {
  const at = ++line;
  const colon = text.indexOf(': ');
  const heading = colon >= 0 ? text.slice(0, colon) : text.replace(/[.;:]$/, '');
  const n: SectionNode = {
    label,
    scheme: /^\(/.test(label) ? 'paren' : /^[IVX]+$/.test(label) ? 'roman' : /^Thứ/.test(label) ? 'ordinal' : 'decimal',
    heading,
    line: text,
    kind,
    effectiveKind: kind,
    paras: [],
    children: [],
    source: { line: at },
    path: [...parent, label],
  };
  if (colon >= 0) n.paras.push({ text: text.slice(colon + 2), source: { line: at } });
  for (const p of paras) n.paras.push(p.startsWith('- ') ? { text: p.slice(2), marker: '-', scheme: 'bullet', source: { line: ++line } } : { text: p, source: { line: ++line } });
  n.children = children.map((c) => reparent(c, n));
  return n;
}

/** Children built before their parent: prefix the path, inherit the kind as buildSections does. */
function reparent(c: SectionNode, parent: SectionNode): SectionNode {
  const r: SectionNode = { ...c, path: [...parent.path, c.label], effectiveKind: c.kind !== 'other' ? c.kind : parent.effectiveKind };
  r.children = c.children.map((g) => reparent(g, r));
  return r;
}

describe('findTasks on hand-built trees', () => {
  const org = node('IV', 'TỔ CHỨC THỰC HIỆN', 'organization', [], [
    node('1', 'Phụ trách chung: Đồng chí Tạ Việt Hùng, Giám đốc Sở GDĐT.', 'other'),
    node('2', 'Các đồng chí Phó Giám đốc Sở: Chỉ đạo các phòng theo chức năng nhiệm vụ được phân công phụ trách thực hiện Kế hoạch này.', 'other'),
    node('3', 'Phòng Kế hoạch tài chính Sở GDĐT', 'other', ['- Chủ trì tham mưu …; hoàn thành trong Quý I, năm 2024.', '- Giao kế hoạch phát triển năm học 2024-2025.']),
    node('4', 'Kinh phí thực hiện Kế hoạch này: Do ngân sách nhà nước đảm bảo.', 'budget'),
  ]);

  it('skips "Phụ trách chung" and budget lines; a role before a colon is the lead; a unit heading leads its bullets', () => {
    const ts = findTasks([org], { docDate: '2024-01-15' });
    expect(ts.map((t) => [t.id, t.section, t.lead, t.text])).toEqual([
      ['A1', 'IV.2', ['Các đồng chí Phó Giám đốc Sở'], 'Chỉ đạo các phòng theo chức năng nhiệm vụ được phân công phụ trách thực hiện Kế hoạch này.'],
      ['A2', 'IV.3', ['Phòng Kế hoạch tài chính Sở GDĐT'], 'Chủ trì tham mưu …; hoàn thành trong Quý I, năm 2024.'],
      ['A3', 'IV.3', ['Phòng Kế hoạch tài chính Sở GDĐT'], 'Giao kế hoạch phát triển năm học 2024-2025.'],
    ]);
    expect(ts[1].deadline).toMatchObject({ kind: 'quarter', start: '2024-01-01', end: '2024-03-31' });
    expect(ts.every((t) => t.outputs.length === 0)).toBe(true);
  });

  it('in a tasks section, a colon line lends its lead to the sub-items; "Thứ …" items count without a tasks heading', () => {
    const tasks = node('II', 'Nhiệm vụ cụ thể trong thời gian đến', 'tasks', [], [
      node('2', 'Giao Sở Lao động - Thương binh và Xã hội, Ban Dân tộc tỉnh theo chức năng, nhiệm vụ chịu trách nhiệm:', 'other', [], [
        node('(1)', 'Cần chủ động và thể hiện rõ vai trò của cơ quan quản lý Chương trình.', 'other'),
      ]),
      node('4', 'Sở Kế hoạch và Đầu tư rà soát các quy định, hướng dẫn của Trung ương và của tỉnh.', 'other'),
    ]);
    const ordinal = node('Thứ hai', 'Tiếp tục triển khai 8 giải pháp đột phá. Giao mỗi phòng chịu trách nhiệm về 01 giải pháp.', 'other');
    const ts = findTasks([tasks, ordinal]);
    expect(ts.map((t) => [t.id, t.no, t.lead, t.group])).toEqual([
      ['S1', '(1)', ['Sở Lao động - Thương binh và Xã hội', 'Ban Dân tộc tỉnh'], 'Giao Sở Lao động - Thương binh và Xã hội, Ban Dân tộc tỉnh theo chức năng, nhiệm vụ chịu trách nhiệm'],
      ['S2', '4', ['Sở Kế hoạch và Đầu tư'], undefined],
      ['S3', 'Thứ hai', ['mỗi phòng'], undefined],
    ]);
  });

  it('produces nothing from results, assessment or purpose sections', () => {
    const res = node('I', 'KẾT QUẢ THỰC HIỆN', 'results', ['Sở GDĐT đã tổ chức 12 hội nghị.'], [node('Thứ nhất', 'Công tác tham mưu được thực hiện tốt.', 'other')]);
    expect(findTasks([res])).toEqual([]);
  });
});

describe('findTargets on hand-built trees', () => {
  it('takes every value in a targets section and only goal sentences elsewhere, never in results', () => {
    const targets = node('II', 'CÁC CHỈ TIÊU', 'targets', ['- Tỷ lệ kiên cố hóa toàn tỉnh đạt 97,5%.']);
    const tasks = node('III', 'NHIỆM VỤ', 'tasks', ['Xây dựng 5 trường mới; phấn đấu tỷ lệ huy động trẻ đạt 35%.']);
    const results = node('I', 'KẾT QUẢ', 'results', ['Tỷ lệ kiên cố hóa đạt 95%; phấn đấu đạt 99% đã hoàn thành.']);
    expect(findTargets([results, targets, tasks]).map((t) => [t.section, t.metric, t.value])).toEqual([
      ['II', 'Tỷ lệ kiên cố hóa toàn tỉnh', 97.5],
      ['III', 'Tỷ lệ huy động trẻ', 35],
    ]);
  });
});
