/**
 * The head of an official document (GB/T 9704 版头 and the title block of 主体): 发文机关标志 (masthead),
 * 发文字号, 标题, and what is printed between the title and the body — a 令/公告 serial (第5号), an adoption
 * line ((2023年5月31日…会议通过)), a date or the authors under the title. News pages have a headline instead,
 * possibly with a kicker and a subtitle; a page with no title line gets title null.
 */
import { parseChineseDate } from '../chinese-date.ts';
import { isOrganLine } from '../line-kinds.ts';
import { normaliseDocNumber } from '../normalise-doc-number.ts';
import type { PreparedText } from '../prepare-lines.ts';
import { issuersOfLine } from './issuers.ts';
import { continuesTitle, endsWithGenre, isAddressee, isByline, isDateOnlyLine, isQualifier, isSerialLine, titleLike } from './title-shape.ts';

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
  /** First line of the body (0-based). */
  bodyStart: number;
}

const HEAD_WINDOW = 14;
const MASTHEAD = /^(.{2,40}?)(?:文件|公报)$/;
const ADOPTION = /^[(（].{0,40}?((?:\d{4}|[〇零○一二三四五六七八九]{4})年.{1,60}?(?:通过|批准|公布|发布|修订|修正|施行))/;
const REPORT_SUBTITLE = /^[—－-]{1,2}/;
const ORDER_TITLE = /(?:令|公告)$/;

/** Content lines (not blank, not furniture or chrome) of [from, to]. */
function contentLines(prepared: PreparedText, from: number, to: number, limit: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to && out.length < limit; i++) {
    const li = prepared.info[i];
    if (li && !li.blank && !li.noise) out.push(i);
  }
  return out;
}

/** A whole-line 文号, or a 令/公告 serial completed by the title (国务院令 + 第706号 → 国令第706号). */
function numberOf(text: string, title: string | null): string | null {
  if (isSerialLine(text)) {
    if (!title || !ORDER_TITLE.test(title)) return null;
    return normaliseDocNumber(`${title}${text.replace(/^[(（]|[)）]$/g, '')}`);
  }
  if (text.length > 40 || !text.endsWith('号')) return null;
  return normaliseDocNumber(text);
}

export function readHead(prepared: PreparedText, from: number, to: number): DocumentHead {
  const { info } = prepared;
  const lines = contentLines(prepared, from, to, HEAD_WINDOW);
  const head: DocumentHead = { masthead: [], docNumber: null, title: null, titleLines: [], headDate: null, headIssuers: [], bodyStart: lines[0] ?? from };
  let k = 0;
  // Before the title: masthead, 文号, page dates.
  for (; k < lines.length; k++) {
    const i = lines[k]!;
    const text = info[i]?.plain ?? '';
    const next = info[lines[k + 1] ?? -1]?.plain ?? '';
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
    if (isDateOnlyLine(text) || isByline(text)) continue;
    break;
  }
  // The title.
  const first = lines[k];
  const firstText = first === undefined ? '' : (info[first]?.plain ?? '');
  if (first !== undefined && titleLike(firstText) && !isAddressee(firstText)) {
    const parts = [firstText];
    head.titleLines.push(first);
    k++;
    for (; k < lines.length; k++) {
      const text = info[lines[k]!]?.plain ?? '';
      if (text === parts[parts.length - 1]) {
        head.titleLines.push(lines[k]!); // a headline printed twice
        continue;
      }
      if (info[lines[k]!]?.docNumber || !continuesTitle(parts.join(''), text, parts.length)) break;
      parts.push(text);
      head.titleLines.push(lines[k]!);
    }
    head.title = parts.join('');
  }
  // Between the title and the body.
  for (let taken = 0; k < lines.length && taken < 5; k++, taken++) {
    const i = lines[k]!;
    const text = info[i]?.plain ?? '';
    const number = info[i]?.docNumber ?? numberOf(text, head.title);
    if (number) {
      head.docNumber ??= number;
      continue;
    }
    const adoption = ADOPTION.exec(text);
    if (adoption && !head.headDate) {
      head.headDate = parseChineseDate(adoption[1] ?? '');
      continue;
    }
    if (REPORT_SUBTITLE.test(text) && text.length <= 60) {
      head.headDate ??= parseChineseDate(text);
      continue;
    }
    if (isDateOnlyLine(text)) {
      head.headDate ??= /\d{1,2}:\d{2}/.test(text) ? null : parseChineseDate(text);
      continue;
    }
    if (head.title && isOrganLine(text) && endsWithGenre(head.title)) {
      head.headIssuers.push(text);
      continue;
    }
    if (isByline(text) || (isQualifier(text) && head.title === null)) continue;
    break;
  }
  head.bodyStart = lines[k] ?? to + 1;
  return head;
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
