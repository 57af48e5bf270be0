// Ruling lines → table grids: rules are merged, grouped into connected frames, and each frame's
// distinct rule positions cut it into a grid whose missing inner rules make merged cells.
import type { Segment } from './types.js';

/** Rule ends and crossings closer than this (points) touch. */
const TOUCH = 3;

export interface GridCellBox {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

export interface Grid {
  /** Row boundaries, top to bottom (display y). */
  ys: number[];
  /** Column boundaries, left to right. */
  xs: number[];
  /** Merged cells, each the rectangle of grid slots it covers; cellAt[r][c] indexes into it. */
  cells: GridCellBox[];
  cellAt: number[][];
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Merge collinear rules that overlap or touch. `horizontal` picks the axis. */
export function mergeSegments(segs: Segment[], horizontal: boolean): Segment[] {
  const pos = (s: Segment): number => (horizontal ? s.y0 : s.x0);
  const lo = (s: Segment): number => (horizontal ? s.x0 : s.y0);
  const hi = (s: Segment): number => (horizontal ? s.x1 : s.y1);
  const sorted = [...segs].sort((a, b) => pos(a) - pos(b) || lo(a) - lo(b));
  const lines: Segment[][] = [];
  for (const s of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(pos(last[0]) - pos(s)) <= TOUCH / 2) last.push(s);
    else lines.push([s]);
  }
  const out: Segment[] = [];
  for (const group of lines) {
    const p = group.reduce((n, s) => n + pos(s), 0) / group.length;
    const spans = group.map((s) => [lo(s), hi(s)]).sort((a, b) => a[0] - b[0]);
    let [a, b] = spans[0];
    const emit = (): void => {
      out.push(horizontal ? { x0: a, x1: b, y0: p, y1: p } : { x0: p, x1: p, y0: a, y1: b });
    };
    for (const [c, d] of spans.slice(1)) {
      if (c <= b + TOUCH) b = Math.max(b, d);
      else {
        emit();
        [a, b] = [c, d];
      }
    }
    emit();
  }
  return out;
}

function crosses(h: Segment, v: Segment): boolean {
  return v.x0 >= h.x0 - TOUCH && v.x0 <= h.x1 + TOUCH && h.y0 >= v.y0 - TOUCH && h.y0 <= v.y1 + TOUCH;
}

/** Distinct positions, clustered within TOUCH. */
function distinct(values: number[]): number[] {
  const s = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of s) if (!out.length || v - out[out.length - 1] > TOUCH) out.push(v);
  return out;
}

/** All table grids on a page (frames with at least two columns or two rows of cells). */
export function findGrids(hRaw: Segment[], vRaw: Segment[]): Grid[] {
  const hs = mergeSegments(hRaw, true);
  const vs = mergeSegments(vRaw, false);
  const all = [...hs, ...vs];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < hs.length; i++) {
    for (let j = 0; j < vs.length; j++) if (crosses(hs[i], vs[j])) parent[find(i)] = find(hs.length + j);
  }
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  all.forEach((s, i) => {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    if (i < hs.length) g.h.push(s);
    else g.v.push(s);
    groups.set(find(i), g);
  });
  const grids: Grid[] = [];
  for (const { h, v } of groups.values()) {
    if (h.length < 2 || v.length < 2) continue;
    const grid = buildGrid(h, v);
    if (grid && grid.xs.length - 1 >= 2 && grid.ys.length - 1 >= 1) grids.push(grid);
  }
  return grids.sort((a, b) => a.y0 - b.y0);
}

function covers(segs: Segment[], horizontal: boolean, at: number, mid: number): boolean {
  return segs.some((s) =>
    horizontal
      ? Math.abs(s.y0 - at) <= TOUCH && s.x0 - TOUCH <= mid && s.x1 + TOUCH >= mid
      : Math.abs(s.x0 - at) <= TOUCH && s.y0 - TOUCH <= mid && s.y1 + TOUCH >= mid,
  );
}

function buildGrid(h: Segment[], v: Segment[]): Grid | null {
  const ys = distinct(h.map((s) => s.y0));
  const xs = distinct(v.map((s) => s.x0));
  if (ys.length < 2 || xs.length < 2) return null;
  const nr = ys.length - 1;
  const nc = xs.length - 1;
  const id = (r: number, c: number): number => r * nc + c;
  const parent = Array.from({ length: nr * nc }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let r = 0; r < nr; r++) {
    const midY = (ys[r] + ys[r + 1]) / 2;
    for (let c = 0; c < nc; c++) {
      const midX = (xs[c] + xs[c + 1]) / 2;
      if (c + 1 < nc && !covers(v, false, xs[c + 1], midY)) parent[find(id(r, c + 1))] = find(id(r, c));
      if (r + 1 < nr && !covers(h, true, ys[r + 1], midX)) parent[find(id(r + 1, c))] = find(id(r, c));
    }
  }
  const boxes = new Map<number, GridCellBox>();
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      const root = find(id(r, c));
      const b = boxes.get(root);
      if (!b) boxes.set(root, { r0: r, r1: r, c0: c, c1: c });
      else {
        b.r0 = Math.min(b.r0, r);
        b.r1 = Math.max(b.r1, r);
        b.c0 = Math.min(b.c0, c);
        b.c1 = Math.max(b.c1, c);
      }
    }
  }
  // A non-rectangular merge is squared off to its bounding box; slots are claimed top-left first.
  const cellAt: number[][] = Array.from({ length: nr }, () => new Array<number>(nc).fill(-1));
  const cells: GridCellBox[] = [];
  for (const b of [...boxes.values()].sort((p, q) => p.r0 - q.r0 || p.c0 - q.c0)) {
    let free = true;
    for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) if (cellAt[r][c] !== -1) free = false;
    if (!free) continue;
    for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) cellAt[r][c] = cells.length;
    cells.push(b);
  }
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      if (cellAt[r][c] === -1) {
        cellAt[r][c] = cells.length;
        cells.push({ r0: r, r1: r, c0: c, c1: c });
      }
    }
  }
  return { ys, xs, cells, cellAt, x0: xs[0], x1: xs[nc], y0: ys[0], y1: ys[nr] };
}

/** The grid cell index an (x, y) point falls in, or -1. */
export function cellIndexAt(g: Grid, x: number, y: number): number {
  if (x < g.x0 || x > g.x1 || y < g.y0 || y > g.y1) return -1;
  let c = g.xs.findIndex((_, i) => i + 1 < g.xs.length && x >= g.xs[i] && x <= g.xs[i + 1]);
  let r = g.ys.findIndex((_, i) => i + 1 < g.ys.length && y >= g.ys[i] && y <= g.ys[i + 1]);
  if (c < 0) c = g.xs.length - 2;
  if (r < 0) r = g.ys.length - 2;
  return g.cellAt[r][c];
}
