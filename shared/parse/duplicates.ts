/**
 * A document printed twice in one publication: same title (and 文号) and nearly the same body.
 * Similarity is measured on the sets of compacted body lines, so page breaks and furniture do not matter.
 *
 * Linear in the publication: a document is compared only with the distinct documents of its title and 文号
 * (a copy is never compared again) — first as printed (a copy reprinted verbatim costs one string comparison),
 * then by a hash of its compacted body, computed once, then by its lines
 * after a size check that rules most of them out without reading them.
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
  // Bodies are read only for documents whose title and 文号 an earlier one shares — rare — and once each.
  const hashes = new Map<number, string>();
  const hashOf = (i: number): string => {
    let hash = hashes.get(i);
    if (hash === undefined) hashes.set(i, (hash = createHash('sha256').update(compact(docs[i]!.text)).digest('base64')));
    return hash;
  };
  const sets = new Map<number, Set<string>>();
  const setOf = (i: number): Set<string> => {
    let set = sets.get(i);
    if (!set) sets.set(i, (set = lineSet(docs[i]!.text)));
    return set;
  };
  return docs.map((doc, i) => {
    const key = `${doc.docNumber ?? ''}|${compact(doc.title)}`;
    const earlier = originals.get(key);
    if (!earlier) {
      originals.set(key, [i]);
      return null;
    }
    const copyOf =
      earlier.find((j) => docs[j]!.text === doc.text) ??
      earlier.find((j) => hashOf(j) === hashOf(i)) ??
      earlier.find((j) => sizesAllow(setOf(i), setOf(j), threshold) && similarity(setOf(i), setOf(j)) >= threshold);
    if (copyOf !== undefined) return copyOf;
    earlier.push(i);
    return null;
  });
}
