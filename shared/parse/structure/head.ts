/**
 * The head of an official document (GB/T 9704 版头 and the title block of 主体): 发文机关标志 (masthead),
 * 发文字号, 标题, and what is printed between the title and the body — a 令/公告 serial (第5号), an adoption
 * line ((2023年5月31日…会议通过)), a date or the authors under the title. News pages have a headline instead,
 * possibly with a kicker and a subtitle; a page with no title line gets title null.
 */
import { parseChineseDate } from '../chinese-date.ts';
import { isOrganLine } from '../line-kinds.ts';
import { DOC_NUMBER_IN_TEXT, normaliseDocNumber } from '../normalise-doc-number.ts';
import type { PreparedText } from '../prepare-lines.ts';
import { issuersOfLine } from './issuers.ts';
import { runInTitle } from './run-in-title.ts';
import { continuesTitle, endsWithGenre, isAddressee, isByline, isLede, isDateOnlyLine, isQualifier, isSerialLine, officialTitle, titleLike } from './title-shape.ts';

export interface DocumentHead {
  /** Issuers of the masthead (发文机关标志), in printed order. */
  masthead: string[];
  docNumber: string | null;
  title: string | null;
  /** 0-based lines holding the title. */
  titleLines: number[];
  /** A date printed under the title, in an adoption line or a report's subtitle. */
  headDate: string | null;
  /** Organs printed under the title (the authors of a 公报 or report). */
  headIssuers: string[];
  /** Where the document's text starts when it is not the body (a promulgation printed before the title). */
  textStart?: number;
  /** Organs that signed the promulgation of a regulation (a 令 or 公告 read as the regulation it promulgates). */
  promulgators?: string[];
  /**
   * An adoption line (题注: …会议通过 …批准) is printed: the document is a congress's act, whose makers it names;
   * a page's publishing organ is then a reposter, not the issuer.
   */
  adopted?: boolean;
  /** A numeric date stamp printed near the title (2016/5/16): the page's date, not the document's. */
  pageStamp: string | null;
  /** First line of the body (0-based). */
  bodyStart: number;
}

const HEAD_WINDOW = 14;
const MASTHEAD = /^(.{2,40}?)(?:文件|公报)$/;
const ADOPTION = /^[(（].{0,40}?((?:\d{4}|[〇零○一二三四五六七八九]{4})年.{1,60}?(?:通过|批准|公布|发布|修订|修正|施行))/;
/** An adoption or promulgation line (题注) in brackets: (2016年11月13日某某市第四届人民代表大会第一次会议通过 …). */
export const isAdoptionLine = (text: string): boolean => ADOPTION.test(text);
/**
 * A consolidated text (…通过 根据…的决定修正): the 题注 records several dates, none of them the text's own.
 */
const CONSOLIDATED = /根据.{4,160}?(?:修正|修订)[)）]?$/;
const adoptionDate = (adoption: RegExpExecArray, text: string): string | null => (CONSOLIDATED.test(text) ? null : parseChineseDate(adoption[1] ?? ''));
const REPORT_SUBTITLE = /^[—－-]{1,2}/;
const ORDER_TITLE = /(?:令|公告)$/;
const WRAPPED_NUMBER = /^[(（][^()（）]{4,36}号[)）]$/;
const NUMBER_THEN_CHROME = new RegExp(`^(${DOC_NUMBER_IN_TEXT})(?:字[体号]|【|\\[|打印)`);

/** Content lines (not blank, not furniture or chrome) of [from, to]. */
function contentLines(prepared: PreparedText, from: number, to: number, limit: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to && out.length < limit; i++) {
    const li = prepared.info[i];
    if (li && !li.blank && !li.noise) out.push(i);
  }
  return out;
}

/** A 令/公告 whose serial is printed in its title line: 某某办公室公告（第7号） → 某某办公室公告第7号. */
const SERIAL_IN_TITLE = /^(.{2,40}?(?:令|公告))[(（](第[\d一二三四五六七八九十百零〇]{1,6}号)[)）]$/;
function serialInTitle(title: string | null): string | null {
  const m = title ? SERIAL_IN_TITLE.exec(title) : null;
  return m ? normaliseDocNumber(`${m[1]}${m[2]}`) : null;
}

/** A whole-line 文号, or a 令/公告 serial completed by the title (国务院令 + 第706号 → 国令第706号). */
function numberOf(text: string, title: string | null): string | null {
  if (isSerialLine(text)) {
    if (!title || !ORDER_TITLE.test(title)) return null;
    return normaliseDocNumber(`${title}${text.replace(/^[(（]|[)）]$/g, '')}`);
  }
  if (text.length > 40) return null;
  // A 文号 printed in brackets under the title: （某征告〔2024〕93号）
  if (WRAPPED_NUMBER.test(text)) return normaliseDocNumber(text);
  if (!text.endsWith('号')) {
    // A 文号 with the page's font-size bar run onto its line: 闽政文〔2011〕266号字体显示: 大中小
    const run = NUMBER_THEN_CHROME.exec(text);
    return run ? normaliseDocNumber(run[1] ?? '') : null;
  }
  return normaliseDocNumber(text);
}

