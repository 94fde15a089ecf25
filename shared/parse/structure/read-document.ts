/**
 * The one document-structure reader (GB/T 9704 parts) every segmenter hands its spans to: head (masthead,
 * 文号, 标题, adoption line), body, 署名 and 成文日期, attachments — then the document's metadata, with the
 * page's own fields filling what the lines do not print.
 */
import type { SegmentedDocument } from '../../model/document.ts';
import type { PreparedText } from '../prepare-lines.ts';
import { readBody } from './body.ts';
import { isAdoptionLine, readHead, type DocumentHead } from './head.ts';
import { asSigned, issuerOfOrder, issuersOfTitle, ledeActor, organiserOf, sessionMention } from './issuers.ts';
import type { PageFacts } from './page-metadata.ts';
import { ledeDate } from './lede-date.ts';
import { readSignature } from './signature.ts';
import { officialTitle } from './title-shape.ts';

/** A document as a segmenter found it: its lines, and what the segmenter already knows of its head. */
export interface DocumentSpan {
  /** 0-based first and last line. */
  start: number;
  end: number;
  /**
   * The title found by the segmenter (contents entry, title above a 文号, headline); null when the segmenter
   * knows none is printed; undefined to let the structure reader find it.
   */
  title?: string | null;
  /** Lines holding the segmenter's title, left out of the body. */
  titleLines?: readonly number[];
  docNumber?: string | null;
  /** First line of the body when the segmenter knows it (the line after the 文号). */
  bodyStart?: number;
  /** A headline sharing its line with the body: its characters are cut off that line. */
  split?: { line: number; headChars: number } | null;
  /** A newspaper article: no masthead or 署名 rules, issuer only when it signs. */
  article?: boolean;
  /** Organs the segmenter read as the masthead. */
  masthead?: readonly string[];
  /** A date the segmenter read (a report's subtitle). */
  date?: string | null;
}

export interface ReadDocument extends SegmentedDocument {
  /** The body as analysed (simplified); `text` keeps the characters as published. */
  analysisText: string;
}

/** How far into a document a session body (人大常委会第N次会议) may be named to count as its issuer. */
const SESSION_WINDOW = 12;

export function readDocument(prepared: PreparedText, span: DocumentSpan, page: PageFacts | null = null): ReadDocument {
  const head: DocumentHead | null = span.title === undefined ? readHead(prepared, span.start, span.end) : null;
  const title = span.title !== undefined ? span.title : (head?.title ?? null);
  const bodyStart = span.bodyStart ?? head?.bodyStart ?? span.start;
  const skip = new Set<number>([...(span.titleLines ?? []), ...(head?.titleLines ?? [])]);
  const body = readBody(prepared, head?.textStart ?? bodyStart, span.end, skip, span.split);
  const signature = readSignature(prepared, bodyStart, span.end);

  const docNumber = span.docNumber ?? head?.docNumber ?? page?.docNumber ?? null;
  const pageTitle = page?.title ?? null;
  const finalTitle = title && (officialTitle(title) || !pageTitle) ? title : (pageTitle ?? title);
  const titleIssuers = finalTitle ? issuersOfTitle(finalTitle) : [];
  const masthead = [...(span.masthead ?? []), ...(head?.masthead ?? [])];
  const orderIssuer = issuerOfOrder(docNumber);
  const candidates: string[][] = span.article
    ? [titleIssuers, signature.signers]
    : [
        signature.signers.length >= 2 ? signature.signers : [],
        masthead.length >= 2 ? masthead : [],
        asSigned(titleIssuers, signature.signers) ?? titleIssuers,
        signature.signers,
        masthead,
        head?.promulgators ?? [],
        orderIssuer ? [orderIssuer] : [],
        head?.headIssuers ?? [],
        page?.issuers ?? [],
        head?.adopted ? [] : (page?.publishers ?? []),
        page?.authors ?? [],
      ];
  let issuers = candidates.find((c) => c.length > 0) ?? (span.article ? [] : organiserIn(prepared, bodyStart, span.end));
  if (issuers.length === 0 && !span.article) {
    const session = sessionIssuer(prepared, bodyStart, span.end);
    if (session) issuers = [session];
    else if (session === undefined) {
      const actor = ledeIssuer(prepared, bodyStart, span.end);
      if (actor) issuers = [actor];
    }
  }

  // The page's publication date is a document's date only for a numbered document the page releases.
  const date =
    signature.date ??
    span.date ??
    head?.headDate ??
    page?.date ??
    (docNumber && !span.article ? (page?.published ?? null) : null) ??
    (docNumber ? null : ledeDate(prepared, bodyStart, span.end, page?.published ?? head?.pageStamp ?? null));
  return {
    title: finalTitle,
    docNumber,
    issuer: issuers[0] ?? null,
    issuers,
    date,
    startLine: span.start + 1,
    endLine: span.end + 1,
    duplicateOf: null,
    text: body.text,
    analysisText: body.analysisText,
    disclosure: signature.disclosure ?? disclosureIn(prepared, bodyStart, span.end),
    attachments: body.attachments,
  };
}

/**
 * The first 人大常委会 / 人民代表大会 / 政协 session named near the top of the body (news of a session); null when
 * that session only holds a procedural meeting (主任会议, 主席团会议) or opens; undefined when none is named. An adoption line (题注) names the makers of
 * the text, not the issuer of the page's document.
 */
function sessionIssuer(prepared: PreparedText, from: number, to: number): string | null | undefined {
  for (let i = from, seen = 0; i <= to && seen < SESSION_WINDOW; i++) {
    const li = prepared.info[i];
    if (!li || li.blank || li.noise) continue;
    seen++;
    if (isAdoptionLine(li.plain)) continue;
    const mention = sessionMention(li.plain);
    if (mention) return mention.procedural ? null : mention.body;
  }
  return undefined;
}

/** The organ a notice names as the holder of what it announces (听证会举办机构：…), one item of its body. */
function organiserIn(prepared: PreparedText, from: number, to: number): string[] {
  for (let i = from; i <= to; i++) {
    const li = prepared.info[i];
    if (!li || li.blank || li.noise) continue;
    const organ = organiserOf(li.plain);
    if (organ) return [organ];
  }
  return [];
}

/** The lede is the report's first line of text. */
const LEDE_WINDOW = 1;

/** The actor named by the lede of a news report (its first lines). */
function ledeIssuer(prepared: PreparedText, from: number, to: number): string | null {
  for (let i = from, seen = 0; i <= to && seen < LEDE_WINDOW; i++) {
    const li = prepared.info[i];
    if (!li || li.blank || li.noise) continue;
    seen++;
    const actor = ledeActor(li.plain);
    if (actor) return actor;
  }
  return null;
}

function disclosureIn(prepared: PreparedText, from: number, to: number): string | null {
  for (let i = from; i <= to; i++) {
    const d = prepared.info[i]?.disclosure;
    if (d) return d;
  }
  return null;
}
