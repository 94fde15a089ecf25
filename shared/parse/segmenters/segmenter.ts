/**
 * A segmenter cuts one kind of publication into document spans; the structure reader (structure/read-document.ts)
 * reads each span. Segmenters are registered in one place (registry.ts) and tried in order: the first that
 * recognises the layout cuts it. A new layout is a new segmenter.
 */
import type { PublicationKind } from '../../model/document.ts';
import type { DocumentAnchor } from '../find-official-documents.ts';
import type { PreparedText } from '../prepare-lines.ts';
import type { DocumentSpan } from '../structure/read-document.ts';
import type { Toc } from '../toc.ts';

export interface SegmentContext {
  prepared: PreparedText;
  /** Documents anchored on a 文号 line with a title above it, in reading order (computed once). */
  anchors(): DocumentAnchor[];
  /** The table of contents before the first document, or null (computed once). */
  toc(): Toc | null;
  /** Diagnostics. */
  warnings: string[];
}

export interface Segmentation {
  kind: PublicationKind;
  spans: DocumentSpan[];
}

export interface Segmenter {
  name: string;
  /** The spans of a publication of this segmenter's layout, or null when the layout is not this one. */
  segment(context: SegmentContext): Segmentation | null;
}
