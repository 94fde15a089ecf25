/**
 * Page chrome of government sites: navigation, headers and footers, breadcrumbs (您当前所在位置 …), share
 * bars, font-size and print/close buttons, search boxes, QR codes. Recognised by element and by the words
 * CMS templates use in id/class names, and — for what slips through — by the whole text of a line.
 */
import type { Element } from 'domhandler';
import { attr, idClassTokens } from './walk.ts';

const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog']);

/** Parts of id/class tokens (split at - and _) that name chrome in CMS templates. */
const CHROME_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'submenu', 'topnav', 'subnav', 'header', 'topbar', 'footer', 'foot', 'footbar',
  'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs', 'position', 'location', 'curpos', 'dqwz', 'wzdh', 'weizhi', 'share',
  'bdshare', 'bdsharebuttonbox', 'jiathis', 'fenxiang', 'print', 'dayin', 'toolbar', 'tools', 'fontsize', 'zihao',
  'sidebar', 'qrcode', 'ewm', 'copyright', 'banner', 'search', 'login', 'logo', 'btn', 'weather', 'skip', 'hd', 'links',
  'xglj', 'download', 'relnews', 'related', 'pager',
]);

const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menu', 'menubar', 'toolbar']);

const HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Whether the element is page chrome by its tag, role or id/class words, or hidden by its inline style. */
export function isChromeElement(el: Element): boolean {
  if (CHROME_TAGS.has(el.name) || HIDDEN.test(attr(el, 'style')) || 'hidden' in el.attribs) return true;
  if (CHROME_ROLES.has(attr(el, 'role').toLowerCase())) return true;
  for (const token of idClassTokens(el)) {
    for (const part of token.split(/[-_]/)) if (CHROME_WORDS.has(part)) return true;
  }
  return false;
}

const BREADCRUMB = /^(?:您?(?:现在|当前)?(?:所在|的)?(?:位置|路径)|当前(?:所在)?(?:位置|栏目)|所在位置)\s*[:：]/;
const NAV_PATH = /^(?:首页|网站首页|主页)\s*(?:[>＞»›→]|&gt;|\/)/;
const RELATED = /^(?:相关(?:链接|文件|阅读|新闻|附件)|附件下载|文件下载)\s*[:：]?$/;
const TOOL_WORDS = /打印本页|打印此页|打印文章|打印|关闭窗口|关闭本页|关闭|返回顶部|返回|收藏本页|收藏|分享到|分享|字体|字号|扫一扫在手机(?:上)?(?:打开|查看)当前页(?:面)?|扫一扫|微信|微博|QQ空间|保存本页|默认|[大中小]|[【】[\]|｜:：()（）\s]/g;
const TOOL_ANCHOR = /打印|关闭|返回顶部|字体|字号|分享|收藏|扫一扫/;

/** A whole line that is chrome: a breadcrumb, a 首页 > … path, or only tool buttons (【打印本页】【关闭窗口】). */
export function isChromeLine(line: string): boolean {
  const t = line.trim();
  if (BREADCRUMB.test(t) || NAV_PATH.test(t) || RELATED.test(t)) return true;
  return TOOL_ANCHOR.test(t) && t.replace(TOOL_WORDS, '') === '';
}

/** Page information printed by the article header (时间：… 来源：… 浏览次数：…), not document text. */
const INFO_LINE = /^(?:【?(?:发布|发表|更新|公开|信息)?(?:时间|日期)|(?:信息|文章|稿件)?来源|作者|编辑|责任编辑|浏览(?:次数|量)?|点击(?:数|量|率)?|阅读(?:次数|量)?|访问(?:量|次数)?)\s*[:：]/;

export const isInfoLine = (line: string): boolean => INFO_LINE.test(line.trim());
