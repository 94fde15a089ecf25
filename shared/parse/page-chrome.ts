/**
 * Page chrome: the lines a web page or a crawler puts around a document — breadcrumbs (您当前所在位置 …),
 * crawler header lines (链接：, 文件状态：), share and print bars, page-info lines (发布时间：… 来源：…),
 * markup debris (HTML tags, markdown comments, image links, empty table rows), metadata tables
 * (索引号 | 文号 | 成文日期 …). Chrome is never a title and never document text; the values of a metadata
 * table or page-info line are kept as the page's metadata.
 */

export type ChromeKind = 'breadcrumb' | 'crawler' | 'share' | 'markup' | 'page-info' | 'metadata' | 'navigation';

/** One flag per UTF-16 code unit (a typed-array lookup, several times cheaper than a Set's, on every line). */
function codeTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** Field names of government metadata boxes, mapped to the page-metadata keys of the HTML reader. */
const FIELD_KEYS: Record<string, string> = {
  索引号: '索引号',
  文号: '发文字号',
  发文字号: '发文字号',
  发文机关: '发文机关',
  制发机关: '发文机关',
  发布机构: '发布机构',
  发文单位: '发文机关',
  制定机关: '发文机关',
  时效性: '有效性',
  法律效力: '效力级别',
  效力位阶: '效力级别',
  效力级别: '效力级别',
  成文日期: '成文日期',
  签署日期: '成文日期',
  发文日期: '发文日期',
  发文文号: '发文字号',
  发文机构: '发文机关',
  公文时效: '有效性',
  发布日期: '发布日期',
  发布时间: '发布日期',
  时间: '发布日期',
  日期: '发布日期',
  标题: '标题',
  名称: '标题',
  来源: '来源',
  文章来源: '来源',
  信息来源: '来源',
  有效性: '有效性',
  是否有效: '有效性',
  生成日期: '生成日期',
  文件状态: '有效性',
  效力状态: '有效性',
  主题分类: '主题分类',
  关键词: '关键词',
  主题词: '关键词',
  公开责任部门: '公开责任部门',
  公开方式: '公开方式',
  公开范围: '公开范围',
  公开目录: '栏目',
  信息时效期: '信息时效期',
  登记日期: '登记日期',
  文件类别: '文件类别',
  体裁分类: '体裁分类',
  组配分类: '组配分类',
  浏览量: '浏览量',
  浏览次数: '浏览量',
  点击: '浏览量',
  作者: '作者',
  编辑: '编辑',
  责任编辑: '编辑',
  责编: '编辑',
  审核: '审核',
  转自: '来源',
  链接: '链接',
  原文链接: '链接',
  字号: '字号',
  浏览字号: '字号',
  字体: '字号',
};
const KEY_ALTERNATION = Object.keys(FIELD_KEYS).sort((a, b) => b.length - a.length).join('|');
/** A line made of field: value pairs (or a table row of field | value cells), opening with a field name. */
const FIELD_LINE = new RegExp(`^(?:[-*•·]\\s*)?[\\[【]?(?:${KEY_ALTERNATION})[\\]】]?\\s*[:：|]`);
const KEY_ONLY = new RegExp(`^[\\[【]?(?:${KEY_ALTERNATION})[\\]】]?\\s*[:：]$`);
const FIELD_AT = new RegExp(`[\\[【]?(${KEY_ALTERNATION})[\\]】]?\\s*[:：|]\\s*`, 'g');
/** A page-info line after a leading date or source name: 2023-01-29 16:07, 2020年06月19日08:52 来源:… */
const TIMESTAMP_LINE = /^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{1,2}-\d{1,2})\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:星期.)?\s*(?:[|｜].*|(?:来源|作者|编辑|云上|[\u4e00-\u9fff]{0,12})[:：]?.*)?$/;
const TIME_ONLY = /\d{1,2}:\d{2}/;
const BREADCRUMB = /(?:当前|所在|您的|现在的)(?:的)?位置|^位置[:：]|首页\s*-?[>›»/]|[>›»]\s*正文$|^(?:[^>]{1,16}\s*>\s*){2,}[^>]{0,16}$/;
const SHARE = /^(?:分享到?|【?打印(?:本页|此页)?】?|【?关闭(?:本页|窗口)?】?|\[打印|收藏|\+\s*订阅|[-+]\s*\+?1$|评论|扫一扫|加入收藏|上一篇|下一篇|相关(?:文章|链接|新闻|阅读)|(?:关联稿件|相关附件|相关稿件)[:：]?$|下载地址[:：]|点击此处下载|返回顶部|【资料图】|跳转到(?:主要)?内容|(?:公开内容)?快速切换|无障碍|长者模式|正在收听|点击播放|责任编辑|版权所有|主办单位|网站标识码|ICP备)/;
/**
 * A mark one of the rules of chromeKind needs (a field's colon, a table rule, a breadcrumb's arrow, 位置, or one
 * of 打印 字号 字体 关闭 that a share bar prints): one native regex scan of the line.
 */
export const CHROME_MARK = /[:：|>›»]|位置|打印|字[号体]|关闭/;
/** CHROME_MARK's characters (inside a class) and its words, for a scan that adds characters of its own. */
export const CHROME_MARK_CHARS = ':：|>›»';
export const CHROME_MARK_WORDS = /位置|打印|字[号体]|关闭/;
/** The marks of CHROME_MARK a line holds, one bit each, found in one pass (one scan instead of one per mark). */
const COLON = 1;
const PIPE_MARK = 2;
const ARROW = 4;
const WHERE = 8;
const PRINT = 16;
const FONT = 32;
const CLOSE = 64;
const MARK_OPENERS = codeTable(`${CHROME_MARK_CHARS}位打字关`);
const [C_COLON, C_FULL_COLON, C_PIPE, C_GT, C_ANGLE, C_GUILLEMET, C_WEI, C_ZHI, C_DA, C_YIN, C_ZI, C_HAO, C_TI, C_GUAN, C_BI] = [
  ...':：|>›»位置打印字号体关闭',
].map((c) => c.charCodeAt(0));
function marksOf(text: string): number {
  let marks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (MARK_OPENERS[c] !== 1) continue;
    const next = text.charCodeAt(i + 1);
    if (c === C_COLON || c === C_FULL_COLON) marks |= COLON;
    else if (c === C_PIPE) marks |= PIPE_MARK;
    else if (c === C_GT || c === C_ANGLE || c === C_GUILLEMET) marks |= ARROW;
    else if (c === C_WEI) marks |= next === C_ZHI ? WHERE : 0;
    else if (c === C_DA) marks |= next === C_YIN ? PRINT : 0;
    else if (c === C_ZI) marks |= next === C_HAO || next === C_TI ? FONT : 0;
    else if (c === C_GUAN) marks |= next === C_BI ? CLOSE : 0;
  }
  return marks;
}
/** The characters SHARE can open with. */
const SHARE_OPENERS = codeTable('分打【关[收+-评扫加上下相返跳公快无长正点责版主网I');
const SHARE_ANYWHERE = /【打印】|【关闭】|\[打印此页\]|\[关闭本页\]|打印\s*关闭|【字体[:：]|字号[:：]?\s*[大中小]/;
const MARKUP = /^(?:<[!/a-zA-Z][^>]*>\s*)+$|^<!--.*-->$|^\[\/\/\]\s*:|^!\[[^\]]*\]\([^)]*\)(?:\s*\|)*$|^[|\s]+$|^[-=_*]{3,}$|^\S+\.(?:jpg|jpeg|png|gif)$/i;
const PIPE = /\|/g;
const TABLE_UNIT = /[(（]\s*(?:万?元|m2|㎡|平方米|亩|公顷|年)\s*[)）]/;
const DAY_MONTH_YEAR = /^(\d{2})[.](\d{2})[.](\d{4})/;
/** A page's date with its weekday (2025年04月02日 星期三), a newspaper's page number (第01版). */
const DATED_DAY = /^\d{4}年\d{1,2}月\d{1,2}日\s*星期.$/;
const PAGE_OF_PAPER = /^第\s*\d{1,3}\s*版$|^(?:版面导航|标题导航|往期回顾|上一版|下一版|本版新闻|版面目录)$/;
const PAPER_PAGE_OPENERS = codeTable('第版标往上下本');

