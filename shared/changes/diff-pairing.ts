/**
 * Inside a hunk of removed and added paragraphs, decide which removed paragraph became which
 * added one (a "changed" pair) and which were simply removed or added.
 */

/** Below this similarity two paragraphs are a removal and an addition, not one edit. */
export const MIN_PAIR_SIMILARITY = 0.3;
/** Hunks up to this many candidate pairs are aligned optimally; larger ones position by position. */
const OPTIMAL_PAIRING_LIMIT = 400;

function bigrams(s: string): Map<string, number> {
  const chars = [...s];
  const grams = new Map<string, number>();
  if (chars.length === 1) grams.set(chars[0] ?? '', 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = `${chars[i]}${chars[i + 1]}`;
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient over character bigrams, 0 (nothing shared) … 1 (same multiset). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let total = 0;
  for (const n of ga.values()) total += n;
  for (const n of gb.values()) total += n;
  if (total === 0) return 0;
  let shared = 0;
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
  return (2 * shared) / total;
}

/** A pairing: for each removed index, the added index it became, or -1. Monotone (order kept). */
export function pairParagraphs(removed: readonly string[], added: readonly string[]): number[] {
  const r = removed.length;
  const a = added.length;
  if (r === 0 || a === 0) return removed.map(() => -1);
  if (r * a > OPTIMAL_PAIRING_LIMIT) {
    return removed.map((text, i) => (i < a && similarity(text, added[i] ?? '') >= MIN_PAIR_SIMILARITY ? i : -1));
  }
  // Monotone alignment maximising total similarity (pairs under the threshold are not allowed).
  const sim = removed.map((x) => added.map((y) => {
    const s = similarity(x, y);
    return s >= MIN_PAIR_SIMILARITY ? s : Number.NEGATIVE_INFINITY;
  }));
  const best: number[][] = Array.from({ length: r + 1 }, () => new Array<number>(a + 1).fill(0));
  for (let i = r - 1; i >= 0; i--) {
    const row = best[i] ?? [];
    const next = best[i + 1] ?? [];
    for (let j = a - 1; j >= 0; j--) {
      const take = (sim[i]?.[j] ?? Number.NEGATIVE_INFINITY) + (next[j + 1] ?? 0);
      row[j] = Math.max(take, next[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const pairs = removed.map(() => -1);
  let i = 0;
  let j = 0;
  while (i < r && j < a) {
    const here = best[i]?.[j] ?? 0;
    const take = (sim[i]?.[j] ?? Number.NEGATIVE_INFINITY) + (best[i + 1]?.[j + 1] ?? 0);
    if (take === here && take > Number.NEGATIVE_INFINITY && (sim[i]?.[j] ?? 0) > 0) {
      pairs[i] = j;
      i++;
      j++;
    } else if ((best[i + 1]?.[j] ?? 0) === here) i++;
    else j++;
  }
  return pairs;
}
