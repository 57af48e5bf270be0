// A small registry written by hand: Vietnamese text from seed 000, plus values that trip
// spreadsheets and YAML readers ("yes", "08:30", "=1+1", ";", newlines, pipes).
import type { PlanDocument, Registry } from '../../src/model/registry.js';

export function sampleDocument(): PlanDocument {
  return {
    id: '171-KH-PGDĐT',
    source: { path: 'seeds/000.txt', format: 'txt', sha256: 'a'.repeat(64) },
    meta: {
      kind: 'KẾ HOẠCH',
      number: { raw: '171/KH-PGDĐT', seq: 171, kindCode: 'KH', issuerCode: 'PGDĐT' },
      issuer: { name: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', parent: 'UBND HUYỆN GIA LỘC' },
      place: 'Gia Lộc',
      date: { raw: 'ngày 02 tháng 02 năm 2024', iso: '2024-02-02' },
      title: 'Tổ chức, triển khai thực hiện nhiệm vụ trọng tâm năm 2024',
    },
    sections: [
      { label: 'I', heading: 'MỤC ĐÍCH, YÊU CẦU', kind: 'purpose-requirements', paragraphs: [], children: [
        { label: '1', heading: 'Mục đích', kind: 'purpose', paragraphs: ['yes'], children: [] },
      ] },
    ],
    targets: [
      { text: 'Tỷ lệ trường đạt chuẩn quốc gia mức độ 1 đạt 95,2%', metric: 'Tỷ lệ trường đạt chuẩn quốc gia mức độ 1', value: 95.2, unit: '%', comparator: '>=', section: 'II.1' },
    ],
    tasks: [
      {
        id: 't1', no: '1', origin: 'table',
        text: 'Rà soát quy hoạch; phát triển mạng lưới, cơ sở GDPT',
        lead: ['Phòng GDĐT các huyện và thành phố', 'Các đơn vị trực thuộc Sở GDĐT'],
        support: ['Sở Tài chính'],
        deadline: { raw: 'Quý I năm 2024', kind: 'quarter', start: '2024-01-01', end: '2024-03-31' },
        outputs: ['Báo cáo "kết quả"', 'Kế hoạch\nchi tiết'],
        group: 'Làm sạch | di trú', section: 'III', source: { line: 40 },
      },
      {
        id: 't2', no: '08', origin: 'section', text: '=1+1', lead: ['yes'], support: [],
        deadline: { raw: '08:30', kind: 'unknown', start: null, end: null },
        outputs: ['on', 'n', '1:20', '2024-01-02', '0123', '1e3', '0o17', '-x', '@sum', '+1'], source: { line: 60 },
      },
    ],
    tables: [],
    footnotes: [],
    citations: [
      { raw: 'Quyết định số 184/QĐ-UBND ngày 24/01/2024 của Chủ tịch UBND tỉnh', type: 'Quyết định', number: '184/QĐ-UBND', date: '2024-01-24', issuer: 'Chủ tịch UBND tỉnh' },
    ],
    recipients: ['Lưu: VT, VP.'],
    signature: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn Thêm' },
    warnings: [{ code: 'DUPLICATE_LABEL', message: 'duplicate label "II"' }],
  };
}

export function sampleRegistry(): Registry {
  return { schemaVersion: '1', generator: 'plan-extract 0.1.0', documents: [sampleDocument()] };
}
