/**
 * A document printed twice in one publication: same title (and 文号) and nearly the same body.
 * Similarity is measured on the sets of compacted body lines, so page breaks and furniture do not matter.
 */

export interface DuplicateCandidate {
  title: string;
  docNumber: string | null;
  text: string;
}

const compact = (s: string): string => s.replace(/[\s\p{P}]/gu, '');

function lineSet(text: string): Set<string> {
  const set = new Set<string>();
  for (const line of text.split('\n')) {
    const c = compact(line);
    if (c.length >= 4) set.add(c);
  }
  return set;
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / Math.max(a.size, b.size);
}

/**
 * duplicateOf for each document: index of the first earlier copy, or null. Bodies are compared only
 * between documents with the same title and 文号 — rare — so line sets are built lazily, for those alone.
 */
export function findDuplicates(docs: readonly DuplicateCandidate[], threshold = 0.85): (number | null)[] {
  const keys = docs.map((d) => `${d.docNumber ?? ''}|${compact(d.title)}`);
  const sets = new Map<number, Set<string>>();
  const setOf = (i: number): Set<string> => {
    let set = sets.get(i);
    if (!set) sets.set(i, (set = lineSet(docs[i]!.text)));
    return set;
  };
  const earlierWithKey = new Map<string, number[]>();
  return docs.map((_, i) => {
    const key = keys[i]!;
    let earlier = earlierWithKey.get(key);
    if (!earlier) earlierWithKey.set(key, (earlier = []));
    const copyOf = earlier.find((j) => similarity(setOf(i), setOf(j)) >= threshold || compact(docs[i]!.text) === compact(docs[j]!.text));
    earlier.push(i);
    return copyOf ?? null;
  });
}
