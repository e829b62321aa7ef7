/**
 * The seeded random numbers behind the synthetic workbooks, for scripts/synthetic-rollup.ts
 * and the roll-up test builders alike (tests/support/rollup.ts), so that both vary their
 * figures with one generator and a seed gives the same sequence in either.
 */

/** mulberry32: small, fast, good enough to vary figures; the same seed gives the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number from `min` to `max`, both included, drawn from `random`. */
export function between(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}