export function readHead(prepared: PreparedText, from: number, to: number): DocumentHead {
  const { info } = prepared;
  const lines = contentLines(prepared, from, to, HEAD_WINDOW);
  const head: DocumentHead = { masthead: [], docNumber: null, title: null, titleLines: [], headDate: null, headIssuers: [], pageStamp: null, bodyStart: lines[0] ?? from };
  const textOf = (k: number): string => info[lines[k] ?? -1]?.plain ?? '';
  let k = 0;
  // Before the title: masthead, 文号, an adoption or promulgation line, page dates.
  for (; k < lines.length; k++) {
    const i = lines[k]!;
    const text = textOf(k);
    const next = textOf(k + 1);
    const number = info[i]?.docNumber ?? numberOf(text, null);
    if (number) {
      head.docNumber ??= number;
      continue;
    }
    const masthead = MASTHEAD.exec(text);
    if (masthead && isOrganLine(masthead[1] ?? '')) {
      head.masthead.push(...(issuersOfLine(prepared.raw[i] ?? masthead[1] ?? '')?.map((o) => o.replace(/(?:文件|公报)$/, '')) ?? [masthead[1] ?? '']));
      continue;
    }
    if (isOrganLine(text) && (numberOf(next, null) !== null || info[lines[k + 1] ?? -1]?.docNumber || (isOrganLine(next) && !next.includes('关于') && isMastheadRun(prepared, lines, k)))) {
      head.masthead.push(...(issuersOfLine(prepared.raw[i] ?? text) ?? [text]));
      continue;
    }
    const adoption = ADOPTION.exec(text);
    if (adoption) {
      head.adopted = true;
      head.headDate ??= adoptionDate(adoption, text);
      head.docNumber ??= orderNumberIn(text);
      continue;
    }
    if (isDateOnlyLine(text) && !text.includes('年')) head.pageStamp ??= parseChineseDate(text);
    if (isDateOnlyLine(text) || isByline(text) || SITE_HEADER.test(text)) continue;
    break;
  }
  // A first line that is not a title: the title may follow a promulgation (…现予公布) or a slogan.
  // Not after an addressee (主送: the title would be above it) or a news lede (近日 …).
  if (k < lines.length && !titleLike(stripOriginal(textOf(k))) && !runInTitle(textOf(k)) && !isAddressee(textOf(k)) && !isLede(textOf(k))) {
    for (let j = k + 1; j < lines.length && j <= k + LOOK_AHEAD; j++) {
      const t = textOf(j);
      if (titleLike(t) && officialTitle(t) && t.length >= 8 && !isOrganLine(t)) {
        for (let m = k; m < j; m++) head.headDate ??= info[lines[m]!]?.signatureDate ?? null;
        // What was printed above the title (a promulgation) stays in the document's text.
        head.textStart = lines[k]!;
        k = j;
        break;
      }
    }
  }
  // The title.
  const first = lines[k];
  const firstText = stripOriginal(textOf(k));
  const runIn = first === undefined ? null : runInTitle(firstText);
  if (first !== undefined && runIn) {
    head.title = runIn.title;
    head.docNumber ??= runIn.docNumber;
    head.titleLines.push(first);
    if (runIn.rest) {
      head.bodyStart = first;
      head.titleLines.pop();
      return head;
    }
    k++;
  } else if (first !== undefined && titleLike(firstText) && !isAddressee(firstText)) {
    const parts = [firstText];
    head.titleLines.push(first);
    k++;
    for (; k < lines.length; k++) {
      const text = textOf(k);
      if (chromeBetween(prepared, lines[k - 1]!, lines[k]!)) break;
      if (text === parts[parts.length - 1]) {
        head.titleLines.push(lines[k]!); // a headline printed twice
        continue;
      }
      if (info[lines[k]!]?.docNumber || numberOf(text, parts.join('')) !== null || !continuesTitle(parts.join(''), text, parts.length)) break;
      parts.push(text);
      head.titleLines.push(lines[k]!);
    }
    // A column name or the site's name printed above the title (人大要闻, 公告, 某某县人民政府): the title is the next line.
    const next = textOf(k);
    if (parts.length === 1 && !endsWithGenre(firstText) === true && (firstText.length <= 8 || isOrganLine(firstText)) && titleLike(next) && (officialTitle(next) || next.length > firstText.length) && !info[lines[k] ?? -1]?.docNumber) {
      head.titleLines = [lines[k]!];
      parts[0] = next;
      k++;
    } else if (parts.length === 1 && firstText.length <= 4 && endsWithGenre(firstText) && titleLike(next) && officialTitle(next) && next.length > firstText.length) {
      head.titleLines = [lines[k]!];
      parts[0] = next;
      k++;
    }
    head.title = parts.join('');
  }
  // Between the title and the body.
  for (let taken = 0; k < lines.length && taken < 5; k++, taken++) {
    const i = lines[k]!;
    const text = textOf(k);
    const number = info[i]?.docNumber ?? numberOf(text, head.title);
    if (number) {
      head.docNumber ??= number;
      continue;
    }
    // The title printed again under the page's metadata table, or under the organ's name (a repost's header).
    if (text === head.title) {
      head.titleLines.push(i);
      continue;
    }
    if (head.title && isOrganLine(text) && textOf(k + 1) === head.title) continue;
    const adoption = ADOPTION.exec(text);
    if (adoption && !head.headDate) {
      head.adopted = true;
      head.headDate = adoptionDate(adoption, text);
      head.docNumber ??= orderNumberIn(text);
      continue;
    }
    if (REPORT_SUBTITLE.test(text) && text.length <= 60) {
      head.headDate ??= parseChineseDate(text);
      continue;
    }
    if (isDateOnlyLine(text)) {
      // A date written out (2022年4月20日) under the title is the document's; a numeric stamp (2016/5/16) is the page's.
      if (text.includes('年')) head.headDate ??= parseChineseDate(text);
      else head.pageStamp ??= parseChineseDate(text);
      continue;
    }
    if (head.title && isOrganLine(text) && endsWithGenre(head.title) && !head.title.includes('关于')) {
      head.headIssuers.push(text);
      continue;
    }
    if (isByline(text) || (isQualifier(text) && head.title === null)) continue;
    break;
  }
  head.bodyStart = lines[k] ?? to + 1;
  head.docNumber ??= serialInTitle(head.title);
  return promulgated(prepared, head, lines, k, to) ?? head;
}

