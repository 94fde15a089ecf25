/**
 * Deadlines and the review/litigation windows of a land notice, each with a calendar date where its start is known.
 *
 * Forms read (in this order; a later form never re-reads text an earlier one took):
 *  A. 自本通告发布之日起15日内, 在签约期限开始之日起10日内, 自2023年5月1日起至5月31日止 (start event + period);
 *  B. 征收期限30日, 签约期限为2023年5月1日至2023年5月30日, 公告期为10个工作日 (a named term);
 *  C. 2023年10月31日前, 截止日期为2023年10月31日, 2023年10月1日至10月31日 (printed dates);
 *  D. 6个月内向人民法院提起行政诉讼 (a bare window after an A-form in the same sentence shares its start);
 * A review or litigation right printed without its window is not listed: a period is shown only where the notice
 * states it (issue 14).
 */
import type { Deadline } from '../../model/document.ts';
import { resolveEvent, type Anchors } from './anchors.ts';
import { lastDayOfPeriod, type PeriodUnit } from './date-arithmetic.ts';
import { CLOCK_SOURCE, DATE_RE, DATE_SOURCE, RANGE_RE, rangeEnd } from './dates-in-text.ts';
import { isoDate, parseChineseDate } from '../../parse/chinese-date.ts';
import { sentenceEnd, sentenceStart } from './normalise.ts';
import { NUMBER_SOURCE, numberEndingAt, parseNumber } from './numbers.ts';
import { purposeAfter, purposeAround } from './purpose.ts';
import { DATE_DEADLINE_PREFIXES, DATE_DEADLINE_SUFFIXES, PERIOD_UNITS, TERM_PURPOSES } from './vocabulary.ts';
import { charTest } from '../char-tests.ts';

interface Period {
  n: number;
  unit: PeriodUnit;
}

/** A deadline found, before its date is resolved. */
interface Raw {
  start: number;
  end: number;
  /** The start event (本通告发布), null when none is printed. */
  event: string | null;
  period: Period | null;
  /** A printed end date (…至2023年5月31日止, 2023年10月31日前). */
  endDate: string | null;
  /** A printed start date of a range. */
  startDate: string | null;
  purpose: string | null;
  /** The named term (签约 of 签约期限) when the deadline defines one. */
  term: string | null;
}

const UNIT_SOURCE = PERIOD_UNITS.map((u) => u.printed).join('|');
const UNIT_OF = new Map(PERIOD_UNITS.map((u) => [u.printed, u.unit]));
const PERIOD_AT = new RegExp(`[,，]?(?:在|于)?(${NUMBER_SOURCE})(个)?(${UNIT_SOURCE})(内|之内|以内|止)?`, 'y');
/** The unit part of 15日内 / 6个月内; the figure is read backwards from it. */
const WITHIN_RE = new RegExp(`(个)?(${UNIT_SOURCE})(?:内|之内|以内)`, 'g');
const RANGE_END_AT = new RegExp(`[,，]?(?:至|到)(${DATE_SOURCE})(?:止|前)?`, 'y');
const START_RE = /(之日|日)起(?:计算)?/g;
const TERM_RE = new RegExp(`(${TERM_PURPOSES.map((t) => t.term).join('|')})(?:期限|期)(?:为|是|[:：。,，]){0,2}`, 'g');
const TERM_SOURCE = `(${TERM_PURPOSES.map((t) => t.term).join('|')})(?:期限|期)`;
/** 搬迁期限为… (the separator is required: 签约期限开始 is an event, not a definition). */
const TERM_AT = new RegExp(`${TERM_SOURCE}(?:为|是|[:：])`, 'y');
const TERM_BEFORE = new RegExp(`${TERM_SOURCE}(?:为|是|[:：])?$`);
const CLOCK_AT = new RegExp(`^${CLOCK_SOURCE}`);
/** 听证会时间：2025年8月4日 / 挂牌时间为… : the date something the reader may attend or act on takes place. */
const SCHEDULE_LEAD = /(?:听证会?|挂牌|拍卖|竞价|开标|公示|征求意见|报名|签约|搬迁)(?:时间|日期|期限)(?:为|是|[:：])?\s*$/;
/** （截至2024年12月4日） printed right after a period: the period's end as the notice computed it. */
const UNTIL_AT = new RegExp(`^[（(](?:截至|截止(?:日期)?为?|即|至)(${DATE_SOURCE})(?:止)?[)）]`);
/** A sentence whose subject is the government (本府…作出决定, 费用应当…全额支付): an obligation on it, not a deadline for the reader. */
const GOVERNMENT_DUTY = /本府|我府|本机关|本局将|(?:人民)?政府(?:将|应当|应|依法)|全额支付|足额支付|支付到位|拨付|作出[^。；]{0,30}决定/;
const CLAUSE_BREAK = /[，,。；;\n：:]/;
const isClauseBreak = charTest(CLAUSE_BREAK);
const DATE_DIGITS = /[\d〇零○一二三四五六七八九十]/;

