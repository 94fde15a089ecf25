/**
 * Traditional-character renderings (big5 gateways, 繁体 reposts) read as simplified text: the classifier's
 * vocabulary is simplified, so a traditional page is converted (one character for one, lengths kept) before
 * it is read. Detection and conversion are the parse's (shared/parse/simplify.ts): one implementation.
 */
import { isTraditional, toSimplified as convert } from '../../parse/simplify.ts';

/** Whether the text is (mostly) written in traditional characters. */
export const looksTraditional = isTraditional;

/** Simplified form of text with the same length, character for character; the text itself when that is not possible. */
export function toSimplified(text: string): string {
  const out = convert(text);
  return out.length === text.length ? out : text;
}
