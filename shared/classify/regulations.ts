/**
 * Regulation facts: the rule's name, when it takes effect, how long it stays in force,
 * and what it repeals.
 */
import type { RegulationFacts } from '../model/document.ts';
import { findCommencements, mainCommencement, type Commencement } from './commencement.ts';
import { PROMULGATION_TITLE, PROMULGATION_WORDS, VALIDITY_WORDS } from './keywords.ts';
import { bracketedNames, isRuleName, issuedObject, provisionalQualifier, ruleNameInTitle } from './rule-names.ts';
import { listedRepeals } from './repeal-lists.ts';
import { firstKeywordIn, indexesOf, sentenceAround } from './text.ts';
import { charTest } from './char-tests.ts';

export interface RegulationInput {
  title: string;
  /** Whether the document is a newspaper article announcing the rule. */
  news: boolean;
  /** The document text, compacted (no spaces or line breaks, full-width punctuation). */
  run: string;
}

const VALIDITY_PHRASE_MAX = 24;
/** How far into a news article the announced rule must be named. */
export const NEWS_LEAD_SPAN = 300;
/** How far into a promulgation (政府令, 常委会公告) the published rule must be named. */
export const PROMULGATION_SPAN = 400;
const VALIDITY_STOP = /[，。；、！？]/;
const isValidityStop = charTest(VALIDITY_STOP);

/** 有效期三年 / 有效期至2028年12月31日 / 试行期2年, read from position `at` onwards. */
function validityPhraseAt(text: string, at: number): string | null {
  let end = at;
  const max = Math.min(text.length, at + VALIDITY_PHRASE_MAX);
  while (end < max && !isValidityStop(text, end)) end++;
  const phrase = text.slice(at, end);
  return /[\d一二三四五六七八九十两半]|至/.test(phrase) ? phrase : null;
}

/**
 * Whether an occurrence of one word can share characters with one of another (or of itself): one holds the other,
 * or one ends with what the other starts with. Then a scan for any word and a search per word find different hits.
 */
const overlaps = (a: string, b: string): boolean => {
  if (a !== b && a.includes(b)) return true;
  for (let k = 1; k < Math.min(a.length, b.length + 1); k++) if (b.startsWith(a.slice(a.length - k))) return true;
  return false;
};
if (VALIDITY_WORDS.some((a) => VALIDITY_WORDS.some((b) => overlaps(a, b)))) throw new Error('validity words overlap: one search per word would miss hits');

/**
 * The validity period: in the commencement's sentence or the next one, or in a sentence that
 * speaks of the document itself (本办法有效期…). Licence terms elsewhere are not the rule's.
 */
export function findValidity(run: string, commencement: Commencement | null): string | null {
  if (commencement) {
    const scope = run.slice(commencement.sentenceStart, Math.min(run.length, commencement.sentenceEnd + 80));
    for (const word of VALIDITY_WORDS) {
      const at = scope.indexOf(word);
      if (at >= 0) {
        const phrase = validityPhraseAt(scope, at);
        if (phrase) return phrase;
      }
    }
  }
  // The validity words in their listed order, each in reading order (no two overlap, so a substring search per
  // word finds what one scan for any of them would).
  for (const word of VALIDITY_WORDS) {
    for (const at of indexesOf(run, word)) {
      const before = run.slice(Math.max(0, at - 12), at);
      if (/本(?:办法|规定|细则|条例|规则|通知|方案|意见|决定|制度|政策|措施)/.test(before)) {
        const phrase = validityPhraseAt(run, at);
        if (phrase) return phrase;
      }
    }
  }
  return null;
}

const CLAUSE_BREAK = /[，：、]/;
const isClauseBreak = charTest(CLAUSE_BREAK);

/** The clause before 废止 (原某某暂行规定予以废止 → 某某暂行规定). */
function objectBefore(sentence: string, at: number): string {
  let start = at;
  while (start > 0 && !isClauseBreak(sentence, start - 1)) start--;
  return sentence
    .slice(start, at)
    .replace(/(?:同时|予以|即行|一并|自行|均)+$/, '')
    .replace(/^原/, '');
}

/** What a sentence with 废止 repeals: the 《》 names it holds, else the printed object. */
function repealedIn(sentence: string): string[] {
  const named = bracketedNames(sentence);
  if (named.length > 0) return named;
  const at = sentence.indexOf('废止');
  const after = sentence
    .slice(at + 2)
    .replace(/^[，：]/, '')
    .replace(/[。；，]$/, '');
  const object = after.length >= 4 ? after : objectBefore(sentence, at);
  return object.length >= 4 && object.length <= 80 ? [object] : [];
}

/** A decision's list of repealed rules; else 同时废止《A》《B》 / 《A》同时废止 / 原…予以废止 → ['A', 'B']. */
export function findRepeals(run: string): string[] {
  const listed = listedRepeals(run);
  if (listed) return listed;
  const out: string[] = [];
  for (const at of indexesOf(run, '废止')) {
    const { text: sentence } = sentenceAround(run, at, 240);
    if (!/同时|予以|原|《|自.{0,20}起/.test(sentence)) continue;
    if (/印章|公章/.test(sentence)) continue;
    for (const name of repealedIn(sentence)) if (!out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * The rule's name: a rule named in the title, else what the title issues (印发…的通知), else
 * the title itself (a normative notice is its own rule). A news article names the rule it
 * announces in its headline or lead.
 */
export function regulationName(title: string, run: string, news: boolean): string {
  if (news) {
    const announced = [...bracketedNames(title), ...bracketedNames(run.slice(0, NEWS_LEAD_SPAN))].find(isRuleName);
    if (announced) return announced;
  }
  const fromTitle = ruleNameInTitle(title) ?? issuedObject(title);
  if (fromTitle) return fromTitle;
  if (PROMULGATION_TITLE.test(title) || firstKeywordIn(run.slice(0, PROMULGATION_SPAN), PROMULGATION_WORDS)) {
    const published = bracketedNames(run.slice(0, PROMULGATION_SPAN)).find(isRuleName);
    if (published) return published;
  }
  return title;
}

/** What the classifier has already read of the run: its main commencement and its validity. */
export interface ReadCommencement {
  main: Commencement | null;
  validity: string | null;
}

/** The facts of a regulation document (`read`: the commencement and validity found already, else found here). */
export function extractRegulationFacts(input: RegulationInput, anchor: string | null, read?: ReadCommencement): RegulationFacts {
  const main = read ? read.main : mainCommencement(findCommencements(input.run, anchor));
  const name = regulationName(input.title, input.run, input.news);
  const validity = (read ? read.validity : findValidity(input.run, main)) ?? provisionalQualifier(name);
  return {
    effectiveDate: main?.date ?? null,
    repeals: findRepeals(input.run),
    name,
    validity,
  };
}
