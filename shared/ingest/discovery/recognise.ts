import { HANWEB_DETAIL_PATTERN, TRS_DETAIL_PATTERN, type ListDiscovery } from '../../model/discovery-families.ts';
import { hanwebRecords } from './hanweb-jpage.ts';
import { anchorsOf } from './list-items.ts';
import { nextPage, scriptPager } from './pagination.ts';

/** What a page looks like to the probe: the family and the list definition that reads it. */
export interface Recognised {
  family: ListDiscovery['method'];
  /** Why this family: the structure that was found (shown to the operator). */
  evidence: string;
  discovery: ListDiscovery;
}

const TITLE_FIELDS = ['title', 'docTitle', 'DOCTITLE', 'name', 'vc_title', 'fileName', 'articleTitle', 'subject'];
const URL_FIELDS = ['url', 'link', 'href', 'docUrl', 'DOCPUBURL', 'pubUrl', 'vc_url', 'articleUrl', 'detailUrl'];
const DATE_FIELDS = ['publishDate', 'pubDate', 'publishTime', 'PUBDATE', 'docDate', 'releaseTime', 'date', 'createTime', 'writeTime'];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The first array of objects in a JSON value (breadth first, four levels deep) whose items have a title and a URL field. */
function findJsonList(value: unknown, path: string[] = [], depth = 0): { path: string; title: string; url: string; date?: string } | null {
  if (Array.isArray(value)) {
    const first = value.find((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v));
    if (!first) return null;
    const title = TITLE_FIELDS.find((f) => typeof first[f] === 'string');
    const url = URL_FIELDS.find((f) => typeof first[f] === 'string');
    const date = DATE_FIELDS.find((f) => typeof first[f] === 'string' || typeof first[f] === 'number');
    return title && url ? { path: path.join('.'), title, url, ...(date ? { date } : {}) } : null;
  }
  if (typeof value !== 'object' || value === null || depth > 4) return null;
  for (const [k, v] of Object.entries(value)) {
    const found = findJsonList(v, [...path, k], depth + 1);
    if (found) return found;
  }
  return null;
}

/** The query parameter that looks like a page number (pageNo=1, page=1, pageIndex=1, curPage=1), if the URL has one. */
function pageParamOf(url: string): { name: string; first: number } | null {
  for (const [name, value] of new URL(url).searchParams) {
    if (/^(?:page|pageNo|pageNum|pageIndex|curPage|current|p)$/i.test(name) && /^\d+$/.test(value)) return { name, first: Number(value) };
  }
  return null;
}

/**
 * A pattern for the links that are the list's entries: PDFs if the page links several, else the most common
 * URL shape among same-site links (digit runs generalised), e.g. /zwgk/tzgg/\d+\.html$. Null when no shape repeats.
 */
export function guessLinkPattern(html: string, pageUrl: string): string | null {
  const origin = new URL(pageUrl).origin;
  const links = anchorsOf(html, pageUrl).filter((a) => a.url.startsWith(origin) && a.url !== pageUrl);
  if (links.filter((a) => /\.pdf$/i.test(a.url)).length >= 2) return '\\.pdf$';
  const shapes = new Map<string, number>();
  for (const a of links) {
    const path = new URL(a.url).pathname;
    if (!/\.(?:s?html?|jsp|pdf|docx?)$/i.test(path) || /\/(?:index|default)(?:_\d+)?\.s?html?$/i.test(path)) continue;
    const shape = `${escape(path).replace(/\d+/g, '\\d+')}$`;
    shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
  }
  const best = [...shapes].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= 2 ? best[0] : null;
}

/**
 * Recognises a list page's family from its body: a JSON list endpoint, a Hanweb jpage datastore, a TRS WCM
 * column (createPageHTML / countPage pager or t{yyyymmdd}_ links), a paginated list (下一页 / index_n links),
 * else a plain index page. Null when nothing on the page looks like a list of documents.
 */
export function recognise(body: string, pageUrl: string, contentType: string | null): Recognised | null {
  const trimmed = body.replace(/^\uFEFF/, '').trimStart();
  if (/json/i.test(contentType ?? '') || trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch {
      return null;
    }
    const list = findJsonList(data);
    if (!list) return null;
    const page = pageParamOf(pageUrl);
    return {
      family: 'json-list',
      evidence: `JSON 数组 ${list.path || '(根)'}，字段 title=${list.title} url=${list.url}${list.date ? ` date=${list.date}` : ''}`,
      discovery: {
        method: 'json-list',
        listUrl: pageUrl,
        itemsPath: list.path,
        titleField: list.title,
        urlField: list.url,
        ...(list.date ? { dateField: list.date } : {}),
        ...(page ? { pageParam: page.name, firstPage: page.first } : { firstPage: 1 }),
        maxPages: 2,
      },
    };
  }
  const records = hanwebRecords(body);
  if (records.length > 0) {
    const fromRecords = records.join('\n');
    const hanwebLinks = anchorsOf(fromRecords, pageUrl).filter((a) => new RegExp(HANWEB_DETAIL_PATTERN).test(a.url));
    const linkPattern = hanwebLinks.length > 0 ? HANWEB_DETAIL_PATTERN : guessLinkPattern(fromRecords, pageUrl);
    if (!linkPattern) return null;
    return { family: 'hanweb-jpage', evidence: `大汉 datastore：${records.length} 条 record`, discovery: { method: 'hanweb-jpage', indexUrl: pageUrl, linkPattern, maxPages: 2 } };
  }
  const trsLinks = anchorsOf(body, pageUrl).filter((a) => new RegExp(TRS_DETAIL_PATTERN).test(a.url));
  const pager = scriptPager(body);
  if (trsLinks.length > 0) {
    return {
      family: 'trs-list',
      evidence: `TRS WCM：${trsLinks.length} 个 t{yyyymmdd}_ 链接${pager ? `，createPageHTML 共 ${pager.count} 页` : ''}`,
      discovery: { method: 'trs-list', indexUrl: pageUrl, linkPattern: TRS_DETAIL_PATTERN, maxPages: 2 },
    };
  }
  const linkPattern = guessLinkPattern(body, pageUrl);
  if (!linkPattern) return null;
  const next = nextPage(body, pageUrl);
  if (next) {
    return { family: 'paginated-list', evidence: `分页：下一页 ${next}`, discovery: { method: 'paginated-list', indexUrl: pageUrl, linkPattern, maxPages: 2 } };
  }
  return { family: 'html-index', evidence: `索引页链接 ${linkPattern}`, discovery: { method: 'html-index', indexUrl: pageUrl, linkPattern } };
}
