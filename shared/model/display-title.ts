/**
 * What a person (and a document's identity) reads for a document: its printed title, or — when the
 * publication prints none, e.g. a news report or an excerpt without its title line — its opening words,
 * marked as such. The parse contract keeps `title: null` for those; mails, pages and keys use this.
 */
const OPENING_CHARS = 30;

export const UNTITLED_MARK = '（无标题）';

export function displayTitle(doc: { title: string | null; text: string }): string {
  if (doc.title) return doc.title;
  const opening = doc.text.replace(/\s+/g, '').slice(0, OPENING_CHARS);
  return opening ? `${UNTITLED_MARK}${opening}…` : UNTITLED_MARK;
}
