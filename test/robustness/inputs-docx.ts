// Builders of hostile .docx packages: damaged zips, mutated parts, and small hand-made documents.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { REPO } from '../helpers/seeds.js';
import type { Rng } from './prng.js';

export const DOCX_DIR = join(REPO, 'fixtures/docx');

export function docxFixtures(): { name: string; bytes: Uint8Array }[] {
  return readdirSync(DOCX_DIR)
    .filter((f) => f.endsWith('.docx'))
    .sort()
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(DOCX_DIR, f))) }));
}

export { documentXml, makeDocx, partXml, type DocxParts } from '../helpers/docx-package.js';

export const para = (text: string, pPr = ''): string =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
export const numPr = (numId: string | number, ilvl: string | number = 0): string =>
  `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
export const cell = (text: string, tcPr = ''): string => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${para(text)}</w:tc>`;
export const row = (...cells: string[]): string => `<w:tr>${cells.join('')}</w:tr>`;
export const table = (...rows: string[]): string => `<w:tbl><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>${rows.join('')}</w:tbl>`;

/** Replace one entry of a package (stored uncompressed so the zip itself stays valid). */
export function withEntry(docx: Uint8Array, name: string, data: string | Uint8Array | null): Uint8Array {
  const files: Zippable = unzipSync(docx);
  if (data === null) delete files[name];
  else files[name] = typeof data === 'string' ? strToU8(data) : data;
  return zipSync(files, { level: 0 });
}

export function entryText(docx: Uint8Array, name: string): string {
  return strFromU8(unzipSync(docx)[name]);
}

/** Flip a few random bits anywhere in the bytes. */
export function flipBytes(r: Rng, bytes: Uint8Array, flips: number, from = 0, to = bytes.length): Uint8Array {
  const out = new Uint8Array(bytes);
  for (let i = 0; i < flips; i++) out[r.between(from, to - 1)] ^= 1 << r.int(8);
  return out;
}

/** Attribute values that stress the semantic code: huge, negative, fractional, non-numbers, long. */
const HOSTILE_VALUES = [
  '0', '-1', '-2147483648', '2147483647', '4294967296', '1e9', '1e21', '1e308', 'Infinity', '-Infinity', 'NaN', '', ' ', '1.5', '0x10',
  '99999999999999999999', 'restart', 'continue', 'true', 'false', 'on', 'off', 'bullet', 'decimal', 'upperRoman', 'lowerLetter', '%1.%2.%9.',
  '%0', '%', 'x'.repeat(1000), '__proto__', 'constructor', 'toString', 'hasOwnProperty',
];

/** Replace random w:* attribute values in an XML part with hostile ones; the XML stays well-formed. */
export function mutateAttributes(r: Rng, xml: string, count: number): string {
  const spots = [...xml.matchAll(/ (w:[A-Za-z]+)="([^"]*)"/g)];
  if (!spots.length) return xml;
  const chosen = new Map<number, string>();
  for (let i = 0; i < count; i++) {
    const m = r.pick(spots);
    chosen.set(m.index!, ` ${m[1]}="${r.pick(HOSTILE_VALUES)}"`);
  }
  let out = '';
  let at = 0;
  for (const m of spots) {
    const repl = chosen.get(m.index!);
    if (repl === undefined) continue;
    out += xml.slice(at, m.index!) + repl;
    at = m.index! + m[0].length;
  }
  return out + xml.slice(at);
}

/** Cut, duplicate or drop a random slice of text: usually malformed XML. */
export function mangleXml(r: Rng, xml: string): string {
  const a = r.int(xml.length);
  const b = Math.min(xml.length, a + r.between(1, 400));
  switch (r.int(4)) {
    case 0:
      return xml.slice(0, a);
    case 1:
      return xml.slice(0, a) + xml.slice(b);
    case 2:
      return xml.slice(0, b) + xml.slice(a);
    default:
      return xml.slice(0, a) + r.pick(['<', '>', '&', '&amp', '<w:p>', '</w:p>', '<![CDATA[', '<!--', '<?x', '"', "'", '\u0000', '\uffff']) + xml.slice(a);
  }
}

/** Moving whole elements keeps XML well-formed but breaks the structure Word promises (cells outside rows, rows outside tables…). */
const MOVABLE = ['w:p', 'w:tbl', 'w:tr', 'w:tc', 'w:r', 'w:pPr', 'w:tcPr', 'w:numPr', 'w:sectPr', 'w:footnoteReference'];

export function shuffleElements(r: Rng, xml: string, moves: number): string {
  let out = xml;
  for (let i = 0; i < moves; i++) {
    const name = r.pick(MOVABLE);
    // Leaf-ish elements only: open tag to the nearest close tag of that name, no same-name element inside.
    const re = new RegExp(`<${name}(?:\\s[^>]*)?>(?:(?!<${name}[\\s>]).)*?</${name}>|<${name}(?:\\s[^>]*)?/>`, 'gs');
    const found = [...out.matchAll(re)];
    if (!found.length) continue;
    const m = r.pick(found);
    const without = out.slice(0, m.index!) + out.slice(m.index! + m[0].length);
    // Insert right after some other tag's end.
    const ends = [...without.matchAll(/>/g)];
    const at = ends.length ? r.pick(ends).index! + 1 : 0;
    out = r.next() < 0.2 ? without : without.slice(0, at) + m[0] + without.slice(at);
  }
  return out;
}
