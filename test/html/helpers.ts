// Reading HTML through the extractor in tests; 'html' is not yet in SourceFormat (the lead adds it).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block, DocumentModel, SourceFormat, TableBlock, TextBlock } from '../../src/model/document.js';
import { isTextBlock } from '../../src/model/document.js';
import type { PlanDocument } from '../../src/model/registry.js';
import { extract } from '../../src/extract/html/index.js';
import { recognise } from '../../src/recognise/index.js';
import { CORPUS_DIR } from '../helpers/seeds.js';

export const HTML_FORMAT = 'html' as string as SourceFormat;

export function corpusHtml(name: string): string | null {
  const p = join(CORPUS_DIR, 'vbpl-layout-detection', name);
  return existsSync(p) ? p : null;
}

export async function readHtml(path: string): Promise<DocumentModel> {
  return extract({ bytes: readFileSync(path), path, format: HTML_FORMAT }, {});
}

export async function fromHtml(html: string | Uint8Array): Promise<DocumentModel> {
  const bytes = typeof html === 'string' ? new TextEncoder().encode(html) : html;
  return extract({ bytes, path: 'test.html', format: HTML_FORMAT }, {});
}

export function recogniseModel(model: DocumentModel, path: string): PlanDocument {
  return recognise(model, { path, format: HTML_FORMAT, sha256: '0'.repeat(64) });
}

export function texts(model: DocumentModel): string[] {
  return model.children.filter(isTextBlock).map((b) => b.text);
}

export function textBlocks(model: DocumentModel): TextBlock[] {
  return model.children.filter(isTextBlock);
}

export function tables(model: DocumentModel): TableBlock[] {
  return model.children.filter((b: Block): b is TableBlock => b.type === 'table');
}

export function cellTexts(t: TableBlock, row: number): string[] {
  return t.rows[row].cells.map((c) => c.text);
}

/** A page with the document inside site chrome, as portals serve it. */
export function page(body: string, chrome = true): string {
  const nav = chrome ? '<nav><ul><li>TRANG CHỦ</li><li>GIỚI THIỆU</li></ul></nav><div class="site-header">Cổng thông tin</div>' : '';
  const foot = chrome ? '<footer>Đơn vị chủ quản: Bộ Tư pháp</footer><script>var menu = "Trang chủ";</script>' : '';
  return `<!DOCTYPE html><html><head><title>Văn bản</title><style>p{color:red}</style></head><body>${nav}<main><div class="content">${body}</div></main>${foot}</body></html>`;
}

/** The NĐ 30 header table and a short body, enough for the region finder. */
export const DOC_HEAD = `<table><tr><td><p><b>ỦY BAN NHÂN DÂN TỈNH X</b><br>-------</p><p>Số: 12/KH-UBND</p></td>
<td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>---------------</b></p><p><i>X, ngày 05 tháng 3 năm 2025</i></p></td></tr></table>
<p align="center"><b>KẾ HOẠCH</b></p><p align="center"><b>Triển khai nhiệm vụ năm 2025</b></p>
<p>Căn cứ Luật Tổ chức chính quyền địa phương;</p>`;