/** The kind of chrome a plain line is, or null for a document line; `marked` false: the caller saw no CHROME_MARK. */
export function chromeKind(plain: string, marked?: boolean): ChromeKind | null {
  if (plain.length === 0 || plain.length > 160) return null;
  const first = plain.charCodeAt(0);
  if ((first === 0x3c || first === 0x21 || first === 0x7c || first === 0x5b || first === 0x2d || first === 0x3d || first === 0x5f || first === 0x2a || (plain.charCodeAt(plain.length - 4) === 0x2e && (plain.endsWith('.jpg') || plain.endsWith('.png')))) && MARKUP.test(plain)) return 'markup';
  // Every rule below needs a mark most lines lack: one scan spares a line of a document all the others.
  const opensDigit = first >= 0x30 && first <= 0x39;
  const opensShare = SHARE_OPENERS[first] === 1;
  // Only a paper's page line (第01版, 版面导航) needs none of these when it is short. A new rule must need one too.
  // The marks, read once: false from the caller means it saw none.
  const marks = marked === false ? 0 : marksOf(plain);
  if ((plain.length > 16 || PAPER_PAGE_OPENERS[first] !== 1) && !opensDigit && !opensShare && marks === 0 && marked !== true) return null;
  // Each rule needs a mark most lines lack: the marks spare most lines the regexes.
  const pipe = (marks & PIPE_MARK) !== 0;
  if ((marks & (WHERE | ARROW)) !== 0 && BREADCRUMB.test(plain)) return 'breadcrumb';
  if ((marks & (PIPE_MARK | COLON)) !== 0 && FIELD_LINE.test(plain)) {
    // A field name alone (索引号：), its value on the next line: a metadata box laid out in rows of cells.
    if (KEY_ONLY.test(plain)) return 'metadata';
    if (CRAWLER.test(plain)) return 'crawler';
    if (pipe || METADATA_BOX.test(plain)) return 'metadata';
    if (STRONG_FIELD.test(plain) || chromeFields(plain).length >= 2 || fieldMarks(plain) >= 2) return 'page-info';
  }
  if ((opensShare && SHARE.test(plain)) || ((marks & (PRINT | FONT | CLOSE)) !== 0 && SHARE_ANYWHERE.test(plain))) return 'share';
  if (first >= 0x30 && first <= 0x39 && plain.length <= 60 && TIME_ONLY.test(plain) && TIMESTAMP_LINE.test(plain)) return 'page-info';
  if (plain.length <= 16 && ((opensDigit && DATED_DAY.test(plain)) || (PAPER_PAGE_OPENERS[first] === 1 && PAGE_OF_PAPER.test(plain)))) return 'navigation';
  // A row of a flattened table (| 65 | 木金乡 |, or a header naming its units: 起始价(万元) |) is not a menu.
  if (pipe && first !== 0x7c && !TABLE_UNIT.test(plain) && (plain.match(PIPE)?.length ?? 0) >= 2 && plain.split('|').every((cell) => cell.trim().length <= 12)) return 'navigation';
  return null;
}

