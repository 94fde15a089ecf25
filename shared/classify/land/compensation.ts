/**
 * Compensation standards: 30000元/亩, 20万元/亩, 13元/m²/月, 12元/平方米·月, 每户5000元 — with what each pays for.
 * Amounts printed in 万元 are converted to 元 and the unit says so.
 */
import type { Compensation } from '../../model/document.ts';
import { NUMBER_SOURCE, numberEndingAt, parseNumber, roundTo } from './numbers.ts';
import { sentenceStart } from './normalise.ts';
import { COMPENSATION_ITEMS, PER_UNITS } from './vocabulary.ts';
import { charTest, wordAt, type CharTest } from '../char-tests.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PER_SOURCE = PER_UNITS.map((u) => escape(u.printed)).join('|');
const PER_UNIT_NAME = new Map(PER_UNITS.map((u) => [u.printed, u.unit]));

/** 20万元/亩, 13元/m²/月, 12元/平方米·月, 5000元每户 — the unit part; the figure is read backwards from it. */
const AMOUNT_PER_UNIT = new RegExp(`(万)?元[/每]\\(?(${PER_SOURCE})(?:[/·•.]?(月|年))?\\)?`, 'g');
/** 每亩30000元, 每平方米每月12元, 每月每平方米15元 (at most a few words between). */
const PER_UNIT_AMOUNT = new RegExp(
  `(?:每(月|年))?每(${PER_SOURCE})(?:每?(月|年))?[^，,。；;\\n\\d]{0,8}?(${NUMBER_SOURCE})(万)?元(?![/每])`,
  'g',
);

/** Ends of the clause a standard sits in. */
const CLAUSE_BREAK = /[，,；;。\n]/;
/** Ends of the immediate lead-in (the words right before the amount). */
const LEAD_BREAK = /[，,；;。\n：:\t]/;
const isLeadBreak = charTest(LEAD_BREAK);
const isClauseBreak = charTest(CLAUSE_BREAK);
const isLineBreak = charTest(/\n/);
const compensationItemAt = wordAt(COMPENSATION_ITEMS);
const LEAD_NOISE_START = /^(?:[(（]?[一二三四五六七八九十\d]+[)）、.．]?|其中|按照|按|对|给予|实行)+/;
const LEAD_NOISE_END = /(?:的?(?:补偿)?标准(?:为|是)?|执行|为|按|是|：|:)+$/;
const MAX_LEAD = 12;
const MAX_QUALIFIER = 8;

function clauseStart(text: string, index: number, isBreak: CharTest): number {
  let i = index;
  while (i > 0 && index - i < 120 && !isBreak(text, i - 1)) i--;
  return i;
}

/** Compensation items printed in `span`, in order, each once. */
export function itemsIn(span: string): string[] {
  const found: string[] = [];
  let i = 0;
  while (i < span.length) {
    const item = compensationItemAt(span, i);
    if (item) {
      if (!found.includes(item)) found.push(item);
      i += item.length;
    } else i++;
  }
  return found;
}

/** Lead-in words with ordinals, verbs and 标准为 removed (按建成区补偿标准 → 建成区). */
function clean(words: string): string {
  return words.replace(LEAD_NOISE_START, '').replace(LEAD_NOISE_END, '');
}

/** A short qualifier (砖混结构) printed before the figure, or null. */
function qualifier(lead: string): string | null {
  const q = clean(lead);
  return q.length > 0 && q.length <= MAX_QUALIFIER && /^[\u4e00-\u9fff]+$/.test(q) ? q : null;
}

const withQualifier = (item: string, q: string | null): string => (q && q !== item ? `${item}（${q}）` : item);

