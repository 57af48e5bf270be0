// Word sections: a w:sectPr closes its section (inside the last paragraph's w:pPr, the final one in
// w:body). Read ahead once so every paragraph knows its section's orientation and how it starts.
import { child, isElement, type XmlElement } from './xml.js';

export interface SectionInfo {
  orientation?: 'portrait' | 'landscape';
  /** How the section starts: nextPage (default), continuous, evenPage, oddPage, nextColumn. */
  start: string;
}

export function readSection(sectPr: XmlElement): SectionInfo {
  const info: SectionInfo = { start: child(sectPr, 'w:type')?.attrs['w:val'] ?? 'nextPage' };
  const pgSz = child(sectPr, 'w:pgSz');
  if (pgSz) {
    const w = Number(pgSz.attrs['w:w']);
    const h = Number(pgSz.attrs['w:h']);
    const orient = pgSz.attrs['w:orient'];
    if (orient === 'landscape' || (!orient && w > h)) info.orientation = 'landscape';
    else info.orientation = 'portrait';
  }
  return info;
}

/** All section properties of the body in document order (not those inside tracked-change records). */
export function collectSections(body: XmlElement): SectionInfo[] {
  const out: SectionInfo[] = [];
  const visit = (el: XmlElement): void => {
    for (const c of el.children) {
      if (!isElement(c)) continue;
      if (c.name === 'w:sectPr') out.push(readSection(c));
      else if (c.name === 'w:pPrChange' || c.name === 'w:sectPrChange' || c.name === 'w:tbl') continue;
      else if (c.name === 'w:p' || c.name === 'w:pPr' || c.name === 'w:sdt' || c.name === 'w:sdtContent' || c.name === 'w:customXml') visit(c);
    }
  };
  visit(body);
  if (out.length === 0) out.push({ start: 'nextPage' });
  return out;
}

/** Whether moving into a section of this start type begins a new page. */
export function startsNewPage(info: SectionInfo | undefined): boolean {
  return !info || info.start === 'nextPage' || info.start === 'evenPage' || info.start === 'oddPage';
}
