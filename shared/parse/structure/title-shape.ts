/**
 * The shape of a 标题 (GB/T 9704 §7.2.4): 发文机关 + 关于 + 事由 + 文种, printed on one or several lines,
 * or a headline. What a title line can and cannot be, and when the next line continues it.
 */
import { endsSentence, isOrganLine } from '../line-kinds.ts';

/** 文种: the document types a title ends with (通知, 决定, 公告 …, and the names of rules: 办法, 条例 …). */
export const GENRE = '通知|决定|决议|公告|通告|意见|办法|规定|细则|条例|规则|批复|复函|函|报告|请示|方案|纪要|命令|令|公报|议案|通报|公示|规划|章程|答复|承诺|决定书|说明|名单|预公告|预通告|清单|目录|标准|制度|守则|导则|指引|要点|计划|实施方案|提案';
const GENRE_END = new RegExp(`(?:${GENRE})(?:[(（][^()（）]{1,16}[)）])?$`);
const LEDE = /^(?:\d{1,2}月\d{1,2}日|今天|今日|昨天|昨日|近日|日前|目前|本报|记者|据悉|据了解|为(?:了|进一步|全面|深入|加强|规范|贯彻))/;
const BYLINE = /^(?:[■●◆▲]\s*)?(?:本报|实习|特约)?(?:记者|通讯员|撰稿|编辑|摄影|作者)[\s:：/]|^(?:[■●◆]\s*)?记者[\u4e00-\u9fff、\s]{2,16}$|^[(（](?:记者|通讯员|撰稿)[^)）]*[)）]$|(?:报道|摄)$/;
const HEADING = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．]\s*\S|第[一二三四五六七八九十百零〇\d]{1,5}[条章节款])/;
const ADDRESSEE_END = /[:：]$/;
const ATTACHMENT = /^附(?:件)?\s*\d*\s*[:：]/;
const QUALIFIER = /^[(（][^()（）]{1,16}[)）]$/;
const SERIAL = /^[(（]?第\s*[\d〇零一二三四五六七八九十百]{1,8}\s*号[)）]?$/;
const DATE_ONLY = /^[(（]?(?:\d{4}|[〇零○一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月(?:[\d一二三四五六七八九十]{1,3}日)?[)）]?$|^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/;
const MAX_TITLE_LINE = 90;
const COMMA = /[，,]/g;

export const endsWithGenre = (text: string): boolean => GENRE_END.test(text);
export const isLede = (text: string): boolean => LEDE.test(text);
export const isByline = (text: string): boolean => BYLINE.test(text);
export const isSerialLine = (text: string): boolean => SERIAL.test(text);
export const isDateOnlyLine = (text: string): boolean => DATE_ONLY.test(text);
export const isAddressee = (text: string): boolean => ADDRESSEE_END.test(text) && text.length <= 120;
export const isQualifier = (text: string): boolean => QUALIFIER.test(text) && !SERIAL.test(text) && !DATE_ONLY.test(text) && !/\d号[)）]$/.test(text);

/** A line that can be (part of) a title: short, no sentence inside, not a lede, heading, byline or addressee. */
export function titleLike(text: string): boolean {
  if (text.length < 2 || text.length > MAX_TITLE_LINE) return false;
  if (endsSentence(text) || /[，,、]$/.test(text) || /[。！？]/.test(text)) return false;
  if (ATTACHMENT.test(text) || LEDE.test(text) || HEADING.test(text) || BYLINE.test(text) || SERIAL.test(text) || DATE_ONLY.test(text)) return false;
  if (!/[\u4e00-\u9fff]/.test(text)) return false;
  // A sentence cut short by the excerpt still lists clauses: a title has at most one comma.
  if ((text.match(COMMA)?.length ?? 0) >= 2) return false;
  return true;
}

/** An official title: it opens with its issuer and 关于, holds 关于, or ends in a 文种. */
export const officialTitle = (text: string): boolean => text.includes('关于') || endsWithGenre(text);

/**
 * Whether `next` continues the title printed so far (`sofar`): the issuer line before 关于…; a wrapped line
 * of an unfinished 关于… title; a qualifier such as （试行）; the second half of a short headline.
 */
export function continuesTitle(sofar: string, next: string, lines: number): boolean {
  if (!titleLike(next) && !isQualifier(next)) return false;
  if (isQualifier(next)) return endsWithGenre(sofar) || sofar.includes('关于');
  if (endsWithGenre(sofar) && !isOrganLine(sofar)) return false;
  if (isOrganLine(sofar) && !sofar.includes('关于')) return next.startsWith('关于') || isOrganLine(next) || endsWithGenre(next) || next.includes('关于');
  if (sofar.includes('关于')) return next.length <= 60 && !isOrganLine(next);
  // A headline wrapped after a few characters: 区十届人大四次会议 / 将于3月25日召开.
  return lines === 1 && sofar.length <= 12 && next.length >= 6 && next.length <= 30;
}
