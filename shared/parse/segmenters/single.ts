/**
 * A single document (a document page, a notice, a news report): one span from the first content line to the
 * last; the structure reader finds its masthead, 文号 and title wherever they are printed. A 文号 anchored
 * with a title above it is kept as the segmenter's reading of the head.
 */
import { endsSentence } from '../line-kinds.ts';
import type { PreparedText } from '../prepare-lines.ts';
import type { Segmenter } from './segmenter.ts';
import { anchorSpan, trimEnd } from './spans.ts';

export const singleSegmenter: Segmenter = {
  name: 'single',
  segment({ prepared, anchors }) {
    const first = prepared.info.findIndex((li) => !li.blank && !li.noise);
    if (first < 0) return { kind: 'single', spans: [] };
    const end = trimEnd(prepared, prepared.lines.length - 1, first);
    const [anchor] = anchors();
    if (anchor && anchors().length === 1 && !precededByContent(prepared, first, anchor.start)) {
      return { kind: 'single', spans: [anchorSpan(prepared, anchor, end)] };
    }
    return { kind: 'single', spans: [{ start: first, end }] };
  },
};

/**
 * Whether body text (sentences, long lines) comes before the anchored title: then the head is not where the
 * anchor says. Short lines before it (a page's own headings) do not count.
 */
function precededByContent(prepared: PreparedText, from: number, start: number): boolean {
  let content = 0;
  for (let i = from; i < start; i++) {
    const li = prepared.info[i];
    if (li && !li.blank && !li.noise && (endsSentence(li.plain) || li.plain.length > 40)) content++;
  }
  return content > 0;
}
