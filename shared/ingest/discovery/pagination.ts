import { anchorsOf, scriptsOf } from './list-items.ts';

/** The pager a list page declares: how many pages, and how page n is named (prefix_n.suffix, page 0 = prefix.suffix). */
export interface ScriptPager {
  count: number;
  prefix: string;
  suffix: string;
}

const EXTENSION = /^s?html?$/i;
const NEXT_TEXT = /^(?:下一页|下页|后页|next(?:\s*page)?|›|»|>)$/i;

/**
 * A pager written as a script: the TRS WCM call `createPageHTML(count, current, "index", "html")`, its newer
 * form `createPageHTML("page_div", count, current, "index", "html", total)`, or the variables
 * `var countPage = 10 … var prefix = "index" … var suffix = "html"`.
 */
export function scriptPager(html: string): ScriptPager | null {
  for (const script of scriptsOf(html)) {
    const call = /createPageHTML\s*\(([^)]*)\)/.exec(script);
    if (call) {
      const args = (call[1] ?? '').split(',').map((a) => a.trim());
      const numbers = args.filter((a) => /^\d+$/.test(a)).map(Number);
      const strings = args.filter((a) => /^(["']).*\1$/.test(a)).map((a) => a.slice(1, -1));
      const ext = strings.findIndex((s, i) => i > 0 && EXTENSION.test(s));
      const count = numbers[0];
      if (count !== undefined && ext > 0) return { count, prefix: strings[ext - 1] ?? 'index', suffix: strings[ext] ?? 'html' };
    }
    const count = /\bcountPage\s*=\s*["']?(\d+)/.exec(script);
    if (count) {
      const prefix = /\bprefix\s*=\s*["']([\w-]+)["']/.exec(script)?.[1] ?? 'index';
      const suffix = /\bsuffix\s*=\s*["'](s?html?)["']/.exec(script)?.[1] ?? 'html';
      return { count: Number(count[1]), prefix, suffix };
    }
  }
  return null;
}

/** Which page of a pager a URL is: 0 for prefix.suffix (or a directory URL), n for prefix_n.suffix. */
function pageNumber(pageUrl: string, pager: ScriptPager): number {
  const file = new URL(pageUrl).pathname.split('/').pop() ?? '';
  const m = new RegExp(`^${pager.prefix}_(\\d+)\\.${pager.suffix}$`).exec(file);
  return m ? Number(m[1]) : 0;
}

/**
 * The list page after `pageUrl`: named by its script pager, else by a 下一页 / next link, else by a link to
 * the page's own name with _n+1 (index.html → index_1.html, index_3.html → index_4.html). Null on the last page.
 */
export function nextPage(html: string, pageUrl: string): string | null {
  const pager = scriptPager(html);
  if (pager) {
    const next = pageNumber(pageUrl, pager) + 1;
    return next < pager.count ? new URL(`${pager.prefix}_${next}.${pager.suffix}`, pageUrl).href : null;
  }
  const anchors = anchorsOf(html, pageUrl).filter((a) => a.url !== pageUrl);
  const byText = anchors.find((a) => NEXT_TEXT.test(a.text));
  if (byText) return byText.url;
  const file = new URL(pageUrl).pathname.split('/').pop() || 'index.html';
  const m = /^([\w-]+?)(?:_(\d+))?\.(s?html?)$/.exec(file);
  if (!m) return null;
  const wanted = new URL(`${m[1]}_${Number(m[2] ?? 0) + 1}.${m[3]}`, pageUrl).href;
  return anchors.some((a) => a.url === wanted) ? wanted : null;
}
