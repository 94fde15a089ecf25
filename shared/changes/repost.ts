/**
 * Whether a text seen on another source is a repost of a stored version rather than a revision: the same
 * document printed with other chrome — without its 文号 line, with a 来源 line, wrapped differently. A text
 * whose numbers differ (an amount, an area, a deadline) is a revision however similar the rest is.
 */
import type { BlobStore, DocumentHead, DocumentRepository } from '../store/ports.ts';
import { normaliseForHash } from './content-hash.ts';
import type { ChangeDecision } from './decide-change.ts';

/** 文号 tokens (X政发[2024]5号 after hash normalisation) and the punctuation that differs between renderings. */
const DOC_NUMBER = /[\p{Script=Han}A-Za-z]{1,12}[[(]\d{4}[\])]第?\d+号/gu;
const NOISE = /[\p{P}\p{S}]+/gu;

const comparable = (text: string): string => normaliseForHash(text).replace(DOC_NUMBER, '').replace(NOISE, '');

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const chars = [...s];
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = `${chars[i]}${chars[i + 1]}`;
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient over character bigrams (multiset), 0…1. */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let total = 0;
  for (const n of x.values()) total += n;
  for (const n of y.values()) total += n;
  if (total === 0) return a === b ? 1 : 0;
  let shared = 0;
  for (const [g, n] of x) shared += Math.min(n, y.get(g) ?? 0);
  return (2 * shared) / total;
}

/** Reposts keep ≥ 90 % of the bigrams (and every number); a new article or a rewritten paragraph falls below. */
export const REPOST_SIMILARITY = 0.9;

/** The numbers of a text in order (amounts, areas, dates, deadlines): a repost never changes one. */
const numbersOf = (s: string): string => (s.match(/\d+/g) ?? []).join(',');

export function isRepost(storedText: string, seenText: string): boolean {
  const a = comparable(storedText);
  const b = comparable(seenText);
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length >= 40 && longer.includes(shorter) && shorter.length >= 0.8 * longer.length) return true;
  return numbersOf(a) === numbersOf(b) && similarity(a, b) >= REPOST_SIMILARITY;
}

interface RepostDeps {
  documents: Pick<DocumentRepository, 'getVersion'>;
  blobs: Pick<BlobStore, 'getText'>;
}

/**
 * A `revised` decision for a text seen on another source than the stored version's is a republication when
 * the text is a repost of it: one document with one more appearance (its change gains a link), no new alert.
 * The same source changing its own text is always a revision.
 */
export async function acrossSources(decision: ChangeDecision, head: DocumentHead | null, text: string, sourceId: string, deps: RepostDeps): Promise<ChangeDecision> {
  if (decision.kind !== 'revised' || head === null) return decision;
  const stored = await deps.documents.getVersion(head.documentKey, head.version);
  if (!stored || stored.sourceId === sourceId) return decision;
  return isRepost(await deps.blobs.getText(head.textKey), text) ? { kind: 'republished', version: head.version } : decision;
}
