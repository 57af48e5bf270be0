// Seeded mutations of real inputs, per format. Every function takes a PRNG and bytes and returns
// { bytes, what } — `what` names the mutation so a saved failure says how it was made.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { rewriteXref, xrefEntries } from './pdf-xref.mjs';

/** mulberry32: the same generator as test/robustness/prng.ts. */
export function rng(seed) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, between: (lo, hi) => lo + int(hi - lo + 1), pick: (xs) => xs[int(xs.length)] };
}

const concat = (...parts) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

// ---- any bytes ----
export const bytesMutators = {
  flips(r, b) {
    const out = new Uint8Array(b);
    const n = r.between(1, 24);
    for (let i = 0; i < n && out.length; i++) out[r.int(out.length)] ^= 1 << r.int(8);
    return { bytes: out, what: `${n} bit flips` };
  },
  truncate(r, b) {
    const at = r.between(1, Math.max(1, b.length - 1));
    return { bytes: b.subarray(0, at), what: `truncated at ${at} of ${b.length}` };
  },
  duplicate(r, b) {
    const from = r.int(b.length);
    const len = Math.min(b.length - from, r.between(1, 4096));
    const times = r.between(1, 40);
    const at = r.int(b.length);
    const chunk = b.subarray(from, from + len);
    return { bytes: concat(b.subarray(0, at), ...Array(times).fill(chunk), b.subarray(at)), what: `${len} bytes from ${from} inserted ${times}× at ${at}` };
  },
  remove(r, b) {
    const from = r.int(b.length);
    const len = r.between(1, 8192);
    return { bytes: concat(b.subarray(0, from), b.subarray(Math.min(b.length, from + len))), what: `${len} bytes removed at ${from}` };
  },
};

