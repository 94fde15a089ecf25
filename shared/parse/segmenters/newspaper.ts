/** Newspaper pages (datelines 本报讯, headings): one span per article, its headline found by find-articles. */
import { findArticles, looksLikeNewspaper } from '../find-articles.ts';
import type { DocumentSpan } from '../structure/read-document.ts';
import type { Segmenter } from './segmenter.ts';
import { trimEnd } from './spans.ts';

export const newspaperSegmenter: Segmenter = {
  name: 'newspaper',
  segment({ prepared }) {
    if (!looksLikeNewspaper(prepared)) return null;
    const spans: DocumentSpan[] = findArticles(prepared).map((a) => {
      const end = trimEnd(prepared, a.end, a.start);
      let docNumber: string | null = null;
      for (let i = a.start; i <= end && !docNumber; i++) docNumber = prepared.info[i]?.docNumber ?? null;
      // No headline printed: the title is missing, not the first sentence.
      return { start: a.start, end, title: a.title || null, titleLines: a.titleLines, split: a.split, docNumber, article: true };
    });
    return { kind: 'newspaper', spans };
  },
};
