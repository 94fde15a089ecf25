/** What a deadline is for, read from the words after it (first match) or, failing that, before it (last match). */
import { sentenceEnd, sentenceStart } from './normalise.ts';
import { DEADLINE_PURPOSES } from './vocabulary.ts';

interface Hit {
  purpose: string;
  at: number;
}

function hits(span: string): Hit[] {
  const out: Hit[] = [];
  for (const p of DEADLINE_PURPOSES) {
    for (const w of p.words) {
      let at = span.indexOf(w);
      while (at >= 0) {
        out.push({ purpose: p.purpose, at });
        at = span.indexOf(w, at + w.length);
      }
    }
  }
  return out;
}

/** The purpose named first after `end`, within the sentence. */
export function purposeAfter(text: string, end: number): string | null {
  const after = hits(text.slice(end, sentenceEnd(text, end, 80)));
  return after.length > 0 ? after.reduce((a, b) => (b.at < a.at ? b : a)).purpose : null;
}

export function purposeAround(text: string, start: number, end: number): string | null {
  const after = purposeAfter(text, end);
  if (after !== null) return after;
  const before = hits(text.slice(sentenceStart(text, start, 80), start));
  if (before.length > 0) return before.reduce((a, b) => (b.at > a.at ? b : a)).purpose;
  return null;
}
