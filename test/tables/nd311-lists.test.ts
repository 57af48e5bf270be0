// NĐ 311/2025/NĐ-CP (vbpl doc_000502.html), Mẫu số 3/4: lists of teachers sent to training. Read by hand
// from the page: a two-row header ("Thời gian đào tạo" over "Thời gian bắt đầu" / "Thời gian hoàn thành
// (hoặc dự kiến hoàn thành)"), and no task table — "giao nhiệm vụ" is a mode of training, not a task column.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../src/model/registry.js';
import { corpusHtml, readHtml, recogniseModel } from '../html/helpers.js';
import { corpusMissing } from '../helpers/seeds.js';

corpusMissing('test/tables/nd311-lists.test.ts');

const PATH = corpusHtml('doc_000502.html');

describe.skipIf(!PATH)('NĐ 311/2025 teacher lists', () => {
  let doc: PlanDocument;
  beforeAll(async () => {
    doc = recogniseModel(await readHtml(PATH!), PATH!);
  });

  it('the list of teachers has both header rows, and its first body row is the group "A | Mầm non"', () => {
    const list = doc.tables.find((t) => t.header.includes('Đơn vị công tác'))!;
    expect(list.header.slice(6, 8)).toEqual(['Thời gian đào tạo Thời gian bắt đầu', 'Thời gian đào tạo Thời gian hoàn thành (hoặc dự kiến hoàn thành)']);
    expect(list.rows[0].slice(0, 2)).toEqual(['A', 'Mầm non']);
    expect(list.role).toBe('other');
  });

  it('no table is a task table and no row is a task', () => {
    expect(doc.tables.filter((t) => t.role === 'tasks')).toEqual([]);
    expect(doc.tasks.filter((t) => t.origin === 'table')).toEqual([]);
  });
});
