// Each LibreOffice rendering of a seed (fixtures/pdf, from fixtures/docx) must give the same registry
// as the seed .txt. Allowed differences, field by field (everything else must be equal):
// - source (path, format, sha256, pages) and every nested `source`: a different file, positions in it.
// - warnings: reader-specific (the .txt page-break artefacts, PDF font notes).
// - meta.issuer: the fixture's header table adds the issuing body (fixtures/docx/build-fixtures.mjs
//   ISSUERS), which the .txt lacks or guesses from the body.
// - tables[].pages and spans: the PDF knows pages and merged cells; covered cells are compared empty,
//   as the .txt shows them (002 Phụ lục I "2" / "7h35' - 11h00'").
// - citations: the same set; a footnote's citations come where the page prints the footnote.
// - JOINED_BY_RENDERING: LibreOffice sets a paragraph that ends with a footnote reference and the
//   next paragraph on one line (001 page 1: "…(tăng 91 học sinh).¹ Tổng số có 82 điểm…"), so the page
//   itself shows one paragraph; the .txt's two paragraphs are compared joined.
// - Markdown heading lines of the .txt ("#### 2. Quy hoạch …. Tăng cường …") are a heading as a whole;
//   the fixture renders them as plain numbered paragraphs (not bold), so the PDF splits heading and
//   text at the first sentence end like any numbered paragraph: compared as heading + paragraphs.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ISSUERS } from '../../fixtures/docx/build-fixtures.mjs';

const SEEDS = ['000_2cb036a4f30d648d', '001_eb04ff3914c6f1ad', '002_ee21ab449407d70d', '003_731ef92cda07baf8', '004_ceed5cc17a5fa85e'];
const seedsDir = new URL('../../../shared/seeds/', import.meta.url).pathname;
const pdfDir = new URL('../../fixtures/pdf/', import.meta.url).pathname;

/** The end of a .txt paragraph that the rendering runs into the next one (see the header). */
const JOINED_BY_RENDERING: Record<string, string[]> = {
  '001_eb04ff3914c6f1ad': ['15.314 học sinh (tăng 91 học sinh).'],
};
/** "#### 2. Quy hoạch, …": a markdown heading line of the .txt, its marker and text. */
const MD_HEADING = /^#+\s*(?:\*+)?\s*(\S+?)\.?\s+(.*?)\**\s*$/u;

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

let extractFile: ((path: string) => Promise<Json>) | null = null;
try {
  extractFile = (await import('../../src/pipeline.js')).extractFile as (path: string) => Promise<Json>;
} catch (e) {
  console.warn(`test/pdf/parity.test.ts skipped: the pipeline does not load yet (${(e as Error).message})`);
}
const present = SEEDS.every((s) => existsSync(`${pdfDir}${s}.pdf`) && existsSync(`${seedsDir}${s}.txt`));
if (!present) console.warn('test/pdf/parity.test.ts skipped: fixtures/pdf or /work/shared/seeds missing');

function stripSource(o: Json): Json {
  if (Array.isArray(o)) return o.map(stripSource);
  if (o && typeof o === 'object') {
    const out: Json = {};
    for (const [k, v] of Object.entries(o)) if (k !== 'source') out[k] = stripSource(v);
    return out;
  }
  return o;
}

const docOf = (r: Json): Json => r.documents?.[0] ?? r;

/** Tables with merges resolved back to the .txt view: covered cells empty, no spans/pages. */
function asTxtTables(tables: Json[]): Json[] {
  return tables.map((t) => {
    const rows = t.rows.map((r: Json) => (Array.isArray(r) ? [...r] : r));
    for (const s of t.spans ?? []) {
      for (let dr = 0; dr < (s.rowSpan ?? 1); dr++) {
        for (let dc = 0; dc < (s.colSpan ?? 1); dc++) if ((dr || dc) && Array.isArray(rows[s.row + dr])) rows[s.row + dr][s.col + dc] = '';
      }
    }
    const { spans: _spans, pages: _pages, ...rest } = t;
    return { ...rest, rows };
  });
}

