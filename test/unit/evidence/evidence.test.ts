import { describe, expect, it } from 'vitest';
import { evidenceView, parseRawKey } from '../../../shared/evidence/evidence-view.ts';
import { lineOf, locateFacts, pageOfLine } from '../../../shared/evidence/locate-facts.ts';
import { renderEvidencePage } from '../../../shared/evidence/render-evidence-page.ts';
import { changeRecordSchema } from '../../../shared/model/change.ts';
import type { ProjectStage } from '../../../shared/projects/project-model.ts';
import { renderProjectPage } from '../../../shared/projects/render-project-page.ts';
import { buildTimeline } from '../../../shared/projects/timeline.ts';

const sha = 'ab'.repeat(32);
const change = changeRecordSchema.parse({
  changeId: 'c1',
  kind: 'new',
  documentKey: 'k1',
  version: 1,
  category: 'land',
  subtype: 'land-requisition',
  confidence: 0.9,
  evidence: ['title: 征收土地公告'],
  jurisdiction: { province: '山西省', county: '青岚县', divisionCode: '149921' },
  issuer: '青岚县人民政府',
  title: '青岚县人民政府征收土地公告<script>',
  docNumber: '青政征告〔2024〕21号',
  date: '2024-07-20',
  appointments: [],
  land: { project: null, location: null, area: null, compensation: [], deadlines: [], implementer: null, legalBasis: ['《中华人民共和国土地管理法》'] },
  regulation: null,
  excerpt: '经批准……',
  diff: null,
  diffKey: null,
  links: [{ sourceId: 'qinglan', sourceName: '青岚县人民政府公报', url: 'http://example.cn/2024-07.pdf', rawKey: `raw/qinglan/iss1/${sha}.pdf`, textKey: 'text/k1/h.txt' }],
  day: '2024-07-25',
  createdAt: '2024-07-25T02:00:00Z',
});
const stage: ProjectStage = {
  projectId: 'P1',
  documentKey: 'k1',
  changeId: 'c1',
  stage: 'announcement',
  title: change.title,
  docNumber: change.docNumber,
  issuer: change.issuer,
  date: '2024-07-20',
  sourceId: 'qinglan',
  sourceName: '青岚县人民政府公报',
  url: 'http://example.cn/2024-07.pdf',
  issueId: 'iss1',
  rawKey: `raw/qinglan/iss1/${sha}.pdf`,
  textKey: 'text/k1/h.txt',
  sha256: sha,
  deadlines: [{ text: '自本公告发布之日起15日内', date: '2024-08-04', purpose: '登记' }],
  facts: [{ label: '期限（登记）', value: '自本公告发布之日起15日内', line: 88, page: 3 }],
  page: 3,
  excerpt: '经山西省人民政府批准 <b>',
  confidence: 0.95,
  reasons: ['批次相同：青岚县2024年第3批'],
  evidence: { names: [], batches: ['青岚县2024年第3批'], approvals: [], villages: [], areasSqm: [], county: '青岚县' },
  linkedAt: '2024-07-25T02:00:00Z',
};
const issue = {
  sourceId: 'qinglan',
  issueId: 'iss1',
  url: 'http://example.cn/2024-07.pdf',
  title: null,
  contentType: 'pdf' as const,
  sha256: sha,
  rawKey: `raw/qinglan/iss1/${sha}.pdf`,
  status: 'processed' as const,
  reason: null,
  fetchedAt: '2024-07-25T01:59:00.000Z',
  processedAt: null,
  documentCount: 3,
  etag: '"5f-abc"',
  lastModified: 'Thu, 25 Jul 2024 01:00:00 GMT',
};

describe('locating facts', () => {
  const lines = ['公告', '一、征收范围：石门村', '三、自本公告发布之日', '起15日内办理登记'];
  it('finds the line of a fact, also across a line break, and its page from the page map', () => {
    expect(lineOf('征收范围：石门村', { lines, startLine: 1, endLine: 4 })).toBe(2);
    expect(lineOf('自本公告发布之日起15日内', { lines, startLine: 1, endLine: 4 })).toBe(3);
    expect(lineOf('不在文中的话', { lines, startLine: 1, endLine: 4 })).toBeNull();
    expect(pageOfLine([{ page: 1, startLine: 1, endLine: 2 }, { page: 2, startLine: 3, endLine: 4 }], 3)).toBe(2);
    const facts = locateFacts({ land: { ...change.land!, deadlines: [{ text: '自本公告发布之日起15日内', date: null }] }, lines, startLine: 1, endLine: 4, pages: [{ page: 2, startLine: 3, endLine: 4 }] });
    expect(facts.find((f) => f.label === '期限')).toEqual({ label: '期限', value: '自本公告发布之日起15日内', line: 3, page: 2 });
  });
});

describe('evidence page', () => {
  const view = evidenceView({ change, issues: [issue], stage, projectName: '青岚县2024年第3批次建设用地', archiveUrl: (k) => `https://gw.example/archive/${k}` });

  it('gathers hash, capture time and validators, and links the original at its page', () => {
    expect(parseRawKey(`raw/qinglan/iss1/${sha}.pdf`)).toEqual({ sourceId: 'qinglan', issueId: 'iss1', sha256: sha, ext: 'pdf' });
    expect(view.copies[0]).toMatchObject({ sha256: sha, capturedAt: '2024-07-25T01:59:00.000Z', etag: '"5f-abc"', archiveHref: `https://gw.example/archive/raw/qinglan/iss1/${sha}.pdf#page=3` });
  });

  it('renders everything escaped, with the sha256sum check and the facts’ page and line', () => {
    const html = renderEvidencePage(view);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain(`sha256sum original.pdf\n# 应输出：${sha}  original.pdf`);
    expect(html).toContain('第 3 页，第 88 行');
    expect(html).toContain('打开原件第 3 页');
    expect(html).toContain('href="../projects/P1"');
  });

  it('renders a project page with its stages, deadlines by status and the open stages', () => {
    const html = renderProjectPage(buildTimeline({ projectId: 'P1', name: '青岚县2024年第3批次建设用地', region: '山西省', county: '青岚县', evidence: stage.evidence, documentKeys: ['k1'], createdAt: '', updatedAt: '' }, [stage], '2024-08-01'));
    expect(html).toContain('征收土地公告 · 2024年7月20日');
    expect(html).toContain('<td class="open">未到期</td>');
    expect(html).toContain('补偿登记：尚未发现');
    expect(html).toContain('href="../evidence/c1"');
    expect(html).not.toContain('<script>');
  });
});