function period(numberToken: string, unitToken: string): Period | null {
  const n = parseNumber(numberToken);
  const unit = UNIT_OF.get(unitToken);
  return n === null || unit === undefined || n <= 0 ? null : { n, unit };
}

const termPurpose = (term: string): string | null => TERM_PURPOSES.find((t) => t.term === term)?.purpose ?? null;

/** A term printed right before a phrase (签约期限为|自本决定公告之日起30日). */
function termBefore(text: string, at: number): string | null {
  return TERM_BEFORE.exec(text.slice(Math.max(0, at - 6), at))?.[1] ?? null;
}

/** Windows ending in 内 (15日内, 十个工作日内, 6个月内) in text[from, to), in order. */
function* windowsWithin(text: string, from: number, to: number): Generator<{ start: number; end: number; period: Period }> {
  WITHIN_RE.lastIndex = from;
  for (let m = WITHIN_RE.exec(text); m && m.index < to; m = WITHIN_RE.exec(text)) {
    const end = m.index + m[0].length;
    if (end > to) break;
    const num = numberEndingAt(text, m.index);
    const p = num ? period(num.token, m[2] ?? '') : null;
    if (num && p && num.start >= from) yield { start: num.start, end, period: p };
  }
}

function overlaps(taken: readonly Raw[], start: number, end: number): boolean {
  return taken.some((r) => start < r.end && r.start < end);
}

/** The start event before `idx` (…之日起): from 自/从 (kept in the phrase) or 在/于 (dropped), within the clause. */
function eventBefore(text: string, idx: number): { phraseStart: number; eventStart: number } {
  let clause = idx;
  while (clause > 0 && idx - clause < 40 && !isClauseBreak(text, clause - 1)) clause--;
  const span = text.slice(clause, idx);
  const from = Math.max(span.lastIndexOf('自'), span.lastIndexOf('从'));
  if (from >= 0) return { phraseStart: clause + from, eventStart: clause + from + 1 };
  const at = Math.max(span.lastIndexOf('在'), span.lastIndexOf('于'));
  if (at >= 0) return { phraseStart: clause + at + 1, eventStart: clause + at + 1 };
  return { phraseStart: clause, eventStart: clause };
}

/** A. start event + period (or + printed end date). */
function startEventDeadlines(text: string): Raw[] {
  const out: Raw[] = [];
  for (const m of text.matchAll(START_RE)) {
    const idx = m.index;
    // 自2023年5月1日起: the 日 belongs to the date.
    const eventEnd = m[1] === '日' && DATE_DIGITS.test(text.charAt(idx - 1)) ? idx + 1 : idx;
    const { phraseStart, eventStart } = eventBefore(text, idx);
    // 搬迁期限为签约期限届满之日起15日内: the term names the purpose and is not part of the event.
    TERM_AT.lastIndex = eventStart;
    const t = TERM_AT.exec(text);
    const termEnd = t && t.index + t[0].length <= eventEnd ? t.index + t[0].length : eventStart;
    const term = termEnd > eventStart ? (t?.[1] ?? null) : termBefore(text, phraseStart);
    const event = text.slice(termEnd, eventEnd);
    if (event.length === 0) continue;
    const after = idx + m[0].length;
    const found = periodAfter(text, after) ?? rangeEndAfter(text, after);
    if (!found) continue;
    const until = UNTIL_AT.exec(text.slice(found.end, found.end + 24));
    if (until) {
      found.endDate = parseChineseDate(until[1] ?? '') ?? found.endDate;
      found.end += until[0].length;
    }
    out.push({
      start: phraseStart,
      end: found.end,
      event,
      period: found.period,
      endDate: found.endDate,
      startDate: null,
      purpose: (term ? termPurpose(term) : null) ?? purposeAround(text, phraseStart, found.end),
      term,
    });
  }
  return out;
}