/** Fields only a metadata box prints: a line opening with one is chrome whatever follows. */
const METADATA_BOX = /^(?:[-*•·]\s*)?[\[【]?(?:索引号|文号|发文字号|发文文号|发文机关|发文机构|制发机关|发布机构|发文单位|成文日期|公文时效|签署日期|发文日期|公开责任部门|公开方式|公开范围|公开目录|信息时效期|登记日期|文件类别|主题分类|有效性|效力状态|体裁分类|组配分类|主题词|制定机关|时效性|法律效力|效力位阶|效力级别|是否有效|生成日期)[\]】]?\s*[:：|]/;
const CRAWLER = /^(?:[-*•·]\s*)?(?:链接|原文链接|文件状态)\s*[:：]/;
/** Page-info fields that are chrome alone; the weak ones (时间, 来源, 作者 …) also open lines of a document's body. */
const STRONG_FIELD = /^(?:发布时间|发布日期|文章来源|信息来源|转自|责任编辑|浏览次数|浏览字号|字号)\s*[:：]/;
function fieldMarks(plain: string): number {
  let n = 0;
  FIELD_AT.lastIndex = 0;
  while (FIELD_AT.exec(plain) !== null) n++;
  return n;
}

/** The field: value pairs of a metadata or page-info line, under the page-metadata keys (empty values left out). */
export function chromeFields(plain: string): [string, string][] {
  const out: [string, string][] = [];
  const marks: { key: string; from: number; to: number }[] = [];
  FIELD_AT.lastIndex = 0;
  for (let m = FIELD_AT.exec(plain); m !== null; m = FIELD_AT.exec(plain)) {
    marks.push({ key: FIELD_KEYS[m[1] ?? ''] ?? '', from: m.index, to: m.index + m[0].length });
  }
  marks.forEach((mark, k) => {
    const end = marks[k + 1]?.from ?? plain.length;
    // A table cell ends at the next rule: 文号 | 某政发〔2024〕1号 | 浏览量
    const value = plain.slice(mark.to, end).replace(/^[\s|｜]+/, '').split(/[|｜]/)[0]!.trim();
    if (mark.key && value) out.push([mark.key, value]);
  });
  return out;
}

interface ChromeLine {
  chrome: ChromeKind | null;
  plain: string;
  blank: boolean;
  noise: boolean;
}

/** The longest column name an e-paper's page navigation prints beside a page (要闻/时评, 速读潍坊·焦点). */
const MAX_COLUMN_NAME = 12;
const SENTENCE_MARK = /[。，,；;：:！？!?]/;

