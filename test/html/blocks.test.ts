// Small hand-made pages: block order, inline joining, formatting hints, footnotes, chrome removal.
import { describe, expect, it } from 'vitest';
import { DOC_HEAD, fromHtml, page, textBlocks, texts } from './helpers.js';

describe('content region', () => {
  it('reads the document, not the menus, header, footer, scripts, styles or hidden parts', async () => {
    const m = await fromHtml(page(`${DOC_HEAD}<p>1. Nội dung một.</p><div style="display: none">Ẩn đi</div><p hidden>Cũng ẩn</p><noscript>Bật JavaScript</noscript><template><p>Mẫu</p></template>`));
    const all = texts(m);
    expect(all).toContain('1. Nội dung một.');
    for (const chrome of ['TRANG CHỦ', 'GIỚI THIỆU', 'Cổng thông tin', 'Đơn vị chủ quản', 'Trang chủ', 'Ẩn đi', 'Cũng ẩn', 'Bật JavaScript', 'Mẫu', 'color:red', 'Văn bản']) {
      expect(m.text, chrome).not.toContain(chrome);
    }
    expect(m.warnings).toEqual([]);
  });

  it('takes the container with the most document markers, leaving sibling chrome lists out', async () => {
    const html = `<html><body><div class="wrap"><ul class="links"><li>Văn bản mới</li><li>Văn bản liên quan</li></ul>
      <div class="doc">${DOC_HEAD}<p>Điều 1. Phạm vi</p><p>Nơi nhận:</p></div><div class="aside-box">Tin nổi bật hôm nay</div></div></body></html>`;
    const t = texts(await fromHtml(html));
    expect(t[0]).toBe('ỦY BAN NHÂN DÂN TỈNH X');
    expect(t).not.toContain('Văn bản mới');
    expect(t).not.toContain('Tin nổi bật hôm nay');
  });

  it('a long list of links beside the document is chrome; a long appendix without markers is document', async () => {
    const links = Array.from({ length: 20 }, (_, i) => `<li><a href="/vb/${i}">Quyết định số ${i}/QĐ-UBND về việc ban hành quy chế</a></li>`).join('');
    const appendix = `<p>PHỤ LỤC</p><p>${'Danh mục nhiệm vụ trọng tâm của các sở, ngành. '.repeat(8)}</p>`;
    const withLinks = texts(await fromHtml(`<html><body><div><div class="doc">${DOC_HEAD}<p>Điều 1. Phạm vi</p></div><div class="rel"><ul>${links}</ul></div></div></body></html>`));
    expect(withLinks).toContain('Điều 1. Phạm vi');
    expect(withLinks.filter((x) => x.startsWith('Quyết định số'))).toEqual([]);
    const withAppendix = texts(await fromHtml(`<html><body><div><div class="doc">${DOC_HEAD}<p>Điều 1. Phạm vi</p></div><div class="more">${appendix}</div></div></body></html>`));
    expect(withAppendix).toContain('PHỤ LỤC');
  });

  it('a page with no document markers is read whole, with a warning', async () => {
    const m = await fromHtml('<html><body><p>Xin chào</p><p>Không có gì</p></body></html>');
    expect(texts(m)).toEqual(['Xin chào', 'Không có gì']);
    expect(m.warnings.map((w) => w.code)).toEqual(['HTML_NO_DOCUMENT_REGION']);
  });

  it('a page without text gives an empty model', async () => {
    const m = await fromHtml('<html><head><script>1</script></head><body><script>x()</script></body></html>');
    expect(m.children).toEqual([]);
  });
});