/** Join the .txt paragraphs the rendering runs together. */
function joinRendered(sections: Json[], ends: string[]): Json[] {
  return sections.map((s) => {
    const paragraphs: string[] = [];
    for (const p of s.paragraphs ?? []) {
      const prev = paragraphs[paragraphs.length - 1];
      if (prev !== undefined && ends.some((e) => prev.endsWith(e))) paragraphs[paragraphs.length - 1] = `${prev} ${p}`;
      else paragraphs.push(p);
    }
    return { ...s, paragraphs, children: joinRendered(s.children ?? [], ends) };
  });
}

/** "label heading" of every markdown heading line of the seed. */
function markdownHeadings(seed: string): Set<string> {
  const out = new Set<string>();
  for (const line of readFileSync(`${seedsDir}${seed}.txt`, 'utf8').split('\n')) {
    const m = MD_HEADING.exec(line.trim());
    if (m) out.add(`${m[1]} ${m[2].replace(/[.:;]$/u, '')}`.normalize('NFC'));
  }
  return out;
}

/** A section from a markdown heading line: heading and paragraphs as one running text. */
function flattenMarkdown(sections: Json[], md: Set<string>): Json[] {
  return sections.map((s) => {
    const children = flattenMarkdown(s.children ?? [], md);
    if (!md.has(`${s.label} ${s.heading}`)) return { ...s, children };
    return { ...s, heading: '(markdown heading)', paragraphs: [runningText([s.heading, ...(s.paragraphs ?? [])])], children };
  });
}

/** Apply the same flattening to the PDF side, keyed by the .txt's section paths. */
function flattenLike(pdf: Json[], txt: Json[], md: Set<string>): Json[] {
  return pdf.map((s, i) => {
    const t = txt[i];
    const children = flattenLike(s.children ?? [], t?.children ?? [], md);
    if (!t || !md.has(`${t.label} ${t.heading}`)) return { ...s, children };
    return { ...s, heading: '(markdown heading)', paragraphs: [runningText([s.heading, ...(s.paragraphs ?? [])])], children };
  });
}

/** Heading and text as one run of words: the split drops the stop that ended the heading. */
const runningText = (parts: string[]): string => parts.join(' ').replace(/[.:;](?=\s)/gu, '');

const byRaw = (a: Json, b: Json): number => String(a.raw).localeCompare(String(b.raw));

describe.skipIf(!extractFile || !present)('PDF renderings give the same registry as their .txt', () => {
  for (const seed of SEEDS) {
    it(seed, async () => {
      const txt = stripSource(docOf(await extractFile!(`${seedsDir}${seed}.txt`)));
      const pdf = stripSource(docOf(await extractFile!(`${pdfDir}${seed}.pdf`)));
      expect(pdf.id).toBe(txt.id);
      const { issuer: pdfIssuer, ...pdfMeta } = pdf.meta;
      const { issuer: _txtIssuer, ...txtMeta } = txt.meta;
      expect(pdfMeta).toEqual(txtMeta);
      // The issuer comes from the header table the fixture added.
      const [, lowerLine] = ISSUERS[seed.slice(0, 3) as keyof typeof ISSUERS];
      expect(pdfIssuer?.name).toContain(lowerLine);

      const md = markdownHeadings(seed);
      const txtSections = joinRendered(txt.sections, JOINED_BY_RENDERING[seed] ?? []);
      expect(flattenLike(pdf.sections, txtSections, md), 'sections').toEqual(flattenMarkdown(txtSections, md));
      for (const field of ['targets', 'tasks', 'footnotes', 'recipients', 'signature']) {
        expect(pdf[field], field).toEqual(txt[field]);
      }
      expect(asTxtTables(pdf.tables)).toEqual(asTxtTables(txt.tables));
      expect([...pdf.citations].sort(byRaw)).toEqual([...txt.citations].sort(byRaw));
    }, 60_000);
  }
});
