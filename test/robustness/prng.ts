// A tiny seeded PRNG (mulberry32) so every robustness case can be rebuilt from its seed.

export interface Rng {
  /** Float in [0, 1). */
  next(): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** Integer in [lo, hi]. */
  between(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  bytes(n: number): Uint8Array;
}

export function rng(seed: number): Rng {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    between: (lo, hi) => lo + int(hi - lo + 1),
    pick: (xs) => xs[int(xs.length)],
    bytes: (n) => {
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) out[i] = int(256);
      return out;
    },
  };
}

/** How many random cases each fuzz test runs: ROBUST_CASES (default `base`), for longer local runs. */
export function caseCount(base: number): number {
  const v = Number(process.env.ROBUST_CASES);
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : base;
}

/** The base seed: ROBUST_SEED to explore other inputs; a failure message names the seed to replay. */
export const BASE_SEED = Number(process.env.ROBUST_SEED ?? 20240601) >>> 0;
