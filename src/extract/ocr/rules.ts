// Ruling lines on a page image: long thin runs of dark pixels, horizontal and vertical, found on the
// levelled grey image and handed back as the same segments the PDF reader gets from the operator
// list (src/extract/pdf/ops.ts), so a scanned ruled table goes through the same grid code.
import type { Gray } from './image.js';

/** A rule in pixels of the page image: horizontal (y0 == y1) or vertical (x0 == x1). */
export interface PixelRule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** The dark runs it is made of (kept only to erase it from the image). */
  runs?: Run[];
}

export interface PageRules {
  h: PixelRule[];
  v: PixelRule[];
  /** The box of each table frame, [x0, y0, x1, y1] in pixels. */
  frames: [number, number, number, number][];
}

/** Shortest rule, in inches: a cell as narrow as "TT" is ~0.3 in wide; a dash or a letter is far shorter. */
const MIN_LENGTH_IN = 0.22;
/** Thickest rule, in inches: a scanned 1-pt rule is 2–5 px at 200 dpi; a black scan border is far thicker. */
const MAX_THICK_IN = 0.035;
/** Light breaks in a scanned rule (JPEG, thin toner) are bridged up to this many pixels. */
const GAP_PX = 2;
/** A rule pixel is at least this much darker than the paper: scanned rules are faint grey (≈ 170–195 on paper ≈ 242, 1_4552 p. 5). */
const INK_CONTRAST = 35;

/** The paper's grey level: the most frequent light level. */
export function paperLevel(img: Gray): number {
  const hist = new Uint32Array(256);
  // Every 7th pixel is plenty for a histogram.
  for (let i = 0; i < img.data.length; i += 7) hist[img.data[i]]++;
  let best = 255;
  for (let t = 128; t < 256; t++) if (hist[t] > hist[best]) best = t;
  return best;
}

export interface Run {
  /** Row (horizontal) or column (vertical) index. */
  at: number;
  lo: number;
  hi: number;
  group: number;
}

/**
 * Long dark runs of each row (or column, `vertical`), bridged over short light breaks.
 * `minLen` and the image are in pixels.
 */
function runs(img: Gray, vertical: boolean, minLen: number, ink: number): Run[] {
  if (vertical) return columnRuns(img, minLen, ink);
  const { width: w, height: h, data } = img;
  const lines = vertical ? w : h;
  const len = vertical ? h : w;
  const out: Run[] = [];
  for (let a = 0; a < lines; a++) {
    let start = -1;
    let last = -1;
    for (let b = 0; b <= len; b++) {
      const dark = b < len && data[vertical ? b * w + a : a * w + b] <= ink;
      if (dark) {
        if (start < 0) start = b;
        last = b;
      } else if (start >= 0 && b - last > GAP_PX) {
        if (last - start + 1 >= minLen) out.push({ at: a, lo: start, hi: last, group: -1 });
        start = -1;
      }
    }
  }
  return out;
}

/** The vertical runs, read row by row (a column walk would miss the cache on every pixel), ordered by column. */
function columnRuns(img: Gray, minLen: number, ink: number): Run[] {
  const { width: w, height: h, data } = img;
  const start = new Int32Array(w).fill(-1);
  const last = new Int32Array(w).fill(-1);
  const out: Run[] = [];
  for (let y = 0; y <= h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      if (y < h && data[row + x] <= ink) {
        if (start[x] < 0) start[x] = y;
        last[x] = y;
      } else if (start[x] >= 0 && y - last[x] > GAP_PX) {
        if (last[x] - start[x] + 1 >= minLen) out.push({ at: x, lo: start[x], hi: last[x], group: -1 });
        start[x] = -1;
      }
    }
  }
  return out.sort((a, b) => a.at - b.at || a.lo - b.lo);
}

/**
 * Runs of neighbouring rows (columns) that overlap or touch join one rule; a rule thicker than
 * `maxThick` is a dark band (a scan border, a filled box), not a line. Each rule is at its
 * ink-weighted middle row.
 */
