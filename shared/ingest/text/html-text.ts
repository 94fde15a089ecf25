/**
 * Government document pages (HTML, whole pages or crawled fragments) to text: the main content as lines
 * (paragraphs and <br> as lines, table rows as tab-separated cells), the printed title and article header
 * above it, and the page's metadata (meta tags and the metadata box) under the Chinese keys of
 * html/labels.ts. The reading itself is html/read-page.ts.
 */
import { decodeHtml } from '../decode-html.ts';
import type { PageMetadata } from './html/labels.ts';
import { readHtmlPage } from './html/read-page.ts';

export { METADATA_KEYS, type MetadataKey, type PageMetadata } from './html/labels.ts';

export interface HtmlText {
  text: string;
  metadata: PageMetadata;
}

/** Reads an already decoded page or fragment. Never throws; an empty text means the page holds none. */
export function readHtml(html: string): HtmlText {
  const reading = readHtmlPage(html);
  return { text: reading.lines.join('\n'), metadata: reading.metadata };
}

export function extractHtml(bytes: Uint8Array, contentType?: string): HtmlText {
  return readHtml(decodeHtml(bytes, contentType ?? null));
}
