import { bodyOf, type Catalogue, type SiteSource } from './catalogue.ts';
import { feedSources } from './discovery-plan.ts';
import { renderFeed } from './feed.ts';
import { renderIndexPage } from './index-page.ts';
import type { SiteState } from './site-state.ts';

/** What a path serves. */
export interface Representation {
  status: 200 | 404;
  body: Buffer;
  contentType: string;
  lastModified: Date;
}

/** Site dates are calendar days; pages appear at 10:00 Beijing time. */
const publishedAt = (isoDate: string): Date => new Date(`${isoDate}T10:00:00+08:00`);
const siteOpened = publishedAt('2023-01-01');

const html = (text: string): { contentType: string; body: Buffer } => ({ contentType: 'text/html; charset=UTF-8', body: Buffer.from(text, 'utf8') });

function portal(sources: readonly SiteSource[]): string {
  const items = sources.map((s) => `    <li><a href="/${s.id}/index.html">${s.name}</a>（${s.column}）</li>`).join('\n');
  return `<!DOCTYPE html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"><title>样例政府网站（本地）</title></head>\n<body>\n  <h1>样例政府网站 sample gazette site</h1>\n  <ul>\n${items}\n  </ul>\n</body>\n</html>\n`;
}

const notFound = html(
  '<!DOCTYPE html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"><title>404 页面不存在</title></head>\n<body><h1>404</h1><p>您访问的页面不存在或已被删除。</p></body>\n</html>\n',
);

/** Maps a URL path to what the site serves there right now. */
export function createRoutes(catalogue: Catalogue, state: SiteState, baseUrl: () => string): (path: string) => Representation {
  const { manifest } = catalogue;
  return (path) => {
    if (path === '/robots.txt') {
      return { status: 200, contentType: 'text/plain; charset=utf-8', body: Buffer.from('User-agent: *\nAllow: /\n'), lastModified: siteOpened };
    }
    if (path === '/' || path === '/index.html') {
      return { status: 200, ...html(portal(manifest.sources)), lastModified: siteOpened };
    }
    const source = manifest.sources.find((s) => path === `/${s.id}/index.html`);
    if (source) {
      const entries = state.entriesOf(source.id);
      const newest = entries[0]?.published ?? '2023-01-01';
      return { status: 200, ...html(renderIndexPage(source, entries, baseUrl())), lastModified: publishedAt(newest) };
    }
    const feedOf = manifest.sources.find((s) => feedSources[s.id] && path === `/${s.id}/${feedSources[s.id]}`);
    if (feedOf) {
      const entries = state.entriesOf(feedOf.id);
      const body = Buffer.from(renderFeed(feedOf, entries, baseUrl(), path), 'utf8');
      return { status: 200, contentType: 'application/rss+xml; charset=UTF-8', body, lastModified: publishedAt(entries[0]?.published ?? '2023-01-01') };
    }
    const entry = state.entryAt(path);
    const body = entry ? (state.replaced.get(entry.path) ?? bodyOf(catalogue, entry.path)) : undefined;
    if (entry && body) {
      const contentType =
        entry.contentType === 'application/pdf' ? 'application/pdf' : `text/html; charset=${entry.charset === 'gbk' ? 'GBK' : 'UTF-8'}`;
      return { status: 200, contentType, body, lastModified: publishedAt(entry.published) };
    }
    return { status: 404, ...notFound, lastModified: siteOpened };
  };
}
