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

/** duplicateOf for each document: index of the first earlier copy, or null. */
export function findDuplicates(docs: readonly DuplicateCandidate[], threshold = 0.85): (number | null)[] {
  const sets = docs.map((d) => lineSet(d.text));
  const keys = docs.map((d) => `${d.docNumber ?? ''}|${compact(d.title)}`);
  return docs.map((_, i) => {
    for (let j = 0; j < i; j++) {
      if (keys[j] !== keys[i]) continue;
      if (similarity(sets[i]!, sets[j]!) >= threshold || compact(docs[i]!.text) === compact(docs[j]!.text)) return j;
    }
    return null;
  });
}