/** The promulgation of a 令 or 公告 (《…》已经…通过，现予公布): the text it promulgates follows its 落款. */
const PROMULGATION = /现予(?:以)?(?:公布|发布|公告)|予以公布|现将.{0,30}?(?:公布|发布)/;
const PROMULGATED_NAME = /《([^《》]{2,60})》/;

/**
 * A 命令 (令) or 公告 that promulgates a regulation — masthead 某某令 / 第N号, the promulgation sentence, the
 * signature and date — is read as the regulation it promulgates: its title is the one after the 落款, its
 * date the promulgation's, its 文号 the 令's; the signing organs (主席团) are its issuers.
 */
function promulgated(prepared: PreparedText, head: DocumentHead, lines: number[], k: number, to: number): DocumentHead | null {
  const { info } = prepared;
  if (!head.title || !ORDER_TITLE.test(head.title) || !PROMULGATION.test(info[lines[k] ?? -1]?.plain ?? '')) return null;
  const signers: string[] = [];
  for (let j = k + 1; j < lines.length && j <= k + 6; j++) {
    const li = info[lines[j]!];
    if (!li) break;
    if (li.signatureDate) {
      const inner = readHead(prepared, lines[j]! + 1, to);
      // The regulation is named in the promulgation; the title after the 落款 repeats it (or a 目录 comes first).
      const named = PROMULGATED_NAME.exec(info[lines[k]!]?.plain ?? '')?.[1] ?? null;
      const title = named && inner.title !== named ? named : inner.title;
      if (!title) return null;
      if (li.signatureOrgan) signers.push(li.signatureOrgan);
      return {
        ...inner,
        title,
        masthead: [...head.masthead, ...inner.masthead],
        docNumber: head.docNumber ?? inner.docNumber,
        headDate: li.signatureDate,
        promulgators: signers,
        textStart: lines[k]!,
      };
    }
    if (isOrganLine(li.plain)) signers.push(li.plain);
  }
  return null;
}

const LOOK_AHEAD = 5;
/** A site's header (its address, telephone, fax, web address) printed above the document. */
const SITE_HEADER = /^(?:地址|电话|传真|网址|邮编|邮箱|E-?mail)[:：]/i;
const ORIGINAL_TITLE = /^原标题[:：]\s*/;
const stripOriginal = (text: string): string => text.replace(ORIGINAL_TITLE, '');
const ORDER_IN_TEXT = /[\u4e00-\u9fff]{2,30}?令第\d{1,5}号/;
const orderNumberIn = (text: string): string | null => {
  const m = ORDER_IN_TEXT.exec(text.replace(/^[(（][^令]*?日/, ''));
  return m ? normaliseDocNumber(m[0]) : null;
};
/** Page chrome printed between two lines (a title does not run on across a breadcrumb or a page-info line). */
function chromeBetween(prepared: PreparedText, a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) if (prepared.info[j]?.chrome) return true;
  return false;
}

/** Organ lines that run into a 文号 (a joint masthead): every line up to the number is an organ. */
function isMastheadRun(prepared: PreparedText, lines: number[], k: number): boolean {
  for (let j = k + 1; j < lines.length && j <= k + 4; j++) {
    const li = prepared.info[lines[j]!];
    const text = li?.plain ?? '';
    if (li?.docNumber || numberOf(text, null)) return true;
    if (!isOrganLine(text) && !MASTHEAD.test(text)) return false;
  }
  return false;
}