describe('blocks and inline text', () => {
  it('joins words split across inline elements without adding spaces; collapses whitespace; decodes entities', async () => {
    const m = await fromHtml(page(`${DOC_HEAD}<p>Tên d<span>ự án</span> &amp; Chính ph<b>ủ</b>\n   mới&nbsp;&nbsp;nhất &#7889;c &lt;x&gt;</p>`));
    expect(texts(m)).toContain('Tên dự án & Chính phủ mới nhất ốc <x>');
  });

  it('keeps block order: a div with its own text, then nested paragraphs, then the text after them', async () => {
    const m = await fromHtml(page(`${DOC_HEAD}<div>Đoạn trực tiếp<p>Đoạn con</p>đoạn sau</div>`));
    const t = texts(m);
    expect(t.slice(t.indexOf('Đoạn trực tiếp'))).toEqual(['Đoạn trực tiếp', 'Đoạn con', 'đoạn sau']);
  });

  it('h1–h6 give a heading level; li keeps its printed marker and gets none invented', async () => {
    const m = await fromHtml(page(`${DOC_HEAD}<h2>I. MỤC ĐÍCH</h2><ol><li>Không số in sẵn</li><li>2. Có số in sẵn</li></ol><ul><li>- Gạch đầu dòng</li></ul>`));
    const blocks = textBlocks(m);
    const h = blocks.find((b) => b.text === 'I. MỤC ĐÍCH');
    expect(h).toMatchObject({ type: 'heading', headingLevel: 2, marker: 'I.' });
    expect(blocks.find((b) => b.text === 'Không số in sẵn')?.type).toBe('paragraph');
    expect(blocks.find((b) => b.text === '2. Có số in sẵn')).toMatchObject({ type: 'listItem', marker: '2.' });
    expect(blocks.find((b) => b.text === '- Gạch đầu dòng')).toMatchObject({ type: 'listItem', marker: '-' });
  });

  it('bold/italic only when the whole block has it (tags and inline style); alignment from attribute or style', async () => {
    const m = await fromHtml(page(`${DOC_HEAD}<p align="center"><strong>TOÀN BỘ ĐẬM</strong></p><p>Một phần <b>đậm</b> thôi.</p><p style="text-align:right"><span style="font-style: italic">Nghiêng cả đoạn</span></p><p><span style="font-weight:700">Đậm theo style</span></p>`));
    const by = (t: string) => textBlocks(m).find((b) => b.text === t);
    expect(by('TOÀN BỘ ĐẬM')).toMatchObject({ bold: true, align: 'center' });
    expect(by('Một phần đậm thôi.')?.bold).toBeUndefined();
    expect(by('Nghiêng cả đoạn')).toMatchObject({ italic: true, align: 'right' });
    expect(by('Đậm theo style')?.bold).toBe(true);
  });

  it('<br>: a new block after a sentence end, before a marker or Nơi nhận, or where the style changes; else the line runs on', async () => {
    const m = await fromHtml(page(`${DOC_HEAD}<p>Dòng bị ngắt<br>giữa câu vẫn là một đoạn</p><p>Hết câu.<br>Câu mới</p><p>Mở đầu<br>a) Điểm a<br>- Gạch</p><p><b>TIÊU ĐỀ</b><br><i>(Kèm theo Kế hoạch)</i></p>`));
    const t = texts(m);
    expect(t).toContain('Dòng bị ngắt giữa câu vẫn là một đoạn');
    expect(t).toEqual(expect.arrayContaining(['Hết câu.', 'Câu mới', 'Mở đầu', 'a) Điểm a', '- Gạch', 'TIÊU ĐỀ', '(Kèm theo Kế hoạch)']));
  });

  it('footnotes: sup marks become references, Word-HTML note bodies become footnotes; m<sup>2</sup> stays text', async () => {
    const m = await fromHtml(page(`${DOC_HEAD}<p>Diện tích 50 m<sup>2</sup> đất<sup>1</sup> và nhà<a href="#_ftn2" name="_ftnref2"><sup>[2]</sup></a>.</p>
      <div id="ftn1"><p><a href="#_ftnref1">[1]</a> Chú thích một.</p></div><div id="_ftn2"><p>[2] Chú thích hai.</p></div>`));
    const p = textBlocks(m).find((b) => b.text.startsWith('Diện tích'));
    expect(p?.text).toBe('Diện tích 50 m2 đất và nhà.');
    expect(p?.footnoteRefs).toEqual(['1', '2']);
    const notes = m.children.filter((b) => b.type === 'footnote');
    expect(notes.map((n) => n.type === 'footnote' && [n.mark, n.text])).toEqual([
      ['1', 'Chú thích một.'],
      ['2', 'Chú thích hai.'],
    ]);
  });

  it('<pre> gives one block per line', async () => {
    const m = await fromHtml(page(`${DOC_HEAD}<pre>Dòng một\nDòng hai</pre>`));
    expect(texts(m)).toEqual(expect.arrayContaining(['Dòng một', 'Dòng hai']));
  });

  it('positions point into the model text', async () => {
    const m = await fromHtml(page(`${DOC_HEAD}<p>1. Nội dung.</p>`));
    for (const b of textBlocks(m)) expect(m.text.slice(b.position!.start.offset, b.position!.end.offset)).toBe(b.text);
  });
});