interface Found {
  end: number;
  period: Period | null;
  endDate: string | null;
}

/** A period right after `at`, or further on in the sentence when it ends in 内. */
function periodAfter(text: string, at: number): Found | null {
  PERIOD_AT.lastIndex = at;
  const m = PERIOD_AT.exec(text);
  // …之日起30日后 marks what happens after a period, not a deadline.
  if (m && !/^(?:后|以后|之后)/.test(text.slice(at + m[0].length, at + m[0].length + 2))) {
    const p = period(m[1] ?? '', m[3] ?? '');
    if (p) return { end: at + m[0].length, period: p, endDate: null };
  }
  const stop = sentenceEnd(text, at, 40);
  const next = text.slice(at, stop).search(/之日起|日起/);
  for (const w of windowsWithin(text, at, next >= 0 ? at + next : stop)) return { end: w.end, period: w.period, endDate: null };
  return null;
}

function rangeEndAfter(text: string, at: number): Found | null {
  RANGE_END_AT.lastIndex = at;
  const m = RANGE_END_AT.exec(text);
  if (!m) return null;
  const endDate = parseChineseDate(m[1] ?? '');
  return endDate ? { end: at + m[0].length, period: null, endDate } : null;
}

/** B. named terms: 征收期限30日, 签约期限为…至…, 公告期为10个工作日. */
function termDeadlines(text: string, taken: readonly Raw[]): Raw[] {
  const out: Raw[] = [];
  for (const m of text.matchAll(TERM_RE)) {
    const start = m.index;
    const at = start + m[0].length;
    const term = m[1] ?? '';
    const purpose = termPurpose(term);
    RANGE_RE.lastIndex = at;
    const r = RANGE_RE.exec(text);
    if (r && r.index + r[0].length <= sentenceEnd(text, at, 80)) {
      const startDate = parseChineseDate(r[1] ?? '');
      const end = at + r[0].length;
      if (startDate && !overlaps(taken, start, end)) {
        out.push({ start, end, event: null, period: null, startDate, endDate: rangeEnd(startDate, r[2] ?? ''), purpose, term });
      }
      continue;
    }
    PERIOD_AT.lastIndex = at;
    const p = PERIOD_AT.exec(text);
    const per = p ? period(p[1] ?? '', p[3] ?? '') : null;
    if (!p || !per) continue;
    let end = at + p[0].length;
    // The start may be stated in the same sentence: 30日，自本决定公告之日起计算.
    const sStart = sentenceStart(text, start, 80);
    const sEnd = sentenceEnd(text, end, 80);
    let event: string | null = null;
    const sentence = text.slice(sStart, sEnd);
    const s = /(之日|日)起(?:计算)?/.exec(sentence);
    if (s) {
      const idx = sStart + s.index;
      const e = eventBefore(text, idx);
      event = text.slice(e.eventStart, idx) || null;
      if (idx > end) end = idx + s[0].length;
    }
    if (overlaps(taken, start, end)) continue;
    out.push({ start, end, event, period: per, startDate: null, endDate: null, purpose, term });
  }
  return out;
}

/** C. printed dates that end something: 2023年10月31日前, 截止日期为…, …至…. */
function dateDeadlines(text: string, taken: readonly Raw[]): Raw[] {
  const out: Raw[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    let start = m.index;
    let end = start + m[0].length;
    if (overlaps(taken, start, end) || overlaps(out, start, end)) continue;
    RANGE_RE.lastIndex = start;
    const r = RANGE_RE.exec(text);
    const iso = parseChineseDate(m[0]);
    if (!iso) continue;
    let endDate: string | null = null;
    let startDate: string | null = null;
    if (r) {
      end = start + r[0].length;
      startDate = iso;
      endDate = rangeEnd(iso, r[2] ?? '');
    } else {
      // 2024年10月19日17:30前: a clock time may stand between the date and 前.
      const clock = CLOCK_AT.exec(text.slice(end, end + 12));
      if (clock) end += clock[0].length;
      const suffix = DATE_DEADLINE_SUFFIXES.find((w) => text.startsWith(w, end));
      const lead = text.slice(Math.max(0, start - 8), start);
      const prefix = DATE_DEADLINE_PREFIXES.find((w) => lead.includes(w)) ?? SCHEDULE_LEAD.exec(lead)?.[0];
      if (!suffix && !prefix) continue;
      if (suffix) end += suffix.length;
      if (prefix) start = start - lead.length + lead.lastIndexOf(prefix);
      else if (/[于在]$/.test(lead)) start -= 1;
      endDate = iso;
    }
    // 听证会时间：… names its purpose inside the phrase itself.
    const purpose = purposeAround(text, start, end) ?? purposeAfter(text, start);
    out.push({ start, end, event: null, period: null, startDate, endDate, purpose, term: null });
  }
  return out;
}

