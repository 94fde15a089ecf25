/**
 * One document, many sources: the key a parsed document is stored under, given the documents already known.
 * A county notice reposted by the city, or a land notice on both the government's and the 自然资源局's site,
 * is one document even when the repost drops the 文号: its title identity (issuer, title without spacing or
 * 文号 suffix, date) stands for the numbered document through an alias item — and the texts must agree
 * (isRepost), so two different documents that happen to share a title and a date are never merged.
 */
import type { BlobStore, DocumentRepository } from '../store/ports.ts';
import { documentKey, titleIdentityKey, type DocumentKey, type DocumentKeyInput } from './document-key.ts';
import { isRepost } from './repost.ts';

export interface IdentityDeps {
  documents: Pick<DocumentRepository, 'getHead' | 'getAlias' | 'claimAlias'>;
  blobs: Pick<BlobStore, 'getText'>;
}

/**
 * - Without a 文号: the document its title identity was claimed for, when its text is a repost of that
 *   document's; else its own title key.
 * - With a 文号: the document its number was linked to; else its number key, claiming its title identity
 *   (so reposts without the number find it) — unless a document without a number came first with the same
 *   text and nobody claimed it: then that document is this one, and the number is linked to it.
 * Replays resolve to the same key: claims are conditional and never move.
 */
export async function resolveDocumentKey(input: DocumentKeyInput, text: string, deps: IdentityDeps): Promise<DocumentKey> {
  const { documents } = deps;
  const own = documentKey(input);
  const titleKey = titleIdentityKey(input);
  if (titleKey === null) return own;
  /** Whether this text is the stored document's (a document claimed but not written yet has nothing to compare). */
  const sameText = async (key: string): Promise<boolean> => {
    const head = await documents.getHead(key);
    return head === null || isRepost(await deps.blobs.getText(head.textKey), text);
  };
  if (own.key === titleKey) {
    const target = await documents.getAlias(titleKey);
    return target && target !== titleKey && (await sameText(target)) ? { ...own, key: target } : own;
  }
  const linked = await documents.getAlias(own.key);
  if (linked) return { ...own, key: linked };
  if (await documents.getHead(own.key)) {
    await documents.claimAlias(titleKey, own.key);
    return own;
  }
  const claimed = await documents.getAlias(titleKey);
  if (claimed === null && (await documents.getHead(titleKey))) {
    // A repost without the number came first: it is this document if the texts agree and nobody claimed it.
    if ((await sameText(titleKey)) && (await documents.claimAlias(titleKey, titleKey)) === titleKey) {
      return { ...own, key: await documents.claimAlias(own.key, titleKey) };
    }
    return own;
  }
  if (claimed === null) await documents.claimAlias(titleKey, own.key);
  return own;
}
