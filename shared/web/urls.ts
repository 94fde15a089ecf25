/**
 * The addresses of the document, version, diff, change and source pages and of the JSON API: one place
 * that builds them (pages, mails, API answers) and reads them back (the page router).
 */
const seg = encodeURIComponent;

export const pagePaths = {
  document: (documentKey: string) => `/documents/${seg(documentKey)}`,
  versions: (documentKey: string) => `/documents/${seg(documentKey)}/versions`,
  /** The diff that made `version` (from the version before it). */
  diff: (documentKey: string, version: number) => `/documents/${seg(documentKey)}/versions/${version}/diff`,
  change: (changeId: string) => `/changes/${seg(changeId)}`,
  source: (sourceId: string) => `/sources/${seg(sourceId)}`,
};

export const apiPaths = {
  changes: '/api/changes',
  document: (documentKey: string) => `/api/documents/${seg(documentKey)}`,
  versions: (documentKey: string) => `/api/documents/${seg(documentKey)}/versions`,
  openapi: '/api/openapi.json',
};

/** The archive route of a stored object (original, text, diff): a redirect to a short-lived link. */
export const archiveUrl = (archiveBaseUrl: string, key: string): string =>
  `${archiveBaseUrl.replace(/\/$/, '')}/${key.split('/').map(seg).join('/')}`;

/** The stored diff of a revision, `diffs/{documentKey}/v{from}-v{to}.html` (process stage) → its page's path. */
export function diffPageOfKey(diffKey: string): string | null {
  const m = /^diffs\/([a-z]:[0-9a-f]+)\/v(\d+)-v(\d+)\.html$/.exec(diffKey);
  return m ? pagePaths.diff(m[1]!, Number(m[3])) : null;
}

/** Joins a base URL and a path. */
export const absolute = (baseUrl: string, path: string): string => `${baseUrl.replace(/\/$/, '')}${path}`;
