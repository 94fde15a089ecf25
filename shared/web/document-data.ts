/**
 * Everything the document and versions pages and the document API show, read once: the stored history, the
 * change record of every version (category, facts, diff), and the issues and sources it appeared in.
 */
import type { ChangeRecord } from '../model/change.ts';
import type { IssueRecord } from '../model/issue.ts';
import type { Source } from '../model/source.ts';
import type { DocumentHistory } from '../store/document-history.ts';
import type { DocumentAppearance, DocumentVersion } from '../store/ports.ts';
import type { WebDeps } from './deps.ts';

export interface VersionData {
  version: DocumentVersion;
  /** The change that version made (null when its record is missing). */
  change: ChangeRecord | null;
}

export interface AppearanceData {
  appearance: DocumentAppearance;
  issue: IssueRecord | null;
  source: Source | null;
}

export interface DocumentData {
  history: DocumentHistory;
  /** The latest version's change: the document as it reads now. */
  latest: ChangeRecord;
  versions: VersionData[];
  appearances: AppearanceData[];
}

/** The document's data, or null when there is no such document (or its latest change record is missing). */
export async function loadDocument(documentKey: string, deps: Pick<WebDeps, 'documents' | 'changes' | 'issues' | 'sources'>): Promise<DocumentData | null> {
  const history = await deps.documents.history(documentKey);
  if (!history) return null;
  const changes = new Map<string, ChangeRecord | null>();
  await Promise.all(
    [...new Set([history.head.changeId, ...history.versions.map((v) => v.changeId)])].map(async (id) => {
      changes.set(id, await deps.changes.get(id));
    }),
  );
  const latest = changes.get(history.head.changeId);
  if (!latest) return null;
  const issues = new Map<string, IssueRecord | null>();
  const sources = new Map<string, Source | null>();
  await Promise.all(
    history.appearances.map(async (a) => {
      const issueKey = `${a.sourceId}/${a.issueId}`;
      if (!issues.has(issueKey)) {
        issues.set(issueKey, null);
        issues.set(issueKey, await deps.issues.get(a.sourceId, a.issueId));
      }
      if (!sources.has(a.sourceId)) {
        sources.set(a.sourceId, null);
        sources.set(a.sourceId, await deps.sources.get(a.sourceId));
      }
    }),
  );
  return {
    history,
    latest,
    versions: history.versions.map((version) => ({ version, change: changes.get(version.changeId) ?? null })),
    appearances: history.appearances.map((appearance) => ({
      appearance,
      issue: issues.get(`${appearance.sourceId}/${appearance.issueId}`) ?? null,
      source: sources.get(appearance.sourceId) ?? null,
    })),
  };
}
