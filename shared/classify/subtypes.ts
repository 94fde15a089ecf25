/** Finer kinds of "other" documents, so subscribers can filter them (leading group, plan, …). */
import type { Subtype } from '../model/document.ts';
import { OTHER_SUBTYPE_RULES } from './keywords.ts';

export interface SubtypeMatch {
  subtype: Subtype;
  /** The title word that decided, or null when none did. */
  word: string | null;
}

/** Report titles stay reports even on a newspaper page; other articles are news. */
export function otherSubtype(title: string, news: boolean): SubtypeMatch {
  for (const rule of OTHER_SUBTYPE_RULES) {
    if (news && rule.subtype !== 'report') continue;
    const word = rule.words.find((w) => title.includes(w));
    if (word) return { subtype: rule.subtype, word };
  }
  if (news) return { subtype: 'news', word: null };
  return { subtype: 'other', word: null };
}
