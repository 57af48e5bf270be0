import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import ExcelJS from 'exceljs';
import { emitCsv, csvField } from '../../src/emit/csv.js';
import { emitJson, emitNdjson } from '../../src/emit/json.js';
import { emitMd, mdCell } from '../../src/emit/md.js';
import { emitYaml } from '../../src/emit/yaml.js';
import { emitXlsx } from '../../src/emit/xlsx.js';
import { emit } from '../../src/emit/index.js';
import { sampleRegistry } from './fixture.js';

/** Minimal RFC 4180 reader for the tests: quoted fields may hold commas, quotes and CRLF. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  return rows;
}

describe('csv', () => {
  const csv = emitCsv(sampleRegistry());
  it('starts with a BOM and ends every line with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\r')).toBe(false);
  });
  it('quotes separators, quotes and line breaks (RFC 4180) and reads back', () => {
    const rows = readCsv(csv.slice(1));
    expect(rows[0].slice(0, 8)).toEqual(['documentId', 'documentNumber', 'documentDate', 'documentTitle', 'id', 'no', 'origin', 'text']);
    expect(rows).toHaveLength(3);
    const h = rows[0];
    const r1 = Object.fromEntries(h.map((k, i) => [k, rows[1][i]]));
    expect(r1.text).toBe('Rà soát quy hoạch; phát triển mạng lưới, cơ sở GDPT');
    expect(r1.lead).toBe('Phòng GDĐT các huyện và thành phố; Các đơn vị trực thuộc Sở GDĐT');
    expect(r1.outputs).toBe('Báo cáo "kết quả"; Kế hoạch\nchi tiết');
    expect(r1.deadlineKind).toBe('quarter');
    expect(r1.deadlineStart).toBe('2024-01-01');
    expect(r1.group).toBe('Làm sạch | di trú');
    expect(csv).toContain('"Rà soát quy hoạch; phát triển mạng lưới, cơ sở GDPT"');
  });
  it('keeps formula-like values as text', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('@sum')).toBe("'@sum");
    expect(csvField('Quý I')).toBe('Quý I');
    expect(csvField('=')).toBe('=');
    expect(csvField('>=')).toBe('>=');
    expect(csvField(95.2)).toBe('95.2');
    expect(csvField(null)).toBe('');
  });
  it('writes the other tables', () => {
    expect(readCsv(emitCsv(sampleRegistry(), 'targets').slice(1))[1]).toContain('95.2');
    expect(readCsv(emitCsv(sampleRegistry(), 'citations').slice(1))[1]).toContain('184/QĐ-UBND');
    const docs = readCsv(emitCsv(sampleRegistry(), 'documents').slice(1));
    const d = Object.fromEntries(docs[0].map((k, i) => [k, docs[1][i]]));
    expect(d).toMatchObject({ id: '171-KH-PGDĐT', tasks: '2', targets: '1', sections: '2', date: '2024-02-02' });
  });
});

describe('yaml', () => {
  const reg = sampleRegistry();
  const text = emitYaml(reg);
  it('reads back as the same data with a YAML 1.1 reader', () => {
    expect(parseYaml(text, { version: '1.1' })).toEqual(reg);
  });
  it('reads back as the same data with a YAML 1.2 reader', () => {
    expect(parseYaml(text)).toEqual(reg);
  });
  it('quotes ambiguous scalars and keeps numbers as numbers', () => {
    for (const s of ['yes', 'on', 'n', '08:30', '1:20', '2024-01-02', '0123', '1e3', '0o17', '08']) expect(text).toContain(`"${s}"`);
    expect(text).toContain('seq: 171');
    expect(text).toContain('value: 95.2');
  });
});

describe('json and ndjson', () => {
  it('json is pretty with two spaces', () => {
    const text = emitJson(sampleRegistry());
    expect(text.split('\n')[1]).toBe('  "schemaVersion": "1",');
    expect(JSON.parse(text)).toEqual(sampleRegistry());
  });
  it('ndjson has one document per line', () => {
    const lines = emitNdjson(sampleRegistry()).trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]).id).toBe('171-KH-PGDĐT');
  });
});

describe('md', () => {
  const md = emitMd(sampleRegistry());
  it('summarises the document for people', () => {
    expect(md).toContain('## KẾ HOẠCH: Tổ chức, triển khai thực hiện nhiệm vụ trọng tâm năm 2024');
    expect(md).toContain('171/KH-PGDĐT');
    expect(md).toContain('2 tasks, 1 targets');
    expect(md).toContain('`DUPLICATE_LABEL`');
  });
  it('escapes pipes and line breaks inside table cells', () => {
    expect(mdCell('a | b\nc')).toBe('a \\| b<br>c');
    const taskRows = md.split('\n').filter((l) => l.startsWith('| 1 |'));
    expect(taskRows).toHaveLength(1);
    expect(taskRows[0].split(/(?<!\\)\|/).length).toBe(8);
  });
});

describe('xlsx', () => {
  it('has the Tasks, Targets and Documents sheets with a frozen bold header and text-only cells', async () => {
    const bytes = await emitXlsx(sampleRegistry());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tasks', 'Targets', 'Documents']);
    const tasks = wb.getWorksheet('Tasks')!;
    expect(tasks.getRow(1).getCell(1).value).toBe('documentId');
    expect(tasks.getRow(1).font?.bold ?? tasks.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(tasks.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(tasks.rowCount).toBe(3);
    const textCol = (tasks.getRow(1).values as unknown[]).indexOf('text');
    const formulaLike = tasks.getRow(3).getCell(textCol);
    expect(formulaLike.value).toBe('=1+1');
    expect(formulaLike.type).toBe(ExcelJS.ValueType.String);
    expect(tasks.getColumn(textCol).width).toBeGreaterThan(10);
    const targets = wb.getWorksheet('Targets')!;
    expect(targets.getRow(2).getCell((targets.getRow(1).values as unknown[]).indexOf('value')).value).toBe(95.2);
  });
  it('is chosen by emit()', async () => {
    const out = await emit(sampleRegistry(), 'xlsx');
    expect(out).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(out as Uint8Array).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