// ---- text (.txt, .md) ----
const MARKERS = ['a)', 'b)', '1.', 'I.', '-', '+', '(1)', '1.1.', 'Điều 1.', 'Chương I', '*', '•'];
const ODD = ['\u0000', '\u0001', '\u0007', '\u001b', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u202e', '\r', '\f', '\u2028', '\ud800'];
export const textMutators = {
  longLine(r, s) {
    const token = r.pick(['ngày ', 'a) ', '1.', 'Sở GDĐT, ', '|', 'x', '(', '**', '<sup>1</sup>', 'Số: ']);
    const line = token.repeat(Math.ceil(1_000_000 / token.length));
    const lines = s.split('\n');
    lines.splice(r.int(lines.length + 1), 0, line);
    return { text: lines.join('\n'), what: `a 1 MB line of "${token}"` };
  },
  manyLines(r, s) {
    const n = r.between(20_000, 100_000);
    const pick = r.next() < 0.5 ? () => r.pick(MARKERS) : (i) => `${r.pick(MARKERS)} ${i}`;
    return { text: `${s}\n${Array.from({ length: n }, (_, i) => pick(i)).join('\n')}`, what: `${n} short lines of list markers` };
  },
  controls(r, s) {
    const chars = [...s];
    const n = r.between(1, 2000);
    for (let i = 0; i < n; i++) chars.splice(r.int(chars.length + 1), 0, r.pick(ODD));
    return { text: chars.join(''), what: `${n} control / zero-width characters` };
  },
  deepNumbering(r, s) {
    const depth = r.between(20, 400);
    const lines = [];
    for (let d = 1; d <= depth; d++) lines.push(`${Array.from({ length: d }, () => '1').join('.')}. Nội dung mức ${d}`);
    return { text: `${s}\n${lines.join('\n')}`, what: `numbering ${depth} levels deep` };
  },
  table(r, s) {
    const rows = r.between(1000, 20000);
    const cols = r.between(1, 300);
    const row = `|${' x |'.repeat(cols)}`;
    return { text: `${s}\n${row}\n|${'---|'.repeat(cols)}\n${Array(rows).fill(row).join('\n')}`, what: `a ${rows}×${cols} pipe table` };
  },
};

// ---- Word XML parts ----
const DOCX_PARTS = ['word/document.xml', 'word/numbering.xml', 'word/footnotes.xml', 'word/styles.xml', 'word/endnotes.xml', 'word/settings.xml', '_rels/.rels', 'word/_rels/document.xml.rels', '[Content_Types].xml'];
export const xmlMutators = {
  unclosed(r, x) {
    const closes = [...x.matchAll(/<\/[^>]+>/g)];
    if (!closes.length) return { xml: x + '<w:p>', what: 'an unclosed tag at the end' };
    const m = r.pick(closes);
    return { xml: x.slice(0, m.index) + x.slice(m.index + m[0].length), what: `closing tag ${m[0]} removed` };
  },
  duplicate(r, x) {
    const els = [...x.matchAll(/<(w:p|w:tr|w:tc|w:tbl|w:r|w:num|w:abstractNum|w:footnote|w:style)\b[^>]*>[\s\S]*?<\/\1>/g)];
    if (!els.length) return { xml: x, what: 'nothing to duplicate' };
    const m = r.pick(els);
    const times = r.pick([2, 10, 500, 5000, 50_000]);
    const at = m.index + m[0].length;
    return { xml: x.slice(0, at) + m[0].repeat(times) + x.slice(at), what: `<${m[1]}> duplicated ${times}×` };
  },
  hugeAttribute(r, x) {
    const tags = [...x.matchAll(/<w:[A-Za-z]+\b/g)];
    if (!tags.length) return { xml: x, what: 'no tag' };
    const m = r.pick(tags);
    const at = m.index + m[0].length;
    const size = r.pick([10_000, 1_000_000, 8_000_000]);
    return { xml: `${x.slice(0, at)} w:val="${'9'.repeat(size)}"${x.slice(at)}`, what: `a ${size}-byte attribute on ${m[0]}` };
  },
  deepNesting(r, x) {
    const depth = r.pick([200, 1000, 20_000, 200_000]);
    const [open, close] = r.pick([
      ['<w:tbl><w:tr><w:tc>', '<w:p/></w:tc></w:tr></w:tbl>'],
      ['<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>'],
      ['<w:ins>', '</w:ins>'],
      ['<w:p><w:r><w:t>', '</w:t></w:r></w:p>'],
    ]);
    const at = x.indexOf('<w:body>');
    if (at < 0) return { xml: x, what: 'no body' };
    const i = at + 8;
    return { xml: x.slice(0, i) + open.repeat(depth) + close.repeat(depth) + x.slice(i), what: `${open} nested ${depth} deep` };
  },
  badNumbering(r, x) {
    const v = () => r.pick(['0', '-1', '99999', 'abc', '4294967296', '', '9', '1e9']);
    let n = 0;
    const out = x.replace(/<w:(numId|ilvl|abstractNumId|start|lvlRestart) w:val="[^"]*"/g, (m, k) => (r.next() < 0.5 ? (n++, `<w:${k} w:val="${v()}"`) : m));
    const lvl = out.replace(/w:lvlText w:val="[^"]*"/g, () => `w:lvlText w:val="${r.pick(['%1.%2.%3.%4.%5.%6.%7.%8.%9.%10', '%0', '%%%', '%1'.repeat(5000)])}"`);
    return { xml: lvl, what: `${n} numbering references changed, lvlText mangled` };
  },
  badNoteReferences(r, x) {
    let n = 0;
    const out = x.replace(/<w:(footnoteReference|endnoteReference) w:id="[^"]*"/g, (m, k) => (n++, `<w:${k} w:id="${r.pick(['-1', '0', '999999', 'x', '1'])}"`));
    const extra = Array.from({ length: r.between(1, 2000) }, () => `<w:r><w:footnoteReference w:id="${r.int(100000)}"/></w:r>`).join('');
    return { xml: out.replace(/<w:p\b([^>]*)>/, (m) => m + extra), what: `${n} note references changed, references to missing notes added` };
  },
  spans(r, x) {
    const v = () => r.pick(['0', '-1', '64', '1000000000', 'abc', '2']);
    let n = 0;
    let out = x.replace(/<w:gridSpan w:val="[^"]*"\/>/g, () => (n++, `<w:gridSpan w:val="${v()}"/>`));
    out = out.replace(/<w:tcPr>/g, (m) => (r.next() < 0.3 ? (n++, `${m}<w:vMerge${r.next() < 0.5 ? '' : ' w:val="restart"'}/><w:gridSpan w:val="${v()}"/>`) : m));
    out = out.replace(/<w:tblGrid>[\s\S]*?<\/w:tblGrid>/g, (m) => (r.next() < 0.5 ? '<w:tblGrid/>' : m));
    return { xml: out, what: `${n} gridSpan/vMerge values changed` };
  },
};

export function mutateDocx(r, b) {
  let files;
  try {
    files = unzipSync(b);
  } catch {
    return bytesMutators.flips(r, b);
  }
  const parts = Object.keys(files).filter((k) => DOCX_PARTS.includes(k) || /^word\/.*\.xml$/.test(k));
  const part = r.next() < 0.6 && files['word/document.xml'] ? 'word/document.xml' : r.pick(parts.length ? parts : Object.keys(files));
  const name = r.pick(Object.keys(xmlMutators));
  const { xml, what } = xmlMutators[name](r, strFromU8(files[part]));
  files[part] = strToU8(xml);
  return { bytes: zipSync(files, { level: 1 }), what: `${part}: ${what}` };
}

// ---- PDF ----
const latin1 = (b) => Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');
const fromLatin1 = (s) => new Uint8Array(Buffer.from(s, 'latin1'));
export const pdfMutators = {
  xref(r, b) {
    const entries = xrefEntries(b);
    if (!entries.length) return bytesMutators.flips(r, b);
    const picks = Array.from({ length: r.between(1, Math.min(6, entries.length)) }, () => r.pick(entries));
    const how = r.int(4);
    const f = [(e) => e.offset + r.between(-20, 20), () => r.int(b.length + 1000), (e) => entries[r.int(entries.length)].offset, () => 0][how];
    return { bytes: rewriteXref(b, picks, f, how === 3 ? () => r.int(5) : undefined), what: `${picks.length} xref entries changed (mode ${how})` };
  },
  streamLength(r, b) {
    let n = 0;
    const s = latin1(b).replace(/\/Length (\d+)/g, (m, v) => (r.next() < 0.3 ? (n++, `/Length ${r.pick([0, 1, Number(v) * 2, Number(v) - 1, 999999999])}`) : m));
    return { bytes: fromLatin1(s), what: `${n} stream lengths changed` };
  },
  objectNumbers(r, b) {
    let n = 0;
    const s = latin1(b).replace(/(\n|\r)(\d+) (\d+) obj/g, (m, nl, num, gen) => (r.next() < 0.2 ? (n++, `${nl}${r.pick([Number(num) + 1, 0, 1, 999999])} ${gen} obj`) : m));
    const refs = s.replace(/(\d+) 0 R\b/g, (m) => (r.next() < 0.05 ? (n++, `${r.int(100000)} 0 R`) : m));
    return { bytes: fromLatin1(refs), what: `${n} object numbers / references changed` };
  },
  fonts(r, b) {
    let n = 0;
    let s = latin1(b).replace(/\/BaseFont\s*\/[^\s/<>\[\]()]+/g, (m) => (r.next() < 0.5 ? (n++, `/BaseFont /${r.pick(['VNI-Times', '.VnTime', 'X', 'Symbol', 'ZapfDingbats', 'AAAAAA+' + 'x'.repeat(2000)])}`) : m));
    s = s.replace(/\/Subtype\s*\/(TrueType|Type0|Type1|CIDFontType2)/g, (m) => (r.next() < 0.3 ? (n++, `/Subtype /${r.pick(['Type3', 'Type0', 'Bogus'])}`) : m));
    s = s.replace(/\/(FirstChar|LastChar) (\d+)/g, (m, k) => (r.next() < 0.3 ? (n++, `/${k} ${r.pick([-1, 0, 65535, 4294967295])}`) : m));
    s = s.replace(/\/ToUnicode \d+ 0 R/g, (m) => (r.next() < 0.5 ? (n++, '') : m));
    return { bytes: fromLatin1(s), what: `${n} font entries changed` };
  },
};

export function mutatePdf(r, b) {
  const name = r.pick([...Object.keys(pdfMutators), 'flips', 'truncate', 'duplicate', 'remove']);
  return name in pdfMutators ? pdfMutators[name](r, b) : bytesMutators[name](r, b);
}

export function mutateText(r, b) {
  if (r.next() < 0.3) return bytesMutators[r.pick(Object.keys(bytesMutators))](r, b);
  const name = r.pick(Object.keys(textMutators));
  const { text, what } = textMutators[name](r, Buffer.from(b).toString('utf8'));
  return { bytes: strToU8(text), what };
}

export function mutateHtml(r, b) {
  if (r.next() < 0.4) return bytesMutators[r.pick(Object.keys(bytesMutators))](r, b);
  const s = Buffer.from(b).toString('utf8');
  const k = r.int(3);
  if (k === 0) {
    const depth = r.pick([500, 1400, 1600, 50_000]);
    return { bytes: strToU8(s.replace(/<body[^>]*>/i, (m) => m + '<div>'.repeat(depth))), what: `${depth} nested <div>` };
  }
  if (k === 1) {
    const rows = [...s.matchAll(/<tr\b[\s\S]*?<\/tr>/gi)];
    if (!rows.length) return bytesMutators.flips(r, b);
    const m = r.pick(rows);
    const times = r.pick([100, 10_000, 100_000]);
    return { bytes: strToU8(s.slice(0, m.index) + m[0].repeat(times) + s.slice(m.index)), what: `a <tr> duplicated ${times}×` };
  }
  return { bytes: strToU8(s.replace(/<td\b/gi, (m) => (r.next() < 0.3 ? `${m} colspan="${r.pick([0, -1, 1000, 1e9])}" rowspan="${r.pick([0, 65535, 1e9])}"` : m))), what: 'colspan/rowspan nonsense' };
}

export const MUTATE = { txt: mutateText, md: mutateText, docx: mutateDocx, pdf: mutatePdf, html: mutateHtml, doc: (r, b) => bytesMutators[r.pick(Object.keys(bytesMutators))](r, b) };
