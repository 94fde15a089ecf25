/**
 * Compensation items that are not a rate per unit (those are read by ./compensation.ts):
 *  - standards applied by reference: 青苗和地上附着物补偿按川府函〔2020〕217号执行 (the standard's 文号);
 *  - multiples: 耕地按区片综合地价的1.2倍补偿;
 *  - lump sums and sale money: 土地补偿费24.5276万元, 起始价3735万元, 竞买保证金750万元.
 * Amounts printed in 万元 are converted to 元 and the unit says so.
 */
import type { Compensation } from '../../model/document.ts';
import { numberEndingAt, parseNumber, roundTo } from './numbers.ts';
import { itemsIn } from './compensation.ts';
import { COMPENSATION_ITEMS, COMPENSATION_TOPIC_WORDS, LUMP_SUM_WORDS } from './vocabulary.ts';
import { charTest, type CharTest } from '../char-tests.ts';

/** The year-and-number part of a standard's 文号 (川府函〔2020〕217号; bracket variants included): found first, cheaply. */
const DOC_NUMBER_TAIL = /[〔［[（(]\d{4}[〕］\]）)]\d{1,4}号/g;
/** The issuer abbreviation before it (川府函). */
const DOC_NUMBER_HEAD = /[\u4e00-\u9fa5]{1,12}$/;
const CLAUSE_BREAK = /[，,；;。\n]/;
const SENTENCE_BREAK = /[；;。\n]/;
const isClauseBreak = charTest(CLAUSE_BREAK);
const isSentenceBreak = charTest(SENTENCE_BREAK);
/** Words applying a standard in a clause. */
const APPLIED = /按|执行|参照|适用|标准/;
const LIST_BREAK = /[，,；;。\n、]/;
const isListBreak = charTest(LIST_BREAK);
const LUMP_WORDS = [...LUMP_SUM_WORDS, ...COMPENSATION_ITEMS].sort((a, b) => b.length - a.length);
/** Words between an item and its sum: 土地补偿费24.5276万元 / 起始价：3735万元 / 竞买保证金为750万元. */
const LUMP_LINK = /(?:为|是|[:：]|共|约|人民币)?$/;

function bounds(text: string, at: number, isBreak: CharTest, reach = 160): { start: number; end: number } {
  let start = at;
  while (start > 0 && at - start < reach && !isBreak(text, start - 1)) start--;
  let end = at;
  while (end < text.length && end - at < reach && !isBreak(text, end)) end++;
  return { start, end };
}

/** List numbering before a clause: （二） / 2. / 一、 */
const ORDINAL = /^[\t ]*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．])/;

const clauseAt = (text: string, at: number): string => {
  const { start, end } = bounds(text, at, isClauseBreak);
  return text.slice(start, end).replace(ORDINAL, '');
};

function sentenceAt(text: string, at: number): string {
  const { start, end } = bounds(text, at, isSentenceBreak, 300);
  return text.slice(start, end);
}

/** Whether the last 《》 name before a 文号 is a compensation standard (《…征地补偿保护标准…的通知》). */
function citesStandard(before: string): boolean {
  const open = before.lastIndexOf('《');
  const close = before.lastIndexOf('》');
  return open >= 0 && close > open && /补偿|地价|安置|青苗/.test(before.slice(open, close));
}

const isAbout = (sentence: string): boolean => COMPENSATION_TOPIC_WORDS.some((w) => sentence.includes(w));
const appliesToIn = (span: string): string | null => itemsIn(span).join('、') || null;

/** 按…文号 in a sentence about compensation, resettlement or social security. */
function byReference(text: string): Compensation[] {
  const out: Compensation[] = [];
  for (const tail of text.matchAll(DOC_NUMBER_TAIL)) {
    const head = DOC_NUMBER_HEAD.exec(text.slice(Math.max(0, tail.index - 12), tail.index));
    if (!head) continue;
    const m = { index: tail.index - head[0].length };
    const sentence = sentenceAt(text, m.index);
    if (!isAbout(sentence)) continue;
    // A legal basis (根据《…》…) counts only when the document it cites is itself a compensation standard.
    if (/^(?:根据|依据|依照)/.test(sentence) && !citesStandard(text.slice(Math.max(0, m.index - 120), m.index))) continue;
    const clause = clauseAt(text, m.index);
    // The standard is applied in its clause (按…执行, 参照…标准); a clause citing a basis needs a compensation standard;
    // a notice's own 文号 in its heading, or a earlier stage it rests on (依据《征收土地预公告》…), is neither.
    const citing = /^(?:根据|依据|依照)/.test(clause);
    if (citing ? !citesStandard(text.slice(Math.max(0, m.index - 120), m.index)) : !APPLIED.test(clause)) continue;
    if (out.some((c) => c.text === clause)) continue;
    out.push({ text: clause, amount: null, unit: null, appliesTo: appliesToIn(clause) ?? appliesToIn(sentence) });
  }
  return out;
}

