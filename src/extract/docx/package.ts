// The OOXML package: which parts make the Word document, found through the relationships
// (_rels/.rels → main part → its .rels), with the conventional names as a fallback.
import { PlanExtractError } from '../../model/errors.js';
import { missingDocument } from './errors.js';
import { notWord, otherPackage } from './package-kind.js';
import { parseXml, rootElement, children, type XmlElement, type XmlLimits } from './xml.js';
import type { ZipPackage } from './zip.js';

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
/** Relationship type suffix → the part it names. */
const PART_TYPES: Record<string, keyof Omit<WordParts, 'document'>> = {
  styles: 'styles',
  numbering: 'numbering',
  footnotes: 'footnotes',
  endnotes: 'endnotes',
  settings: 'settings',
};

export interface WordParts {
  document: string;
  styles?: string;
  numbering?: string;
  footnotes?: string;
  endnotes?: string;
  settings?: string;
}

function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const dir = base.includes('/') ? base.slice(0, base.lastIndexOf('/') + 1) : '';
  const parts: string[] = [];
  for (const seg of (dir + target).split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function relationships(zip: ZipPackage, relsPath: string, base: string, limits: XmlLimits): { type: string; target: string }[] {
  const xml = zip.readText(relsPath);
  if (xml === null) return [];
  let root: XmlElement | undefined;
  try {
    root = rootElement(parseXml(xml, relsPath, limits));
  } catch (e) {
    // A broken relationships part is not fatal: the conventional part names still work.
    if (e instanceof PlanExtractError && e.code === 'DOCX_BAD_XML') return [];
    throw e;
  }
  return children(root, 'Relationship')
    .filter((r) => r.attrs.TargetMode !== 'External' && r.attrs.Target)
    .map((r) => ({ type: r.attrs.Type ?? '', target: resolveTarget(base, r.attrs.Target) }));
}

export function findWordParts(zip: ZipPackage, limits: XmlLimits): WordParts {
  const main = relationships(zip, '_rels/.rels', '', limits).find((r) => REL_OFFICE_DOCUMENT.test(r.type))?.target;
  const other = otherPackage(zip, main);
  if (other) throw notWord(other);
  const document = main && zip.has(main) ? main : 'word/document.xml';
  if (!zip.has(document)) throw missingDocument();
  const parts: WordParts = { document };
  const dir = document.slice(0, document.lastIndexOf('/') + 1);
  const relsPath = `${dir}_rels/${document.slice(dir.length)}.rels`;
  for (const rel of relationships(zip, relsPath, document, limits)) {
    const kind = PART_TYPES[rel.type.slice(rel.type.lastIndexOf('/') + 1)];
    if (kind && zip.has(rel.target)) parts[kind] = rel.target;
  }
  for (const kind of Object.values(PART_TYPES)) {
    if (!parts[kind] && zip.has(`${dir}${kind}.xml`)) parts[kind] = `${dir}${kind}.xml`;
  }
  return parts;
}

export function readPart(zip: ZipPackage, path: string | undefined, limits: XmlLimits): XmlElement | undefined {
  if (!path) return undefined;
  const xml = zip.readText(path);
  return xml === null ? undefined : parseXml(xml, path, limits);
}
