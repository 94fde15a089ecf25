/**
 * What a lawyer reads beside each compensation item (issue 14): the kind of payment it is (grouped in mails),
 * the condition it depends on, the signing window of a 奖励 tier, how it is paid, and the standard's 文号.
 *
 * All from the drafting of compensation schemes: a condition is the …的 clause that opens the item's sentence
 * (被征收人在签约期限开始之日起10日内签订补偿协议并按期搬迁的，正房奖励400元/m²); tiers count from one event with
 * growing periods (10日内, 20日内, 30日内), so each tier's window starts the day after the one before it; payment
 * terms follow the rate in its sentence (一次性支付6个月, 按6个月计发, 支付一次). Pure.
 */
import type { Compensation } from '../../model/document.ts';
import { parseNumber } from './numbers.ts';
import { charTest } from '../char-tests.ts';

/** Kinds of payment, tried in order on what an item pays for (奖励 first: 正房奖励 is a bonus, not a house price). */
const GROUPS: ReadonlyArray<{ group: string; words: RegExp }> = [
  { group: '出让价款与保证金', words: /起始价|起拍价|挂牌价|保证金|增价|加价/ },
  { group: '奖励', words: /奖励|奖金|补贴奖/ },
  { group: '临时安置（过渡）', words: /临时安置|过渡|周转/ },
  { group: '搬迁', words: /搬迁|搬家/ },
  { group: '社会保障', words: /社会保障|社保|养老|保险/ },
  { group: '青苗和地上附着物', words: /青苗|附着物|林木|果树/ },
  { group: '土地补偿和安置补助', words: /土地补偿|安置补助|区片|综合地价|征地补偿|地价/ },
  { group: '房屋补偿', words: /房屋|住宅|正房|附房|结构|宅基地|装修|附属物/ },
  { group: '停产停业', words: /停产|停业/ },
];

const SENTENCE_END = /[。；;\n]/;
const CLAUSE_START = /[，,：:。；;\n]/;
const isSentenceEnd = charTest(SENTENCE_END);
const isClauseStart = charTest(CLAUSE_START);
/** How far after its …的 clause an item may stand and still depend on it. */
const MAX_AFTER_CONDITION = 40;
/** How far after an item its standard's 文号 is looked for (…按川府函〔2020〕217号执行). */
const STANDARD_REACH = 48;
/** A conditional clause ending in 的 before a comma: 被征收人在…签约的，. */
const CONDITION_END = /的[，,]/g;
const DOC_NUMBER = /[\u4e00-\u9fff]{1,12}[〔［[]\d{4}[〕］\]]\d{1,4}号/;
const PAYMENT = /一次性(?:支付|发放|给予|计发)(?:\d+个月)?|按\d+个月(?:计发|计算|支付|发放)|支付一次|按月(?:支付|发放)|分\d+次(?:支付|发放)/;
/** A tier's window in its condition: 签约期限开始之日起10日内 / 自公告之日起15日内. */
const WINDOW = /((?:自|在|于)?[^，,。；;]{0,16}?(?:之日|日)起)(\d{1,3})(日|天|个工作日)内/;

/** The kind of payment an item is, from what it pays for, else from its text. */
export function groupOf(item: Pick<Compensation, 'appliesTo' | 'text'>): string {
  const named = item.appliesTo ?? '';
  return GROUPS.find((g) => g.words.test(named))?.group ?? GROUPS.find((g) => g.words.test(item.text))?.group ?? '其他补偿';
}

function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && at - start < 300 && !isSentenceEnd(text, start - 1)) start--;
  let end = at;
  while (end < text.length && end - at < 300 && !isSentenceEnd(text, end)) end++;
  return { start, end };
}

/** The …的 clause before `at` in its sentence, or null. */
function conditionBefore(text: string, start: number, at: number): string | null {
  const span = text.slice(start, at);
  let last = -1;
  for (const m of span.matchAll(CONDITION_END)) last = m.index + 1;
  // The condition governs the clauses right after it (正房奖励…，附房奖励…), not an item further on.
  if (last < 0 || span.length - last > MAX_AFTER_CONDITION) return null;
  const clause = span.slice(0, last).replace(/^[(（]?[一二三四五六七八九十\d]+[)）、.．]\s*/, '');
  return clause.length >= 4 && clause.length <= 120 ? clause : null;
}

interface Located {
  item: Compensation;
  at: number;
}

/** Each item's position in the text (items with the same text in order of appearance). */
function locate(text: string, items: readonly Compensation[]): Located[] {
  const from = new Map<string, number>();
  return items.map((item) => {
    const at = text.indexOf(item.text, from.get(item.text) ?? 0);
    if (at >= 0) from.set(item.text, at + item.text.length);
    return { item, at };
  });
}

/** 第1–10日, 第11–20日 …: each tier's window after the one before it from the same event. */
function windows(conditions: ReadonlyArray<string | null>): Array<string | null> {
  const parsed = conditions.map((c) => {
    const m = c ? WINDOW.exec(c) : null;
    return m ? { event: (m[1] ?? '').replace(/^.*[自在于从]/, ''), n: parseNumber(m[2] ?? '') ?? 0, unit: m[3] === '个工作日' ? '个工作日' : '日' } : null;
  });
  return parsed.map((p) => {
    if (!p || p.n <= 0) return null;
    const before = parsed
      .filter((q): q is NonNullable<typeof q> => q !== null && q.event === p.event && q.unit === p.unit && q.n < p.n)
      .reduce((a, q) => Math.max(a, q.n), 0);
    return `${p.event}第${before + 1}–${p.n}${p.unit === '日' ? '日' : '个工作日'}内`;
  });
}

/** The items with their group, condition, tier window, payment terms and standard. */
export function withTerms(text: string, items: readonly Compensation[]): Compensation[] {
  const located = locate(text, items);
  const conditions = located.map(({ at, item }) => {
    if (at < 0) return null;
    const s = sentenceAround(text, at);
    return conditionBefore(text, s.start, at) ?? null;
  });
  const tierWindows = windows(conditions);
  return located.map(({ item, at }, i) => {
    const s = at >= 0 ? sentenceAround(text, at) : null;
    const after = s ? text.slice(at + item.text.length, s.end) : '';
    const payment = PAYMENT.exec(after)?.[0] ?? PAYMENT.exec(item.text)?.[0] ?? null;
    let clause = at;
    while (s && clause > s.start && !isClauseStart(text, clause - 1)) clause--;
    const near = s ? text.slice(clause, Math.min(s.end, at + item.text.length + STANDARD_REACH)) : '';
    const standard = DOC_NUMBER.exec(item.text)?.[0] ?? DOC_NUMBER.exec(near)?.[0] ?? null;
    return {
      ...item,
      group: groupOf(item),
      condition: conditions[i] ?? null,
      window: tierWindows[i] ?? null,
      payment,
      standard,
    };
  });
}
