/**
 * Everything that makes one document's evidence hold, gathered for its evidence page: per publication the URL,
 * capture time, HTTP validators, sha256 and archived copy (at the document's page); the facts with page and
 * line; the stored excerpt; why it was classified. Pure.
 */
import type { ChangeRecord } from '../model/change.ts';
import type { IssueRecord } from '../model/issue.ts';
import type { LocatedFact, ProjectStage } from '../projects/project-model.ts';

export interface EvidenceCopy {
  sourceName: string;
  url: string;
  /** The archived original, linked at the document's page for a PDF. */
  archiveHref: string;
  /** The archived original without a page fragment (for curl). */
  archiveFile: string;
  sha256: string;
  capturedAt: string | null;
  firstSeenAt: string | null;
  etag: string | null;
  lastModified: string | null;
  version: number | null;
  fileName: string;
}

export interface EvidenceView {
  title: string;
  docNumber: string | null;
  issuer: string | null;
  date: string | null;
  copies: EvidenceCopy[];
  facts: LocatedFact[];
  page: number | null;
  excerpt: string;
  textHref: string;
  classification: { category: string; confidence: number | null; evidence: string[] };
  legalBasis: string[];
  project: { projectId: string; name: string } | null;
  recheck: ProjectStage['lastCheck'] | null;
}

/** raw/{sourceId}/{issueId}/{sha256}.{ext} → its parts (null for other keys). */
export function parseRawKey(rawKey: string): { sourceId: string; issueId: string; sha256: string; ext: string } | null {
  const m = /^raw\/([^/]+)\/([^/]+)\/([0-9a-f]{64})\.(\w+)$/.exec(rawKey);
  return m ? { sourceId: m[1]!, issueId: m[2]!, sha256: m[3]!, ext: m[4]! } : null;
}

export interface EvidenceInput {
  change: ChangeRecord;
  /** The issue record behind each link (same order), null when it is gone. */
  issues: (IssueRecord | null)[];
  stage: ProjectStage | null;
  projectName: string | null;
  archiveUrl: (key: string) => string;
}

export function evidenceView(input: EvidenceInput): EvidenceView {
  const { change, stage } = input;
  const page = stage?.page ?? null;
  const copies = change.links.map((link, i): EvidenceCopy => {
    const issue = input.issues[i] ?? null;
    const parts = parseRawKey(link.rawKey);
    const file = input.archiveUrl(link.rawKey);
    const isPdf = parts?.ext === 'pdf';
    return {
      sourceName: link.sourceName,
      url: link.url,
      archiveHref: isPdf && page ? `${file}#page=${page}` : file,
      archiveFile: file,
      sha256: issue?.rawKey === link.rawKey ? issue.sha256 : (parts?.sha256 ?? ''),
      capturedAt: issue?.rawKey === link.rawKey ? issue.fetchedAt : null,
      firstSeenAt: issue?.firstSeenAt ?? issue?.fetchedAt ?? null,
      etag: issue?.rawKey === link.rawKey ? (issue.etag ?? null) : null,
      lastModified: issue?.rawKey === link.rawKey ? (issue.lastModified ?? null) : null,
      version: issue?.rawKey === link.rawKey ? (issue.version ?? 1) : null,
      fileName: parts ? `original.${parts.ext}` : 'original',
    };
  });
  return {
    title: change.title,
    docNumber: change.docNumber,
    issuer: change.issuer,
    date: change.date,
    copies,
    facts: stage?.facts ?? [],
    page,
    excerpt: stage?.excerpt ?? change.excerpt,
    textHref: input.archiveUrl(change.links[0]!.textKey),
    classification: { category: change.category, confidence: change.confidence ?? null, evidence: change.evidence ?? [] },
    legalBasis: change.land?.legalBasis ?? [],
    project: stage ? { projectId: stage.projectId, name: input.projectName ?? stage.title } : null,
    recheck: stage?.lastCheck ?? null,
  };
}
