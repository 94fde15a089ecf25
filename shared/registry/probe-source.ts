import { ATTACHMENT_PATTERN } from '../model/discovery-families.ts';
import { sourceSchema, type Discovery, type Source } from '../model/source.ts';
import { decodeHtml } from '../ingest/decode-html.ts';
import { attachmentsOf } from '../ingest/discovery/detail-attachments.ts';
import { discover, type DiscoveredIssue } from '../ingest/discovery/discover.ts';
import { pageTitle } from '../ingest/discovery/list-items.ts';
import { recognise } from '../ingest/discovery/recognise.ts';
import { IngestError } from '../ingest/errors.ts';
import type { HttpResponse } from '../ingest/http-client.ts';
import { RobotsCache } from '../ingest/robots-cache.ts';
import { stableId } from '../util/hash.ts';
import { divisionNamedIn, jurisdictionOf } from './divisions.ts';

export interface ProbeOptions {
  id?: string | undefined;
  name?: string | undefined;
  divisionCode?: string | undefined;
  kind?: Source['kind'] | undefined;
}

export type ProbeResult =
  | { ok: false; reason: string }
  | {
      ok: true;
      family: Discovery['method'];
      evidence: string[];
      issues: DiscoveredIssue[];
      /** The ready definition; null (with `problems`) when something only the operator knows is missing. */
      source: Source | null;
      problems: string[];
    };

type Get = (url: string, headers?: Record<string, string>) => Promise<HttpResponse>;

/** Whether a list's entries are detail pages whose documents are attachments: the first readable one links a file. */
async function attachmentEvidence(issues: DiscoveredIssue[], get: Get, allows: (url: string) => Promise<boolean>): Promise<string | null> {
  const pattern = new RegExp(ATTACHMENT_PATTERN, 'i');
  const detail = issues.find((i) => !pattern.test(i.url));
  if (!detail || !(await allows(detail.url))) return null;
  try {
    const res = await get(detail.url);
    const files = attachmentsOf(decodeHtml(res.bytes, res.headers.get('content-type')), res.url, pattern);
    return files.length > 0 ? `详情页 ${detail.url} 附有 ${files.length} 个文件 attachments（${files.map((f) => f.url.split('/').pop()).join('，')}）` : null;
  } catch (err) {
    if (err instanceof IngestError) return null;
    throw err;
  }
}

const idFor = (url: string, divisionCode: string | null): string => {
  const u = new URL(url);
  const host = u.hostname.replace(/^www\./, '').split('.')[0]?.replace(/[^a-z0-9]/g, '') || 'site';
  return `${host}${divisionCode ? `-${divisionCode}` : ''}-${stableId(u.href, 6)}`;
};

/**
 * Probes a list page as the fetch stage would (robots.txt, the same GET with its address guard and limits):
 * recognises its family, runs that family's discovery to show the issues it finds, checks whether the entries'
 * documents are attachments of detail pages, and builds a source definition from what was found and `options`.
 */
export async function probeSource(url: string, get: Get, options: ProbeOptions = {}): Promise<ProbeResult> {
  const robots = new RobotsCache();
  const origin = new URL(url).origin;
  const rules = await robots.rulesFor(origin, get);
  if (typeof rules === 'string') return { ok: false, reason: rules };
  const allows = (u: string) => robots.allows(u, get);
  if (!(await allows(url))) return { ok: false, reason: `robots.txt 禁止抓取 disallows: ${url}` };

  let res: HttpResponse;
  try {
    res = await get(url);
  } catch (err) {
    if (err instanceof IngestError) return { ok: false, reason: err.message };
    throw err;
  }
  const body = decodeHtml(res.bytes, res.headers.get('content-type'));
  const found = recognise(body, res.url, res.headers.get('content-type'));
  if (!found) return { ok: false, reason: `未识别出文件列表 no list of documents recognised on ${res.url}` };

  const ctx = { get, now: new Date(), previous: { etag: null, lastModified: null }, allows };
  const listed = await discover(found.discovery, ctx);
  const listIssues = listed.status === 'found' ? listed.issues : [];
  const evidence = [found.evidence];
  const attachments = await attachmentEvidence(listIssues, get, allows);
  let discovery: Discovery = found.discovery;
  let issues = listIssues;
  if (attachments) {
    evidence.push(attachments);
    discovery = { method: 'detail-attachments', list: found.discovery, attachmentPattern: ATTACHMENT_PATTERN, maxDetails: 10 };
    const withFiles = await discover(discovery, ctx);
    issues = withFiles.status === 'found' ? withFiles.issues : [];
  }

  const title = pageTitle(body);
  const problems: string[] = [];
  const division = options.divisionCode ? jurisdictionOf(options.divisionCode) : (() => {
    const d = title ? divisionNamedIn(title) : null;
    return d ? jurisdictionOf(d.code) : null;
  })();
  if (!division) problems.push(options.divisionCode ? `未知行政区划代码 unknown division code ${options.divisionCode}` : '无法从页面标题判断行政区划 no division in the page title: 请用 --division <6位代码>');
  const name = options.name ?? title;
  if (!name) problems.push('页面没有标题 no page title: 请用 --name');
  if (issues.length === 0) problems.push('没有找到任何期次 the recognised list yielded no issues');
  const source =
    division && name
      ? sourceSchema.parse({
          id: options.id ?? idFor(res.url, division.divisionCode),
          name,
          jurisdiction: division,
          kind: options.kind ?? (/公报/.test(name) ? 'gazette' : 'document-list'),
          discovery,
          schedule: '20 8-20 * * *',
          politeness: { minIntervalMs: 5000, maxBytes: 50 * 1024 * 1024, timeoutMs: 30_000 },
          unverified: true,
        })
      : null;
  return { ok: true, family: discovery.method, evidence, issues, source, problems };
}