const CLAUSE_EDGE = /[，,。；;\n：:]/;
const isClauseEdge = charTest(CLAUSE_EDGE);
/** Clause reach of a bare window's display text, each way. */
const CLAUSE_REACH = 24;

/** Where the clause around `at` begins (dir -1) or ends (dir 1); `at` itself when no break is near. */
function clauseEdge(text: string, at: number, dir: -1 | 1): number {
  for (let k = 0; k < CLAUSE_REACH; k++) {
    const i = dir < 0 ? at - 1 - k : at + k;
    if (i < 0 || i >= text.length) return dir < 0 ? 0 : text.length;
    if (isClauseEdge(text, i)) return dir < 0 ? i + 1 : i;
  }
  return at;
}

/** D. 6个月内… with a purpose: shares the start of an A-form earlier in the same sentence. */
function bareWindows(text: string, taken: readonly Raw[]): Raw[] {
  const out: Raw[] = [];
  for (const { start, end, period: p } of windowsWithin(text, 0, text.length)) {
    if (overlaps(taken, start, end)) continue;
    const purpose = purposeAfter(text, end);
    if (purpose === null) continue;
    const sStart = sentenceStart(text, start, 200);
    const earlier = taken.filter((r) => r.event !== null && r.start >= sStart && r.end <= start).at(-1);
    // 应于告知后十个工作日内提出书面听证申请: the window is shown with its clause (who acts, on what, after what);
    // review and litigation windows keep their short form.
    const from = clauseEdge(text, start, -1);
    const to = clauseEdge(text, end, 1);
    const wide = !/复议|诉讼/.test(purpose) && !overlaps(taken, from, to) && !overlaps(out, from, to);
    out.push({ start: wide ? from : start, end: wide ? to : end, event: earlier?.event ?? null, period: p, startDate: null, endDate: null, purpose, term: null });
  }
  return out;
}

/** 应当在本公告规定期限内…办理补偿登记: a period the notice sets elsewhere (or not at all), without a date. */
const SET_PERIOD = /(?:在|于)(?:本|该)?(?:公告|通告|方案)?(?:规定|确定|限定)的?(?:期限|时间|期间)(?:内|以内)/g;
/** 截止时间为****16时: a deadline whose date the page masks. */
const MASKED_DATE = /截止(?:时间|日期)(?:为|是|[:：])[*＊×X]{2,}/g;
/** Reviews and confirmations are the government's acts, not the reader's. */
const OWN_REVIEW = /审查|审核|确认|公布/;
const OBLIGATION = /应当?|须|必须|请/;

/** E. deadlines printed without a date: a period set elsewhere, or a masked date. */
function undatedDeadlines(text: string, taken: readonly Raw[]): Raw[] {
  const out: Raw[] = [];
  for (const re of [SET_PERIOD, MASKED_DATE]) {
    for (const m of text.matchAll(re)) {
      const start = clauseEdge(text, m.index, -1);
      const end = clauseEdge(text, m.index + m[0].length, 1);
      if (overlaps(taken, m.index, m.index + m[0].length) || overlaps(out, start, end)) continue;
      if (re === MASKED_DATE && OWN_REVIEW.test(text.slice(start, m.index))) continue;
      // 应当在规定期限内办理…: an obligation; 在规定期限内未签订…的 is the condition of what follows a missed one.
      if (re === SET_PERIOD && (!OBLIGATION.test(text.slice(Math.max(0, m.index - 6), m.index)) || /^[未不没]/.test(text.slice(m.index + m[0].length)))) continue;
      const purpose = purposeAround(text, start, end) ?? purposeAfter(text, m.index + m[0].length);
      // 应当在本公告规定期限内，附图… (cut off, naming no act after it): nothing to do by when, nothing to show.
      if (re === SET_PERIOD && purposeAfter(text, m.index + m[0].length) === null) continue;
      out.push({ start, end, event: null, period: null, startDate: null, endDate: null, purpose, term: null });
    }
  }
  return out;
}

