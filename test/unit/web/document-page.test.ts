/** The document page's appearances: each one's issue, source, position and — for a PDF — the page it starts on. */
import { describe, expect, it } from 'vitest';
import type { DocumentAppearance } from '../../../shared/model/appearance.ts';
import type { IssueRecord } from '../../../shared/model/issue.ts';
import type { DocumentData } from '../../../shared/web/document-data.ts';
import { appearancePage, renderDocumentPage } from '../../../shared/web/pages/document-page.ts';
import { loadChange } from '../notify/helpers.ts';

const change = loadChange('land-requisition-lishi-revised');
const issue = (rawKey: string): IssueRecord => ({
  sourceId: 'lishi-gazette',
  issueId: 'lsgb-2023-03',
  url: 'https://gov.example/lsgb-2023-03.pdf',
  title: '吕梁市离石区人民政府公报2023年第3期',
  contentType: rawKey.endsWith('.pdf') ? 'pdf' : 'html',
  sha256: 'a'.repeat(64),
  rawKey,
  status: 'processed',
  reason: null,
  fetchedAt: '2023-10-01T00:00:00.000Z',
  processedAt: '2023-10-01T00:00:00.000Z',
  documentCount: 2,
});
const appearance = (extra: Partial<DocumentAppearance> = {}): DocumentAppearance => ({
  documentKey: change.documentKey,
  sourceId: 'lishi-gazette',
  issueId: 'lsgb-2023-03',
  index: 1,
  version: change.version,
  url: 'https://gov.example/lsgb-2023-03.pdf',
  seenAt: '2023-10-01T00:00:00.000Z',
  ...extra,
});

function data(a: DocumentAppearance, i: IssueRecord): DocumentData {
  const head = { documentKey: change.documentKey, label: change.title, version: change.version, hash: 'h', textKey: `text/${change.documentKey}/h.txt`, changeId: change.changeId, updatedAt: change.createdAt };
  return { history: { head, versions: [], appearances: [a] }, latest: change, versions: [], appearances: [{ appearance: a, issue: i, source: null }] };
}

describe('the page of an appearance', () => {
  it('is the page the process stage recorded, for a PDF issue only', () => {
    expect(appearancePage(appearance({ page: 7 }), issue('raw/lishi-gazette/lsgb-2023-03/x.pdf'), change)).toBe(7);
    expect(appearancePage(appearance({ page: 7 }), issue('raw/lishi-gazette/lsgb-2023-03/x.html'), change)).toBeNull();
    expect(appearancePage(appearance({ page: 7 }), null, change)).toBeNull();
  });
  it('falls back to the land project stage page for appearances recorded before pages were kept', () => {
    const withProject = { ...change, project: { projectId: 'p1', name: '征收项目', confidence: 0.9, reasons: [], earlier: [], page: 4 } };
    const old = appearance();
    expect(appearancePage(old, issue('raw/s/i/x.pdf'), withProject)).toBe(4);
    expect(appearancePage({ ...old, version: change.version + 1 }, issue('raw/s/i/x.pdf'), withProject)).toBeNull();
  });
  it('is shown with the position and links the archived PDF at that page', () => {
    const page = renderDocumentPage(data(appearance({ page: 12 }), issue('raw/lishi-gazette/lsgb-2023-03/abc.pdf')), 'https://gw.example/archive');
    expect(page).toContain('吕梁市离石区人民政府公报2023年第3期</strong>，第 2 篇，原件第 12 页起');
    expect(page).toContain('href="https://gw.example/archive/raw/lishi-gazette/lsgb-2023-03/abc.pdf#page=12"');
    const html = renderDocumentPage(data(appearance(), issue('raw/lishi-gazette/lsgb-2023-03/abc.html')), 'https://gw.example/archive');
    expect(html).not.toMatch(/页起|#page=/);
  });
});
