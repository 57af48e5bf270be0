// The caption of a table: the nearest "PHỤ LỤC"/"Phụ lục I" line before it and the title under it.
import { isTextBlock, type Block } from '../model/document.js';
import { cleanCell } from './text.js';

/** An appendix line, alone or with its title after a colon: "PHỤ LỤC", "Phụ lục I", "PHỤ LỤC SỐ 02", "Phụ lục II: DANH MỤC…". */
export const APPENDIX_LINE_RE = /^(PHỤ LỤC|Phụ lục)(?:\s+(?:SỐ|số)\s*)?(?:\s+([IVXLC]+|\d{1,2}))?\s*(?:[.:–-]\s*(.*))?$/u;
/** The attachment note under an appendix title: "(Kèm theo Kế hoạch số /KH-SGDĐT ngày /01/2024 của Sở GDĐT)". */
export const ATTACHED_TO_RE = /^\(?\s*(?:Kèm|kèm|Ban hành kèm)\s+theo\b/u;
/** Lines under a title that describe a meeting, not the table: "Dự kiến: từ 07 giờ 30…", "Địa điểm: Phòng họp số 1…". */
export const NOT_TITLE_RE = /^(?:Dự kiến|Địa điểm|Thời gian|Thành phần)\s*:/u;

/** How far back a caption may be: an appendix title rarely takes more than a few lines. */
const LOOK_BACK = 8;

export interface TableCaption {
  /** The title under the appendix line ("Một số nhiệm vụ cụ thể của Kế hoạch…"). */
  caption?: string;
  /** The appendix line without its title ("PHỤ LỤC", "Phụ lục I"). */
  appendix?: string;
}

/** Look back from a table (blocksBefore ends right before it) to the nearest appendix line and its title. */
export function findCaption(blocksBefore: Block[]): TableCaption {
  const texts: string[] = [];
  for (let i = blocksBefore.length - 1; i >= 0 && texts.length < LOOK_BACK; i--) {
    const b = blocksBefore[i];
    if (b.type === 'table') break;
    if (!isTextBlock(b)) continue;
    const text = cleanCell(b.text);
    const m = APPENDIX_LINE_RE.exec(text);
    if (m) {
      const appendix = m[2] ? `${m[1]} ${m[2]}` : m[1];
      const caption = titleOf([...(m[3] ? [m[3]] : []), ...texts.reverse()]);
      return caption ? { appendix, caption } : { appendix };
    }
    texts.push(text);
  }
  return {};
}

/** The title lines right under the appendix line, up to the "(Kèm theo…)" note. */
function titleOf(lines: string[]): string | undefined {
  const parts: string[] = [];
  for (const line of lines) {
    if (ATTACHED_TO_RE.test(line) || NOT_TITLE_RE.test(line)) break;
    parts.push(line);
    if (parts.length === 3) break;
  }
  const title = parts.join(' ').trim();
  return title || undefined;
}
