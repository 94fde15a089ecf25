/** Stored records → the JSON API's answers (absolute page, API and archive links added). */
import type * as z from 'zod';
import type { ChangeRecord } from '../model/change.ts';
import type { DocumentData } from '../web/document-data.ts';
import { absolute, apiPaths, archiveUrl, pagePaths } from '../web/urls.ts';
import type { apiChangeSchema, documentAnswerSchema, versionsAnswerSchema } from './schemas.ts';

export interface LinkBases {
  publicBaseUrl: string;
  archiveBaseUrl: string;
}

export function apiChange(change: ChangeRecord, bases: LinkBases): z.infer<typeof apiChangeSchema> {
  const base = bases.publicBaseUrl;
  return {
    ...change,
    pageUrl: absolute(base, pagePaths.change(change.changeId)),
    documentUrl: absolute(base, pagePaths.document(change.documentKey)),
    documentApiUrl: absolute(base, apiPaths.document(change.documentKey)),
    diffPageUrl: change.diffKey ? absolute(base, pagePaths.diff(change.documentKey, change.version)) : null,
  };
}

export function apiDocument(data: DocumentData, bases: LinkBases): z.infer<typeof documentAnswerSchema> {
  const { head } = data.history;
  const latest = data.latest;
  return {
    ok: true,
    document: {
      documentKey: head.documentKey,
      label: head.label,
      title: latest.title,
      docNumber: latest.docNumber,
      issuer: latest.issuer,
      date: latest.date,
      category: latest.category,
      tags: latest.tags ?? [],
      version: head.version,
      updatedAt: head.updatedAt,
      pageUrl: absolute(bases.publicBaseUrl, pagePaths.document(head.documentKey)),
      versionsUrl: absolute(bases.publicBaseUrl, apiPaths.versions(head.documentKey)),
      latest: apiChange(latest, bases),
      appearances: data.appearances.map(({ appearance: a, issue, source }) => ({
        sourceId: a.sourceId,
        sourceName: source?.name ?? null,
        issueId: a.issueId,
        issueTitle: issue?.title ?? null,
        index: a.index,
        version: a.version,
        url: a.url,
        archiveUrl: issue ? archiveUrl(bases.archiveBaseUrl, issue.rawKey) : null,
        seenAt: a.seenAt,
      })),
    },
  };
}

export function apiVersions(data: DocumentData, bases: LinkBases): z.infer<typeof versionsAnswerSchema> {
  const key = data.history.head.documentKey;
  return {
    ok: true,
    documentKey: key,
    versions: data.versions.map(({ version: v, change }) => ({
      version: v.version,
      createdAt: v.createdAt,
      changeId: v.changeId,
      kind: change?.kind ?? null,
      sourceId: v.sourceId,
      issueId: v.issueId,
      hash: v.hash,
      textUrl: archiveUrl(bases.archiveBaseUrl, v.textKey),
      changeUrl: absolute(bases.publicBaseUrl, pagePaths.change(v.changeId)),
      diff: change?.diff ?? null,
      diffPageUrl: change?.diffKey ? absolute(bases.publicBaseUrl, pagePaths.diff(key, v.version)) : null,
    })),
  };
}
