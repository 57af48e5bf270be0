// A zip that is not a Word document says what it is: an Excel workbook, a PowerPoint deck, an
// OpenDocument file, an EPUB, or just a zip archive. (.xlsx once "converted" as an empty document.)
import { PlanExtractError } from '../../model/errors.js';
import type { ZipPackage } from './zip.js';

interface Kind {
  en: string;
  vi: string;
}

const EXCEL: Kind = { en: 'an Excel workbook (.xlsx)', vi: 'một bảng tính Excel (.xlsx)' };
const POWERPOINT: Kind = { en: 'a PowerPoint presentation (.pptx)', vi: 'một bản trình chiếu PowerPoint (.pptx)' };
const VISIO: Kind = { en: 'a Visio drawing (.vsdx)', vi: 'một bản vẽ Visio (.vsdx)' };
const XPS: Kind = { en: 'an XPS document (.xps)', vi: 'một tài liệu XPS (.xps)' };
const ZIP: Kind = { en: 'a zip archive', vi: 'một tệp nén zip' };

/** OpenDocument and EPUB name themselves in a "mimetype" entry. */
const MIMETYPES: Record<string, Kind> = {
  'application/vnd.oasis.opendocument.text': { en: 'an OpenDocument text (.odt)', vi: 'một văn bản OpenDocument (.odt)' },
  'application/vnd.oasis.opendocument.spreadsheet': { en: 'an OpenDocument spreadsheet (.ods)', vi: 'một bảng tính OpenDocument (.ods)' },
  'application/vnd.oasis.opendocument.presentation': { en: 'an OpenDocument presentation (.odp)', vi: 'một bản trình chiếu OpenDocument (.odp)' },
  'application/vnd.oasis.opendocument.graphics': { en: 'an OpenDocument drawing (.odg)', vi: 'một bản vẽ OpenDocument (.odg)' },
  'application/epub+zip': { en: 'an EPUB e-book', vi: 'một sách điện tử EPUB' },
};

/** The main part named by _rels/.rels, by its folder. */
const MAIN_FOLDERS: [RegExp, Kind][] = [
  [/^xl\//, EXCEL],
  [/^ppt\//, POWERPOINT],
  [/^visio\//, VISIO],
];

/** What a zip that has no Word main part is; null when it is a Word package (or may be one). */
export function otherPackage(zip: ZipPackage, mainPart: string | undefined): Kind | null {
  if (mainPart) {
    for (const [re, kind] of MAIN_FOLDERS) if (re.test(mainPart)) return kind;
    if (/^word\//.test(mainPart) || zip.has(mainPart)) return null;
  }
  if (zip.has('word/document.xml')) return null;
  const mimetype = zip.readText('mimetype')?.trim();
  if (mimetype && MIMETYPES[mimetype]) return MIMETYPES[mimetype];
  if (zip.has('xl/workbook.xml')) return EXCEL;
  if (zip.has('ppt/presentation.xml')) return POWERPOINT;
  if (zip.has('visio/document.xml')) return VISIO;
  if (zip.has('FixedDocumentSequence.fdseq')) return XPS;
  // Word parts without their main one: a damaged Word package (DOCX_NO_DOCUMENT), not another kind.
  for (const name of zip.entries.keys()) if (name.startsWith('word/')) return null;
  return ZIP;
}

export function notWord(kind: Kind): PlanExtractError {
  return new PlanExtractError('NOT_WORD', {
    en: `${kind.en}, not a Word document: plan-extract reads .docx, .doc, .pdf, .html and text`,
    vi: `đây là ${kind.vi}, không phải văn bản Word: plan-extract đọc .docx, .doc, .pdf, .html và văn bản thuần`,
  });
}
