/**
 * What became of one archived notice at its URL, pure: removed (404/410, or no longer in the issue served
 * there), edited (its text differs), or unchanged (same bytes, or other parts of the issue changed).
 */
import { contentHash } from '../changes/content-hash.ts';

export type NoticeFinding =
  | { status: 'unchanged' }
  | { status: 'removed'; httpStatus: number }
  | { status: 'edited'; newText: string | null };

/** Same document in the new text: same 文号, else same title (spaces and punctuation ignored). */
const comparable = (s: string): string => s.replace(/[\s\u3000，。、,.:：;；“”"'《》()（）]/g, '');

export function findNotice<T extends { title: string; docNumber: string | null; text: string }>(
  notice: { title: string; docNumber: string | null },
  documents: readonly T[],
): T | null {
  if (notice.docNumber) {
    const byNumber = documents.find((d) => d.docNumber === notice.docNumber);
    if (byNumber) return byNumber;
  }
  return documents.find((d) => comparable(d.title) === comparable(notice.title)) ?? null;
}

/**
 * @param documents the documents read from the new bytes, or null when they could not be read (the bytes
 *   changed: an edit, without a text to compare).
 */
export function noticeFinding(
  notice: { title: string; docNumber: string | null; text: string },
  documents: readonly { title: string; docNumber: string | null; text: string }[] | null,
): NoticeFinding {
  if (documents === null) return { status: 'edited', newText: null };
  const found = findNotice(notice, documents);
  if (!found) return { status: 'removed', httpStatus: 200 };
  return contentHash(found.text) === contentHash(notice.text) ? { status: 'unchanged' } : { status: 'edited', newText: found.text };
}