function joinRuns(rs: Run[], vertical: boolean, maxThick: number, minLen: number): PixelRule[] {
  const parent: number[] = rs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  // rs is ordered by `at`: compare each run with the runs of the previous line.
  let prevStart = 0;
  let curStart = 0;
  for (let i = 0; i < rs.length; i++) {
    if (i > 0 && rs[i].at !== rs[i - 1].at) {
      prevStart = rs[i - 1].at === rs[i].at - 1 ? curStart : i;
      curStart = i;
    }
    for (let j = prevStart; j < curStart; j++) {
      // A rule a little off level steps one line over: its pieces touch end to end.
      if (rs[j].at === rs[i].at - 1 && rs[j].lo <= rs[i].hi + 1 && rs[i].lo <= rs[j].hi + 1) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, { a0: number; a1: number; lo: number; hi: number; sum: number; n: number; runs: Run[] }>();
  rs.forEach((r, i) => {
    const k = find(i);
    const g = groups.get(k);
    const l = r.hi - r.lo + 1;
    if (!g) groups.set(k, { a0: r.at, a1: r.at, lo: r.lo, hi: r.hi, sum: r.at * l, n: l, runs: [r] });
    else {
      g.runs.push(r);
      g.a0 = Math.min(g.a0, r.at);
      g.a1 = Math.max(g.a1, r.at);
      g.lo = Math.min(g.lo, r.lo);
      g.hi = Math.max(g.hi, r.hi);
      g.sum += r.at * l;
      g.n += l;
    }
  });
  const out: PixelRule[] = [];
  for (const g of groups.values()) {
    // Thickness is ink over length: a thin rule slightly off level spans more lines than it is thick.
    if (g.n / (g.hi - g.lo + 1) > maxThick || g.hi - g.lo + 1 < minLen) continue;
    // The ink-weighted middle: a rule drifting by a pixel over its length stays one rule.
    const at = g.sum / g.n;
    out.push(vertical ? { x0: at, x1: at, y0: g.lo, y1: g.hi, runs: g.runs } : { x0: g.lo, x1: g.hi, y0: at, y1: at, runs: g.runs });
  }
  return out;
}

/**
 * The horizontal and vertical rules of a levelled page image rendered at `dpi` (only those of
 * table frames), and the image with them erased: OCR reads a cell better without its lines
 * (measured on kh-753 p. 4: the repeated header "Thời gian thực hiện" was read "lêt mm" beside the lines).
 */
export function tableRules(img: Gray, dpi: number, inPlace = false): { rules: PageRules; erased: Gray } {
  const found = findRules(img, dpi);
  if (!found.frames.length) return { rules: found, erased: img };
  // In place when the caller owns the image and needs it no more (a page's 4 MB copy spared).
  const data = inPlace ? img.data : new Uint8Array(img.data);
  const { width: w, height: h } = img;
  const white = (x: number, y: number) => {
    if (x >= 0 && x < w && y >= 0 && y < h) data[y * w + x] = 255;
  };
  const strip = (r: PixelRule): PixelRule => ({ x0: r.x0, y0: r.y0, x1: r.x1, y1: r.y1 });
  for (const [list, vertical] of [[found.h, false], [found.v, true]] as const) {
    for (const r of list) {
      for (const run of r.runs ?? []) {
        // The run and a pixel either side across it (the rule's grey edge).
        for (let b = run.lo; b <= run.hi; b++) for (let d = -1; d <= 1; d++) (vertical ? white(run.at + d, b) : white(b, run.at + d));
      }
    }
  }
  return { rules: { h: found.h.map(strip), v: found.v.map(strip), frames: found.frames }, erased: { width: w, height: h, data } };
}

/** The horizontal and vertical rules of a levelled page image rendered at `dpi`: only those of table frames. */
export function findRules(img: Gray, dpi: number): PageRules {
  const minLen = Math.round(MIN_LENGTH_IN * dpi);
  const maxThick = Math.max(3, Math.round(MAX_THICK_IN * dpi));
  const ink = Math.max(120, paperLevel(img) - INK_CONTRAST);
  const h = joinRuns(runs(img, false, minLen, ink), false, maxThick, minLen);
  const v = joinRuns(runs(img, true, minLen, ink), true, maxThick, minLen);
  return framed(h, v, dpi);
}

/** Rule ends and crossings this close (inches) touch: the PDF grid's 3 pt. */
const TOUCH_IN = 3 / 72;
/** A table's cells are at least this wide and tall (inches): "TT" columns ≈ 0.35 in, one-line rows ≈ 0.3 in. */
const MIN_CELL_IN = 0.12;

/** How many positions are more than `t` apart. */
function distinctCount(ps: number[], t: number): number {
  const s = [...ps].sort((a, b) => a - b);
  return s.filter((p, i) => i === 0 || p - s[i - 1] > t).length;
}

function crossing(h: PixelRule, v: PixelRule, t: number): boolean {
  return v.x0 >= h.x0 - t && v.x0 <= h.x1 + t && h.y0 >= v.y0 - t && h.y0 <= v.y1 + t;
}

/**
 * Only rules of table frames: each crosses at least two rules of the other direction (a frame's
 * border does), and frames whose rules lie closer together than a cell (letters of a seal, a
 * hatched box) are dropped. Long runs in text (an underline, a bold word) cross nothing.
 */
export function framed(h: PixelRule[], v: PixelRule[], dpi: number): PageRules {
  const t = TOUCH_IN * dpi;
  let hs = h;
  let vs = v;
  for (;;) {
    const nh = hs.filter((a) => vs.filter((b) => crossing(a, b, t)).length >= 2);
    const nv = vs.filter((b) => nh.filter((a) => crossing(a, b, t)).length >= 2);
    if (nh.length === hs.length && nv.length === vs.length) break;
    hs = nh;
    vs = nv;
  }
  // Frames: rules connected by crossings; a frame with two distinct positions closer than a cell is not a table.
  const all = [...hs.map((r) => ({ r, horizontal: true })), ...vs.map((r) => ({ r, horizontal: false }))];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < hs.length; i++) for (let j = 0; j < vs.length; j++) if (crossing(hs[i], vs[j], t)) parent[find(i)] = find(hs.length + j);
  const frames = new Map<number, typeof all>();
  all.forEach((x, i) => frames.set(find(i), [...(frames.get(find(i)) ?? []), x]));
  const minCell = MIN_CELL_IN * dpi;
  const tooClose = (ps: number[]): boolean => {
    const s = ps.sort((a, b) => a - b);
    return s.some((p, i) => i > 0 && p - s[i - 1] > t && p - s[i - 1] < minCell);
  };
  const out: PageRules = { h: [], v: [], frames: [] };
  for (const f of frames.values()) {
    const fh = f.filter((x) => x.horizontal).map((x) => x.r);
    const fv = f.filter((x) => !x.horizontal).map((x) => x.r);
    if (!fh.length || !fv.length || tooClose(fh.map((r) => r.y0)) || tooClose(fv.map((r) => r.x0))) continue;
    // A table has two columns at least, as the PDF grid wants (src/extract/pdf/grid.ts): a lone box (a stamp's frame) is none.
    if (distinctCount(fv.map((r) => r.x0), t) < 3 || distinctCount(fh.map((r) => r.y0), t) < 2) continue;
    out.h.push(...fh);
    out.v.push(...fv);
    out.frames.push([Math.min(...fv.map((r) => r.x0)), Math.min(...fh.map((r) => r.y0)), Math.max(...fv.map((r) => r.x0)), Math.max(...fh.map((r) => r.y0))]);
  }
  return out;
}

/** The word's centre is inside a table frame. */
export function inFrame(frames: PageRules['frames'], w: { left: number; top: number; width: number; height: number }): boolean {
  const cx = w.left + w.width / 2;
  const cy = w.top + w.height / 2;
  return frames.some(([x0, y0, x1, y1]) => cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1);
}
