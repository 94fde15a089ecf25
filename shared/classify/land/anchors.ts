/**
 * The start events of periods (自本通告发布之日起, 签约期限开始之日起, 自2023年5月1日起 …) → the date they fall on,
 * where it is known: this notice's publication (the anchor date), a printed date, or the signing period.
 */
import { parseChineseDate } from '../../parse/chinese-date.ts';
import {
  NOTICE_NOUNS,
  PUBLICATION_EVENT_WORDS,
  SIGNING_END_WORDS,
  SIGNING_START_WORDS,
  THIS_WORDS,
  UNKNOWN_EVENT_WORDS,
} from './vocabulary.ts';

export interface Anchors {
  /** This notice's 落款/publication date. */
  publication: string | null;
  signingStart: string | null;
  signingEnd: string | null;
  /** The notice title: 征收决定公告 means this notice when the title is a 决定. */
  title: string;
}

const has = (text: string, words: readonly string[]): boolean => words.some((w) => text.includes(w));

/** The date an event falls on, or null when the notice does not tell. */
export function resolveEvent(event: string, anchors: Anchors): string | null {
  if (/\d{4}年|[〇零○一二三四五六七八九]{4}年/.test(event)) return parseChineseDate(event);
  if (has(event, SIGNING_START_WORDS)) return anchors.signingStart;
  if (has(event, SIGNING_END_WORDS)) return anchors.signingEnd;
  if (has(event, UNKNOWN_EVENT_WORDS)) return null;
  if (!has(event, PUBLICATION_EVENT_WORDS)) return null;
  if (has(event, THIS_WORDS)) return anchors.publication;
  // Only publication words (发布, 公告, 发布公告 …): the notice being read.
  const rest = [...PUBLICATION_EVENT_WORDS, ...NOTICE_NOUNS, '的', '之'].reduce((s, w) => s.split(w).join(''), event);
  if (rest.length === 0) return anchors.publication;
  const nouns = NOTICE_NOUNS.filter((n) => event.includes(n));
  return nouns.some((n) => anchors.title.includes(n)) ? anchors.publication : null;
}
