/** Document collections (文件汇编, a county's documents one after another): cut at each document's 文号 line. */
import type { Segmenter } from './segmenter.ts';
import { anchorSpans } from './spans.ts';

export const collectionSegmenter: Segmenter = {
  name: 'document-collection',
  segment({ prepared, anchors }) {
    const found = anchors();
    return found.length >= 2 ? { kind: 'document-collection', spans: anchorSpans(prepared, found) } : null;
  },
};
