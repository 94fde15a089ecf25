/**
 * A document printed twice in one publication: same title (and 文号) and nearly the same body.
 * Similarity is measured on the sets of compacted body lines, so page breaks and furniture do not matter.
 *
 * Linear in the publication: each document is compacted once, an identical body is found through a hash
 * map, and a near-identical one is looked for only among the distinct documents of its title and 文号 (a copy
 * is never compared again), after a size check that rules most of them out without reading their lines.
 */
import { createHash } from 'node:crypto';

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

/** Sets this different in size cannot share `threshold` of the larger one's lines. */
const sizesAllow = (a: Set<string>, b: Set<string>, threshold: number): boolean => Math.min(a.size, b.size) >= threshold * Math.max(a.size, b.size);

/** duplicateOf for each document: index of the first earlier copy, or null. */
export function findDuplicates(docs: readonly DuplicateCandidate[], threshold = 0.85): (number | null)[] {
  /** Per title and 文号: the distinct documents seen so far (copies are not kept, they match their original). */
  const originals = new Map<string, number[]>();
  /** Per hash of title, 文号 and compacted body: the document an identical body is a copy of (or is). */
  const exact = new Map<string, number>();
  const sets = new Map<number, Set<string>>();
  const setOf = (i: number): Set<string> => {
    let set = sets.get(i);
    if (!set) sets.set(i, (set = lineSet(docs[i]!.text)));
    return set;
  };
  return docs.map((doc, i) => {
    const key = `${doc.docNumber ?? ''}|${compact(doc.title)}`;
    const body = createHash('sha256').update(key).update('\u0000').update(compact(doc.text)).digest('base64');
    const same = exact.get(body);
    if (same !== undefined) return same;
    let earlier = originals.get(key);
    if (!earlier) originals.set(key, (earlier = []));
    const copyOf = earlier.find((j) => sizesAllow(setOf(i), setOf(j), threshold) && similarity(setOf(i), setOf(j)) >= threshold);
    exact.set(body, copyOf ?? i);
    if (copyOf !== undefined) return copyOf;
    earlier.push(i);
    return null;
  });
}
