// Text the page segmentation left out: tesseract's automatic layout (psm 3) sometimes takes a block
// of small, light print for a picture and reads nothing there (the "V/v tham gia ý kiến…" lines and
// the date of 1_4409.signed.pdf). Inked regions of the page that no OCR word covers and that are
// shaped like lines of text are cut out and read again on their own as one block (psm 6).
import { otsuThreshold, type Gray } from './image.js';
import type { OcrWord } from './types.js';

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Regions re-read per page, largest first: a bound on the extra time. */
const MAX_REGIONS = 6;
/** A cell holds ink when this share of its pixels is dark. */
const INK_SHARE = 0.03;

/** Uncovered inked regions shaped like text: at least two letter heights tall, a few words wide, not a seal or a frame. */
export function uncoveredText(img: Gray, words: OcrWord[], dpi: number): Region[] {
  const c = Math.max(4, Math.round(dpi / 25)); // ≈ 1 mm
  const gw = Math.ceil(img.width / c);
  const gh = Math.ceil(img.height / c);
  const t = Math.min(otsuThreshold(img), 200);
  const ink = new Uint8Array(gw * gh);
  const dark = new Uint16Array(gw * gh);
  for (let y = 0; y < img.height; y++) {
    const row = y * img.width;
    const gy = Math.floor(y / c) * gw;
    for (let x = 0; x < img.width; x++) if (img.data[row + x] <= t) dark[gy + Math.floor(x / c)]++;
  }
  const need = Math.max(2, Math.round(c * c * INK_SHARE));
  for (let i = 0; i < ink.length; i++) ink[i] = dark[i] >= need ? 1 : 0;
  // Whatever OCR read (text or noise), with a margin, is covered.
  for (const w of words) {
    const x0 = Math.max(0, Math.floor(w.left / c) - 1);
    const x1 = Math.min(gw - 1, Math.floor((w.left + w.width) / c) + 1);
    const y0 = Math.max(0, Math.floor(w.top / c) - 1);
    const y1 = Math.min(gh - 1, Math.floor((w.top + w.height) / c) + 1);
    for (let y = y0; y <= y1; y++) ink.fill(0, y * gw + x0, y * gw + x1 + 1);
  }
  // Letters of a line join across word spaces (3 cells), lines of a block across their leading (1 cell).
  const seen = new Uint8Array(gw * gh);
  const out: (Region & { fill: number })[] = [];
  for (let start = 0; start < ink.length; start++) {
    if (!ink[start] || seen[start]) continue;
    let minX = gw;
    let maxX = 0;
    let minY = gh;
    let maxY = 0;
    let n = 0;
    const stack = [start];
    seen[start] = 1;
    while (stack.length) {
      const i = stack.pop()!;
      const x = i % gw;
      const y = (i - x) / gw;
      n++;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      for (let dy = -2; dy <= 2; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= gh) continue;
        for (let dx = -3; dx <= 3; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= gw) continue;
          const j = yy * gw + xx;
          if (ink[j] && !seen[j]) {
            seen[j] = 1;
            stack.push(j);
          }
        }
      }
    }
    const w = maxX - minX + 1;
    const h = maxY - minY + 1;
    // Text: 2.5 mm to 40 mm tall, 15 mm wide or more, wider than tall, not touching the page edge (scan borders).
    if (h < 3 || h > 40 || w < 15 || w < h * 2) continue;
    if (minX === 0 || minY === 0 || maxX === gw - 1 || maxY === gh - 1) continue;
    const fill = n / (w * h);
    if (fill < 0.2) continue;
    out.push({ x: Math.max(0, (minX - 1) * c), y: Math.max(0, (minY - 1) * c), width: Math.min(img.width, (maxX + 2) * c) - Math.max(0, (minX - 1) * c), height: Math.min(img.height, (maxY + 2) * c) - Math.max(0, (minY - 1) * c), fill });
  }
  return out
    .sort((a, b) => b.width * b.height - a.width * a.height)
    .slice(0, MAX_REGIONS)
    .map(({ x, y, width, height }) => ({ x, y, width, height }));
}

export function crop(img: Gray, r: Region): Gray {
  const data = new Uint8Array(r.width * r.height);
  for (let y = 0; y < r.height; y++) data.set(img.data.subarray((r.y + y) * img.width + r.x, (r.y + y) * img.width + r.x + r.width), y * r.width);
  return { width: r.width, height: r.height, data };
}

/** Words read in region `r` (block numbers `block`…), moved to page coordinates. */
export function placeWords(words: OcrWord[], r: Region, block: number): OcrWord[] {
  return words.map((w) => ({ ...w, left: w.left + r.x, top: w.top + r.y, block: block + w.block }));
}

/** Words read again in a region that repeat a word the page read already (the region's box may reach over read text: a stamp's frame beside it) are dropped. */
export function newWordsOnly(words: OcrWord[], read: OcrWord[]): OcrWord[] {
  return words.filter((w) => {
    const area = w.width * w.height;
    return !read.some((r) => {
      const dx = Math.min(w.left + w.width, r.left + r.width) - Math.max(w.left, r.left);
      const dy = Math.min(w.top + w.height, r.top + r.height) - Math.max(w.top, r.top);
      return dx > 0 && dy > 0 && dx * dy > area * 0.3;
    });
  });
}
