/**
 * One document, many sources: the key a parsed document is stored under, given the documents already known.
 * A county notice reposted by the city, or a land notice on both the government's and the 自然资源局's site,
 * is one document even when the repost drops the 文号 (its title identity — issuer, title without spacing
 * or 文号 suffix, date — stands for the numbered document through an alias item).
 */
import type { DocumentRepository } from '../store/ports.ts';
import { documentKey, titleIdentityKey, type DocumentKey, type DocumentKeyInput } from './document-key.ts';

type Identity = Pick<DocumentRepository, 'getHead' | 'getAlias' | 'claimAlias'>;

/**
 * - Without a 文号: the document its title identity was claimed for, else its own title key.
 * - With a 文号: the document its number was linked to; else its number key, claiming its title identity
 *   (so reposts without the number find it) — unless a document without a number came first and nobody
 *   claimed it: then that document is this one, and the number is linked to it.
 * Replays resolve to the same key: claims are conditional and never move.
 */
export async function resolveDocumentKey(input: DocumentKeyInput, docs: Identity): Promise<DocumentKey> {
  const own = documentKey(input);
  const titleKey = titleIdentityKey(input);
  if (titleKey === null) return own;
  if (own.key === titleKey) {
    const target = await docs.getAlias(titleKey);
    return target ? { ...own, key: target } : own;
  }
  const linked = await docs.getAlias(own.key);
  if (linked) return { ...own, key: linked };
  if (await docs.getHead(own.key)) {
    await docs.claimAlias(titleKey, own.key);
    return own;
  }
  const claimed = await docs.getAlias(titleKey);
  if (claimed === null && (await docs.getHead(titleKey))) {
    // A repost without the number came first: it is this document (unless another numbered one claims it now).
    if ((await docs.claimAlias(titleKey, titleKey)) === titleKey) {
      const target = await docs.claimAlias(own.key, titleKey);
      return { ...own, key: target };
    }
    return own;
  }
  if (claimed === null) await docs.claimAlias(titleKey, own.key);
  return own;
}
