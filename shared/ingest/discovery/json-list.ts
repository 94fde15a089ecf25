import * as z from 'zod';
import { decodeHtml } from '../decode-html.ts';
import { IngestError, permanent } from '../errors.ts';
import { dayAsInstant, resolveHref } from './list-items.ts';
import { conditionalGet, mayRead, validatorsOf, type DiscoveredIssue, type DiscoveryContext, type DiscoveryResult } from './types.ts';

export interface JsonListDiscovery {
  listUrl: string;
  itemsPath: string;
  titleField: string;
  urlField: string;
  dateField?: string | undefined;
  linkBase?: string | undefined;
  pageParam?: string | undefined;
  firstPage: number;
  maxPages: number;
  linkPattern?: string | undefined;
}

const itemsSchema = z.array(z.record(z.string(), z.unknown()));

/** The value at a dot path ("data.list", "result.0.rows"); the body itself for ''. */
function at(value: unknown, path: string): unknown {
  let v = value;
  for (const part of path.split('.').filter(Boolean)) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = Object.entries(v).find(([k]) => k === part)?.[1];
  }
  return v;
}

/** A list date: "2024-01-05", "2024-01-05 09:30:00", "2024/1/5", or epoch milliseconds/seconds; Beijing calendar day. */
export function jsonDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const ms = value < 1e11 ? value * 1000 : value;
    const day = new Date(ms + 8 * 3600_000).toISOString().slice(0, 10).split('-');
    return dayAsInstant(day[0] ?? '', day[1] ?? '', day[2] ?? '');
  }
  if (typeof value !== 'string') return null;
  const m = /^\s*((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(value);
  return m ? dayAsInstant(m[1] ?? '', m[2] ?? '', m[3] ?? '') : null;
}

/** The issues of one JSON list body; throws a permanent error when the body is not the list the source describes. */
export function jsonListItems(body: string, d: JsonListDiscovery, responseUrl: string): DiscoveredIssue[] {
  let data: unknown;
  try {
    data = JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch {
    throw permanent(`不是 JSON 列表 not JSON: ${responseUrl}`);
  }
  const parsed = itemsSchema.safeParse(at(data, d.itemsPath));
  if (!parsed.success) throw permanent(`JSON 中 ${d.itemsPath || '(根)'} 不是条目数组 no array of items at "${d.itemsPath}": ${responseUrl}`);
  const pattern = d.linkPattern ? new RegExp(d.linkPattern) : null;
  const issues: DiscoveredIssue[] = [];
  for (const item of parsed.data) {
    const href = at(item, d.urlField);
    const url = typeof href === 'string' ? resolveHref(href, d.linkBase ?? responseUrl) : null;
    if (!url || (pattern && !pattern.test(url.href))) continue;
    const title = at(item, d.titleField);
    issues.push({
      url: url.href,
      title: typeof title === 'string' && title.trim() ? title.replace(/\s+/g, ' ').trim() : null,
      publishedAt: d.dateField ? jsonDate(at(item, d.dateField)) : null,
      mayBeAbsent: false,
    });
  }
  return issues;
}

const pageUrl = (d: JsonListDiscovery, page: number): string => {
  if (!d.pageParam) return d.listUrl;
  const url = new URL(d.listUrl);
  url.searchParams.set(d.pageParam, String(page));
  return url.href;
};

/**
 * A 政务公开 platform's JSON list endpoint (GET): the first page with conditional GET, then, with a page
 * parameter, up to `maxPages - 1` more until a page brings nothing new. Each URL once.
 */
export async function discoverFromJsonList(d: JsonListDiscovery, ctx: DiscoveryContext): Promise<DiscoveryResult> {
  const first = await conditionalGet(ctx, pageUrl(d, d.firstPage));
  if (!first) return { status: 'not-modified' };
  const issues = new Map<string, DiscoveredIssue>();
  const add = (found: DiscoveredIssue[]): number => {
    let added = 0;
    for (const i of found) if (!issues.has(i.url)) (issues.set(i.url, i), added++);
    return added;
  };
  let added = add(jsonListItems(decodeHtml(first.bytes, first.headers.get('content-type')), d, first.url));
  for (let page = 1; d.pageParam && page < d.maxPages && added > 0; page++) {
    const url = pageUrl(d, d.firstPage + page);
    if (!(await mayRead(ctx, url))) break;
    try {
      const res = await ctx.get(url);
      added = add(jsonListItems(decodeHtml(res.bytes, res.headers.get('content-type')), d, res.url));
    } catch (err) {
      if (err instanceof IngestError) break;
      throw err;
    }
  }
  return { status: 'found', issues: [...issues.values()], validators: validatorsOf(first) };
}
