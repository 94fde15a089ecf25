import type { ExtractedText } from '../ingest/text/extract.ts';
import { parseChineseDate } from '../parse/chinese-date.ts';
import { analysePublication } from './analyse.ts';

export interface PublicationContext {
  /** Place names of the source's jurisdiction, nearest first (县, 市, 省). */
  placeNames: string[];
  /** When the fetcher saw the issue published (feed item date, dated URL), ISO. */
  publishedAt?: string | null;
}

/**
 * The analysis the process stage runs on an extracted file: the page's own metadata goes with the text,
 * and the publication date (page metadata first, then what fetching saw) anchors relative deadlines.
 * `gw parse` and `gw eval` call this too, so what they measure is what the pipeline does.
 */
export function analyseExtracted(extracted: Pick<ExtractedText, 'text' | 'metadata'>, context: PublicationContext): ReturnType<typeof analysePublication> {
  const { metadata } = extracted;
  const publishedDate = parseChineseDate(metadata['发布日期'] ?? metadata['成文日期'] ?? '') ?? context.publishedAt?.slice(0, 10) ?? null;
  return analysePublication(extracted.text, { placeNames: context.placeNames, publishedDate, pageMetadata: metadata });
}