/**
 * An e-paper's page navigation (版面导航 / 第01版 / 导读 / 第02版 / 要闻/时评 …): the column names printed
 * between its page lines are navigation too, never a title.
 */
export function markPaperNavigation(info: ChromeLine[]): void {
  const isPage = (j: number): boolean => j >= 0 && info[j]!.chrome === 'navigation' && PAGE_OF_PAPER.test(info[j]!.plain);
  for (let i = 0; i < info.length; i++) {
    const li = info[i]!;
    if (li.blank || li.chrome || li.plain.length > MAX_COLUMN_NAME || SENTENCE_MARK.test(li.plain)) continue;
    const after = contentBeside(info, i, 1);
    // After a page line, and before another, other chrome or the end.
    if (isPage(contentBeside(info, i, -1)) && (after < 0 || info[after]!.chrome !== null)) {
      li.noise = true;
      li.chrome = 'navigation';
    }
  }
}

/** The nearest line before (-1) or after (1) that is neither blank nor markup debris, or -1. */
function contentBeside(info: readonly ChromeLine[], i: number, step: 1 | -1): number {
  for (let j = i + step; j >= 0 && j < info.length; j += step) if (!info[j]!.blank && info[j]!.chrome !== 'markup') return j;
  return -1;
}

/**
 * The value printed on the line after a field name alone (索引号： / 000014349/2018-00219) is part of the
 * metadata box too: it is marked as chrome, so it is neither a title nor document text.
 */
export function markFieldValues(info: ChromeLine[]): void {
  for (let i = 0; i < info.length; i++) {
    const li = info[i]!;
    if (li.chrome !== 'metadata' || !KEY_ONLY.test(li.plain)) continue;
    const j = nextContent(info, i);
    const value = j < 0 ? null : info[j]!;
    const key = FIELD_KEYS[li.plain.replace(/[\[\]【】:：\s]/g, '')] ?? '';
    if (!value || value.chrome || FIELD_LINE.test(value.plain) || !fitsField(key, value.plain)) continue;
    value.noise = true;
    value.chrome = 'metadata';
  }
}

/** Whether a line has the shape of the field's values (a date for a date, a number for a 文号 …). */
function fitsField(key: string, value: string): boolean {
  if (key === '标题') return value.length <= 90;
  if (key.endsWith('日期')) return /\d{4}/.test(value) && value.length <= 24;
  if (key === '发文字号' || key === '索引号') return /\d/.test(value) && value.length <= 40;
  if (key === '发文机关' || key === '来源' || key === '公开责任部门') return !/\d/.test(value) && value.length <= 30;
  if (key === '有效性') return /^(?:有效|失效|废止|现行|已修|是|否|正在执行)/.test(value);
  return value.length <= 8 && !RULE_NAME_END.test(value);
}
/** A document's name (条例, 办法 …) is never the value of a short field. */
const RULE_NAME_END = /(?:条例|办法|规定|通知|决定|公告|通告|意见|细则|规则)$/;

function nextContent(info: readonly ChromeLine[], i: number): number {
  for (let j = i + 1; j < info.length && j <= i + 2; j++) if (!info[j]!.blank) return j;
  return -1;
}

/** The fields of the metadata tables and page-info lines printed in a text (first value of each key wins). */
export function chromeFieldsOf(prepared: { info: readonly ChromeLine[] }): Record<string, string> {
  const out: Record<string, string> = {};
  const { info } = prepared;
  for (let i = 0; i < info.length; i++) {
    const li = info[i]!;
    if (li.chrome !== 'metadata' && li.chrome !== 'page-info' && li.chrome !== 'crawler') continue;
    if (KEY_ONLY.test(li.plain)) {
      const j = nextContent(info, i);
      const key = FIELD_KEYS[li.plain.replace(/[\[\]【】:：\s]/g, '')];
      const value = j < 0 ? null : info[j]!;
      if (key && value && value.chrome === 'metadata' && !KEY_ONLY.test(value.plain) && !(key in out)) out[key] = value.plain;
      continue;
    }
    const fields = chromeFields(li.plain);
    for (const [key, value] of fields) if (!(key in out)) out[key] = value;
    // A bare timestamp line is the page's date: 2023-01-29 16:07, 24.09.2015 18:40.
    // …also one opening a line of other fields: 2023-04-13 10:51来源：某局.
    if ((fields.length === 0 || /^\d{4}-\d{1,2}-\d{1,2}\s/.test(li.plain)) && li.chrome === 'page-info' && !('发布日期' in out)) {
      const dmy = DAY_MONTH_YEAR.exec(li.plain);
      out['发布日期'] = dmy ? `${dmy[3]}-${dmy[2]}-${dmy[1]}` : li.plain;
    }
  }
  return out;
}