/**
 * F. 4月21日将启动征迁签约工作: a step of the procedure announced for a day printed without its year (a progress note,
 * a news lead). The year is the anchor's; a day before the anchor falls in the next year (将 looks forward).
 */
const SCHEDULED_START = /(?<![\d年])(\d{1,2})月(\d{1,2})[日号](?:起)?(?:将|即将)?(?:正式)?(?:启动|开始|开展|进行)[^，,。；;\n]{0,10}?(签约|搬迁|腾退|交房|交地|登记|丈量)/g;

function scheduledStarts(text: string, taken: readonly Raw[], publication: string | null): Raw[] {
  if (!publication) return [];
  const out: Raw[] = [];
  const [year, month, day] = publication.split('-').map(Number);
  for (const m of text.matchAll(SCHEDULED_START)) {
    const start = m.index;
    const end = clauseEdge(text, start + m[0].length, 1);
    if (overlaps(taken, start, end) || year === undefined) continue;
    const mo = Number(m[1]);
    const d = Number(m[2]);
    const before = mo < (month ?? 0) || (mo === month && d < (day ?? 0));
    const iso = isoDate(before ? year + 1 : year, mo, d);
    if (!iso) continue;
    out.push({ start, end, event: null, period: null, startDate: null, endDate: iso, purpose: purposeAfter(text, start), term: null });
  }
  return out;
}

/** The signing period: from a 签约期限 term, or from an A-form printed right after 签约期限. */
function signingPeriod(raws: readonly Raw[], base: Anchors): { start: string | null; end: string | null } {
  for (const r of raws) {
    if (r.term !== '签约') continue;
    if (r.startDate) return { start: r.startDate, end: r.endDate };
    const start = r.event ? resolveEvent(r.event, base) : null;
    if (!start) continue;
    return { start, end: r.period ? lastDayOfPeriod(start, r.period.n, r.period.unit) : r.endDate };
  }
  return { start: null, end: null };
}

export function extractDeadlines(text: string, title: string, publication: string | null): Deadline[] {
  const raws: Raw[] = [...startEventDeadlines(text)];
  raws.push(...termDeadlines(text, raws));
  raws.push(...dateDeadlines(text, raws));
  raws.push(...bareWindows(text, raws));
  raws.push(...undatedDeadlines(text, raws));
  raws.push(...scheduledStarts(text, raws, publication));
  raws.sort((a, b) => a.start - b.start);
  const readers = raws.filter((r) => !GOVERNMENT_DUTY.test(text.slice(sentenceStart(text, r.start, 120), sentenceEnd(text, r.end, 60, /[，,。；;\n]/))));
  raws.length = 0;
  raws.push(...readers);
  const base: Anchors = { publication, signingStart: null, signingEnd: null, title };
  const signing = signingPeriod(raws, base);
  const anchors: Anchors = { ...base, signingStart: signing.start, signingEnd: signing.end };
  return raws.map((r) => {
    let date = r.endDate;
    if (!date && r.period && r.event) {
      const from = resolveEvent(r.event, anchors);
      date = from ? lastDayOfPeriod(from, r.period.n, r.period.unit) : null;
    } else if (!date && r.period && r.purpose === '公告期' && anchors.publication) {
      // 本公告的公示期限为10个工作日: a notice's own period runs from its publication.
      date = lastDayOfPeriod(anchors.publication, r.period.n, r.period.unit);
    }
    // 签约期限开始之日起10日内 while the signing start is unknown: the rule, resolved once that date is published.
    const rule = !date && r.period && r.event ? { event: r.event, n: r.period.n, unit: r.period.unit } : null;
    return { text: text.slice(r.start, r.end), date, purpose: r.purpose, ...(rule ? { rule } : {}) };
  });
}