function multiples(text: string): Compensation[] {
  const out: Compensation[] = [];
  for (let at = text.indexOf('倍'); at >= 0; at = text.indexOf('倍', at + 1)) {
    const num = numberEndingAt(text, at);
    if (!num) continue;
    const sentence = sentenceAt(text, at);
    if (!isAbout(sentence)) continue;
    const clause = clauseAt(text, at);
    out.push({ text: clause, amount: parseNumber(num.token), unit: '倍', appliesTo: appliesToIn(clause) });
  }
  return out;
}

function lumpSums(text: string): Compensation[] {
  const out: Compensation[] = [];
  // Each 元 not followed by a unit (/亩, 每…) is read backwards: the figure, then the item before it.
  for (let at = text.indexOf('元'); at >= 0; at = text.indexOf('元', at + 1)) {
    if (/[/每]/.test(text.charAt(at + 1))) continue;
    const tenThousand = text.charAt(at - 1) === '万';
    const num = numberEndingAt(text, tenThousand ? at - 1 : at);
    const n = num ? parseNumber(num.token) : null;
    if (!num || n === null) continue;
    const lead = text.slice(Math.max(0, num.start - 16), num.start).replace(LUMP_LINK, '');
    const item = LUMP_WORDS.find((w) => lead.endsWith(w));
    if (!item) continue;
    // One sum of a list (土地补偿费…万元、安置补助费…万元): from the list separator before it to its 元.
    const { start } = bounds(text, num.start, isListBreak);
    out.push({
      text: text.slice(start, at + 1).replace(ORDINAL, ''),
      amount: roundTo(n * (tenThousand ? 10_000 : 1), 2),
      unit: tenThousand ? '元（原文以万元计，已换算为元）' : '元',
      appliesTo: item,
    });
  }
  return out;
}

/** 二、征收土地所涉及的农业人员安置办法 — a numbered heading naming how people are resettled. */
const RESETTLEMENT_HEADING = /^[一二三四五六七八九十]{1,3}[、.．]([^\n]{0,24}安置(?:办法|方式|途径|措施))[:：]?$/;
/** The way itself, printed on the line under the heading: one short sentence. */
const MAX_WAY = 60;

/** 农业人员安置办法：预留产业用地或发放自谋职业补助费 — the heading and the one-sentence line under it. */
function resettlementWays(text: string): Compensation[] {
  if (!text.includes('安置')) return [];
  const out: Compensation[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const m = RESETTLEMENT_HEADING.exec(line.trim());
    const next = lines[i + 1]?.trim() ?? '';
    if (!m || next.length < 4 || next.length > MAX_WAY || /^[一二三四五六七八九十]{1,3}[、.．]/.test(next)) return;
    const way = next.replace(/[。；;]$/, '');
    if (/[。；;]/.test(way)) return;
    out.push({ text: `${(m[1] ?? '').replace(/^.*?所?涉及的/, '')}:${way}`, amount: null, unit: null, appliesTo: '安置' });
  });
  return out;
}

/** The items of these forms, leaving out any whose clause a rate already holds. */
export function extractOtherCompensation(text: string, rates: readonly Compensation[]): Compensation[] {
  const taken = (c: Compensation): boolean => rates.some((r) => r.text === c.text);
  const out: Compensation[] = [];
  for (const c of [...byReference(text), ...multiples(text), ...lumpSums(text), ...resettlementWays(text)]) {
    if (taken(c) || out.some((o) => o.text === c.text && o.amount === c.amount)) continue;
    out.push(c);
  }
  return out;
}
