/** A SegmentedDocument for unit tests, with only what a test cares about given. */
import type { SegmentedDocument } from '../../../shared/model/document.ts';

export function doc(title: string, text: string, extra: Partial<SegmentedDocument> = {}): SegmentedDocument {
  return {
    title,
    docNumber: null,
    issuer: null,
    date: null,
    startLine: 1,
    endLine: Math.max(1, text.split('\n').length),
    duplicateOf: null,
    text,
    ...extra,
  };
}
