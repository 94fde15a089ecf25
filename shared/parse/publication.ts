/**
 * One published issue's text → its documents with exact metadata (DESIGN §4.1 without classification).
 * One direction: lines → normalisation (prepare-lines) → page-chrome marking (line-kinds, page-chrome) →
 * the first registered segmenter that recognises the layout (segmenters/registry) → the GB/T 9704 structure
 * reader for every span (structure/read-document) → duplicates.
 */
import type { PublicationKind } from '../model/document.ts';
import { findDuplicates } from './duplicates.ts';
import { findOfficialDocuments, type DocumentAnchor } from './find-official-documents.ts';
import { chromeFieldsOf } from './page-chrome.ts';
import { prepareLines } from './prepare-lines.ts';
import { SEGMENTERS } from './segmenters/registry.ts';
import type { SegmentContext } from './segmenters/segmenter.ts';
import { pageFacts } from './structure/page-metadata.ts';
import { readDocument, type ReadDocument } from './structure/read-document.ts';
import { findToc, type Toc } from './toc.ts';

export interface ParseOptions {
  /** Extra place names of the jurisdiction (离石区, 吕梁市) used to repair misread names. */
  placeNames?: string[];
  /**
   * What the page itself says of its document (HTML metadata box and <meta> tags), under the Chinese labels
   * of shared/ingest/text: 标题, 发文字号, 发文机关, 成文日期, 发布日期, 索引号 … When given, it fills what the
   * document's lines do not print (see structure/page-metadata.ts).
   */
  pageMetadata?: Record<string, string>;
}

export interface ParsedPublicationText {
  kind: PublicationKind;
  lines: string[];
  documents: ReadDocument[];
  /** The date the page itself gives its one document (发布日期/发文日期), null for an issue of many documents. */
  pageDate: string | null;
  /** Diagnostics: contents entries not found, names repaired. */
  warnings: string[];
}

export function parsePublication(text: string, options: ParseOptions = {}): ParsedPublicationText {
  const prepared = prepareLines(text, options.placeNames ?? []);
  const warnings: string[] = [...prepared.repairs].map(([from, to]) => `地名更正 place name repaired: ${from} → ${to}`);
  let anchors: DocumentAnchor[] | null = null;
  let toc: Toc | null | undefined;
  const context: SegmentContext = {
    prepared,
    warnings,
    anchors: () => (anchors ??= findOfficialDocuments(prepared)),
    toc: () => {
      if (toc === undefined) toc = findToc(prepared, (context.anchors()[0]?.start ?? prepared.lines.length) + 1);
      return toc;
    },
  };
  let segmentation = null;
  for (const segmenter of SEGMENTERS) {
    segmentation = segmenter.segment(context);
    if (segmentation) break;
  }
  const kind = segmentation?.kind ?? 'single';
  const spans = segmentation?.spans ?? [];
  // The page's metadata describes the page's one document; in an issue of many it describes none of them.
  const page = spans.length === 1 ? pageFacts(options.pageMetadata, chromeFieldsOf(prepared)) : null;
  const documents = spans.map((span) => readDocument(prepared, span, page));
  const duplicates = findDuplicates(documents.map((d) => ({ title: d.title ?? '', docNumber: d.docNumber, text: d.text })));
  documents.forEach((d, i) => {
    d.duplicateOf = duplicates[i] ?? null;
  });
  return { kind, lines: prepared.lines, documents, pageDate: page?.published ?? null, warnings };
}
