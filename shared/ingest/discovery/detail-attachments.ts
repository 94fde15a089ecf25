import type { ListDiscovery } from '../../model/discovery-families.ts';
import { decodeHtml } from '../decode-html.ts';
import { IngestError } from '../errors.ts';
import { anchorsOf, metaDate, urlDate } from './list-items.ts';
import { mayRead, type DiscoveredIssue, type DiscoveryContext, type DiscoveryResult } from './types.ts';

/**
 * The files of one detail page that are the document itself: links matching `pattern` (PDF, .docx, .doc …),
 * each once, with the link text (often the file name) when it says more than "附件".
 */
export function attachmentsOf(html: string, pageUrl: string, pattern: RegExp): { url: string; text: string }[] {
  const seen = new Set<string>();
  return anchorsOf(html, pageUrl).filter((a) => {
    if (!pattern.test(a.url) || seen.has(a.url)) return false;
    seen.add(a.url);
    return true;
  });
}

const titled = (detailTitle: string | null, linkText: string, several: boolean): string | null => {
  const text = linkText.replace(/^附件\s*\d*\s*[:：]?\s*/, '').trim();
  if (!several || !text) return detailTitle ?? (text || null);
  return detailTitle ? `${detailTitle}（${text}）` : text;
};

/**
 * A list of detail pages whose documents are attached files: the list is read with its own family, then up
 * to `maxDetails` detail pages (newest first, each allowed by robots.txt); every attachment becomes an issue
 * carrying the detail page's title and date (the list's, else the page's <meta> PubDate, else its URL's), and a detail page without one is itself the issue. A detail
 * page that cannot be read now is left for the next run (it is not an issue yet).
 */
export async function discoverFromDetailAttachments(
  discovery: { list: ListDiscovery; attachmentPattern: string; maxDetails: number },
  ctx: DiscoveryContext,
  readList: (list: ListDiscovery, ctx: DiscoveryContext) => Promise<DiscoveryResult>,
): Promise<DiscoveryResult> {
  const listed = await readList(discovery.list, ctx);
  if (listed.status === 'not-modified') return listed;
  const pattern = new RegExp(discovery.attachmentPattern, 'i');
  const issues = new Map<string, DiscoveredIssue>();
  for (const detail of listed.issues.slice(0, discovery.maxDetails)) {
    if (pattern.test(detail.url)) {
      issues.set(detail.url, detail);
      continue;
    }
    if (!(await mayRead(ctx, detail.url))) continue;
    let html: string;
    let pageUrl: string;
    try {
      const res = await ctx.get(detail.url);
      html = decodeHtml(res.bytes, res.headers.get('content-type'));
      pageUrl = res.url;
    } catch (err) {
      if (err instanceof IngestError) continue;
      throw err;
    }
    const files = attachmentsOf(html, pageUrl, pattern);
    const publishedAt = detail.publishedAt ?? metaDate(html) ?? urlDate(detail.url);
    if (files.length === 0 && !issues.has(detail.url)) issues.set(detail.url, { ...detail, publishedAt });
    for (const f of files) {
      if (issues.has(f.url)) continue;
      issues.set(f.url, { url: f.url, title: titled(detail.title, f.text, files.length > 1), publishedAt, mayBeAbsent: false });
    }
  }
  return { status: 'found', issues: [...issues.values()], validators: listed.validators };
}
