/**
 * Compensation items that are not a rate per unit (those are read by ./compensation.ts):
 *  - standards applied by reference: 青苗和地上附着物补偿按川府函〔2020〕217号执行 (the standard's 文号);
 *  - multiples: 耕地按区片综合地价的1.2倍补偿;
 *  - lump sums and sale money: 土地补偿费24.5276万元, 起始价3735万元, 竞买保证金750万元.
 * Amounts printed in 万元 are converted to 元 and the unit says so.
 */
import type { Compensation } from '../../model/document.ts';
import { NUMBER_SOURCE, parseNumber, roundTo } from './numbers.ts';
import { itemsIn } from './compensation.ts';
import { COMPENSATION_ITEMS, COMPENSATION_TOPIC_WORDS, LUMP_SUM_WORDS } from './vocabulary.ts';

/** A standard's 文号: 川府函〔2020〕217号, 钦政发〔2023〕1号 (bracket variants included). */
const DOC_NUMBER = /[\u4e00-\u9fa5]{1,12}[〔［[（(]\d{4}[〕］\]）)]\d{1,4}号/g;
const CLAUSE_BREAK = /[，,；;。\n]/;
const SENTENCE_BREAK = /[；;。\n]/;
const MULTIPLE = new RegExp(`(${NUMBER_SOURCE})倍`, 'g');
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LUMP_WORDS = [...LUMP_SUM_WORDS, ...COMPENSATION_ITEMS].sort((a, b) => b.length - a.length).map(escape).join('|');
/** 土地补偿费24.5276万元 / 起始价：3735万元 / 竞买保证金为750万元 (not a rate: no /亩 after it). */
const LUMP_SUM = new RegExp(`(${LUMP_WORDS})(?:为|是|[:：]|共|约|人民币)?(${NUMBER_SOURCE})(万)?元(?![/每])`, 'g');

function bounds(text: string, at: number, breaks: RegExp, reach = 160): { start: number; end: number } {
  let start = at;
  while (start > 0 && at - start < reach && !breaks.test(text.charAt(start - 1))) start--;
  let end = at;
  while (end < text.length && end - at < reach && !breaks.test(text.charAt(end))) end++;
  return { start, end };
}

const clauseAt = (text: string, at: number): string => {
  const { start, end } = bounds(text, at, CLAUSE_BREAK);
  return text.slice(start, end).replace(/^[\t ]+/, '');
};

function sentenceAt(text: string, at: number): string {
  const { start, end } = bounds(text, at, SENTENCE_BREAK, 300);
  return text.slice(start, end);
}

const isAbout = (sentence: string): boolean => COMPENSATION_TOPIC_WORDS.some((w) => sentence.includes(w));
const appliesToIn = (span: string): string | null => itemsIn(span).join('、') || null;

/** 按…文号 in a sentence about compensation, resettlement or social security. */
function byReference(text: string): Compensation[] {
  const out: Compensation[] = [];
  for (const m of text.matchAll(DOC_NUMBER)) {
    const sentence = sentenceAt(text, m.index);
    if (!isAbout(sentence) || /^(?:根据|依据|依照)/.test(sentence)) continue;
    const clause = clauseAt(text, m.index);
    if (out.some((c) => c.text === clause)) continue;
    out.push({ text: clause, amount: null, unit: null, appliesTo: appliesToIn(clause) ?? appliesToIn(sentence) });
  }
  return out;
}

function multiples(text: string): Compensation[] {
  const out: Compensation[] = [];
  for (const m of text.matchAll(MULTIPLE)) {
    const sentence = sentenceAt(text, m.index);
    if (!isAbout(sentence)) continue;
    const clause = clauseAt(text, m.index);
    out.push({ text: clause, amount: parseNumber(m[1] ?? ''), unit: '倍', appliesTo: appliesToIn(clause) });
  }
  return out;
}

function lumpSums(text: string): Compensation[] {
  const out: Compensation[] = [];
  for (const m of text.matchAll(LUMP_SUM)) {
    const n = parseNumber(m[2] ?? '');
    if (n === null) continue;
    const tenThousand = Boolean(m[3]);
    out.push({
      text: clauseAt(text, m.index),
      amount: roundTo(n * (tenThousand ? 10_000 : 1), 2),
      unit: tenThousand ? '元（原文以万元计，已换算为元）' : '元',
      appliesTo: m[1] ?? null,
    });
  }
  return out;
}

/** The items of these forms, leaving out any whose clause a rate already holds. */
export function extractOtherCompensation(text: string, rates: readonly Compensation[]): Compensation[] {
  const taken = (c: Compensation): boolean => rates.some((r) => r.text === c.text);
  const out: Compensation[] = [];
  for (const c of [...byReference(text), ...multiples(text), ...lumpSums(text)]) {
    if (taken(c) || out.some((o) => o.text === c.text && o.amount === c.amount)) continue;
    out.push(c);
  }
  return out;
}
