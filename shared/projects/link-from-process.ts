/**
 * The process stage's entry to linking: a parsed land document, where it was published, and its place in the
 * issue text → its project (linked and recorded), or null for a document that is no stage of a land project.
 */
import { locateFacts, pageOfLine, type PageSpan } from '../evidence/locate-facts.ts';
import type { ParsedDocument } from '../model/document.ts';
import type { IssueRecord } from '../model/issue.ts';
import type { Source } from '../model/source.ts';
import type { ChangeLink } from '../store/ports.ts';
import { isProjectDocument, stageOf } from './infer-stage.ts';
import { linkLandDocument, type LinkDeps } from './link-document.ts';
import type { ProjectRef } from './project-model.ts';
import { displayTitle } from '../model/display-title.ts';

export interface ProcessLinkContext {
  documentKey: string;
  changeId: string;
  issue: IssueRecord;
  source: Source;
  link: ChangeLink;
  /** The issue text's lines and, when the extract stage gave one, its page map. */
  lines: readonly string[];
  pages: readonly PageSpan[];
}

const EXCERPT_CHARS = 400;

export async function linkProcessedDocument(doc: ParsedDocument, ctx: ProcessLinkContext, deps: LinkDeps): Promise<ProjectRef | null> {
  if (!isProjectDocument(doc)) return null;
  const j = ctx.source.jurisdiction;
  const flat = doc.text.replace(/\s+/g, ' ').trim();
  return linkLandDocument(
    {
      title: displayTitle(doc),
      text: doc.text,
      docNumber: doc.docNumber,
      issuer: doc.issuer,
      land: doc.land,
      placeHint: j.county ?? j.city ?? j.province,
      stage: stageOf(doc),
      documentKey: ctx.documentKey,
      changeId: ctx.changeId,
      date: doc.date,
      region: j.province,
      deadlines: doc.land?.deadlines ?? [],
      facts: locateFacts({ land: doc.land, lines: ctx.lines, startLine: doc.startLine, endLine: doc.endLine, pages: ctx.pages }),
      page: pageOfLine(ctx.pages, doc.startLine),
      excerpt: flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS)}…` : flat,
      where: {
        sourceId: ctx.source.id,
        sourceName: ctx.source.name,
        url: ctx.issue.url,
        issueId: ctx.issue.issueId,
        rawKey: ctx.issue.rawKey,
        textKey: ctx.link.textKey,
        sha256: ctx.issue.sha256,
      },
    },
    deps,
  );
}