/**
 * What the standard at [index, end) pays for, first found of:
 *  1. the label before a colon (2.安置补助费：27000元/亩), plus the lead-in as qualifier;
 *  2. an item in the lead-in itself (正房奖励400元/m², 搬迁补助费的标准为12元/m²);
 *  3. an item right after the figure (给予每平方米200元的提前搬迁奖励);
 *  4. items earlier in the sentence (土地补偿费和安置补助费…按…20万元/亩), plus the lead-in as qualifier;
 *  5. a short heading line just above ((四)搬迁补助).
 */
export function appliesTo(text: string, index: number, end = index): string | null {
  const leadStart = clauseStart(text, index, isLeadBreak);
  const lead = text.slice(leadStart, index);
  if (/[：:]/.test(text.charAt(leadStart - 1))) {
    const labelStart = clauseStart(text, leadStart - 1, isClauseBreak);
    const label = clean(text.slice(labelStart, leadStart - 1));
    if (itemsIn(label).length > 0 && label.length <= MAX_LEAD) return withQualifier(label, qualifier(lead));
  }
  const leadItems = itemsIn(lead);
  if (leadItems.length > 0) {
    const cleaned = clean(lead);
    return cleaned.length > 0 && cleaned.length <= MAX_LEAD && itemsIn(cleaned).length > 0 ? cleaned : leadItems.join('、');
  }
  const after = text.slice(end, end + MAX_LEAD + 1);
  const tail = /^的?([\u4e00-\u9fff]{1,12})/.exec(after.split(/[，,；;。\n：:]/)[0] ?? '');
  if (tail?.[1] && itemsIn(tail[1]).length > 0) return tail[1];
  const sentenceItems = itemsIn(text.slice(sentenceStart(text, index, 100), leadStart));
  if (sentenceItems.length > 0) return withQualifier(sentenceItems.join('、'), qualifier(lead));
  const lineStart = text.lastIndexOf('\n', index - 1);
  if (lineStart > 0) {
    const prevStart = text.lastIndexOf('\n', lineStart - 1) + 1;
    const heading = text.slice(prevStart, lineStart);
    if (heading.length <= 20 && !/[。；;]/.test(heading)) {
      const headingItems = itemsIn(heading);
      if (headingItems.length > 0) return headingItems.join('、');
    }
  }
  return null;
}

function unitOf(per: string, period: string | undefined, tenThousand: boolean): string {
  const base = `元/${PER_UNIT_NAME.get(per) ?? per}${period ? `/${period}` : ''}`;
  return tenThousand ? `${base}（原文以万元计，已换算为元）` : base;
}

function standard(text: string, index: number, end: number, amountToken: string, tenThousand: boolean, per: string, period: string | undefined): Compensation {
  let start = clauseStart(text, index, isClauseBreak);
  // A bare table cell (no words before the figure): take the whole line.
  if (!/[\u4e00-\u9fff]/.test(text.slice(start, index))) start = clauseStart(text, index, isLineBreak);
  const n = parseNumber(amountToken);
  return {
    text: text.slice(start, end).replace(/^\t+/, ''),
    amount: n === null ? null : roundTo(n * (tenThousand ? 10_000 : 1), 2),
    unit: unitOf(per, period, tenThousand),
    // 每亩奖励壹万元: the item may sit between 每亩 and the figure.
    appliesTo: appliesTo(text, index, end) ?? (itemsIn(text.slice(index, end)).join('、') || null),
  };
}

export function extractCompensation(text: string): Compensation[] {
  const found: { index: number; c: Compensation }[] = [];
  for (const m of text.matchAll(AMOUNT_PER_UNIT)) {
    const num = numberEndingAt(text, m.index);
    if (!num) continue;
    found.push({ index: num.start, c: standard(text, num.start, m.index + m[0].length, num.token, Boolean(m[1]), m[2] ?? '', m[3]) });
  }
  for (const m of text.matchAll(PER_UNIT_AMOUNT)) {
    const period = m[1] ?? m[3];
    found.push({ index: m.index, c: standard(text, m.index, m.index + m[0].length, m[4] ?? '', Boolean(m[5]), m[2] ?? '', period) });
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.c);
}
