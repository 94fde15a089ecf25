/**
 * Regulation documents: a rule named in the title, a 规范性文件 number, the document's own
 * commencement clause (本办法自…起施行) with a validity, or a news article announcing a rule.
 */
import type { Commencement } from './commencement.ts';
import {
  CITATION_WORDS,
  PROMULGATION_TITLE,
  PROMULGATION_WORDS,
  RULE_ACTION_WORDS,
  RULE_BODY_FORMS,
  RULE_SELF_REFERENCES,
  SPECIFIC_ACT_TITLE_WORDS,
} from './keywords.ts';
import { hasNewsLead } from './news.ts';
import { bracketedNames, isRuleName, ruleNameInTitle } from './rule-names.ts';
import { NEWS_LEAD_SPAN, PROMULGATION_SPAN } from './regulations.ts';
import { WEIGHT, type Signal } from './signals.ts';
import { firstKeywordIn } from './text.ts';
import { charTest } from './char-tests.ts';

export interface RegulationEvidenceInput {
  title: string;
  docNumber: string | null;
  run: string;
  commencement: Commencement | null;
  validity: string | null;
  news: boolean;
}

/** 规范性文件 numbers carry 规 in their prefix: 晋政规〔2024〕1号, 绛规备字〔2024〕1号 (not 规划). */
const NORMATIVE_DOC_NUMBER = /规(?!划)[^〔]{0,4}〔/;
/** A draft put out for comment: 草案, 征求意见稿 (a rule only once adopted). */
const DRAFT = /草案(?!》)[^。]{0,20}(?:征求|意见)|征求意见稿|公开征求[^。]{0,20}意见/;
const DRAFT_SPAN = 400;
/** 关于废止/修改…的决定 on rules. */
const AMENDING_TITLE = /关于(?:废止|修改|修订|宣布失效)[^。]{0,80}(?:规章|规范性文件|办法|条例|规定|细则|决定)/;

function newsSignal(title: string, run: string): Signal | null {
  const lead = run.slice(0, NEWS_LEAD_SPAN);
  const inTitle = publishedRuleName(title);
  const named = inTitle ?? publishedRuleName(lead);
  if (!named) return null;
  const action = firstKeywordIn(title, RULE_ACTION_WORDS) ?? firstKeywordIn(lead, RULE_ACTION_WORDS);
  if (!action) return null;
  // A headline that names the rule is about it; so is a news lead (本报讯…) that does; elsewhere a name only points to one.
  const weight = inTitle ? WEIGHT.decisive + WEIGHT.weak : hasNewsLead(run) ? WEIGHT.strong : WEIGHT.moderate;
  return { category: 'regulation', weight, evidence: `news: 《${named}》 ${action}`, subtype: 'regulation' };
}

/** The names cited before a name in one list of legal bases: 《A》、《B》（文号）和 … */
const CITED_BEFORE = /(?:《[^《》]*》(?:[（(][^（）()]*[)）])?(?:、|和|及|以及|与)?)+$/;

const isCitationBreak = charTest(/[，。；：]/);

/** Whether the 《》 name at `at` is cited as a legal basis: 根据/依据… opens its clause (根据《A》、《B》和《C》). */
function isCited(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && at - start < 80 && !isCitationBreak(text, start - 1)) start--;
  return CITATION_WORDS.test(text.slice(start, at).replace(CITED_BEFORE, ''));
}

/** The first 《》 rule name in text that is not cited as a legal basis (根据《…条例》). */
export function publishedRuleName(text: string): string | null {
  for (const name of bracketedNames(text)) {
    if (!isRuleName(name)) continue;
    const at = text.indexOf(`《${name}`);
    if (at >= 0 && isCited(text, at)) continue;
    return name;
  }
  return null;
}

/** Rule forms of the body (制定本办法, 现予公布, 政府令, 修改/废止决定). */
function bodySignals(run: string): Signal[] {
  const out: Signal[] = [];
  for (const form of RULE_BODY_FORMS) {
    const m = form.pattern.exec(run.slice(0, form.span));
    if (!m) continue;
    out.push({ category: 'regulation', weight: form.decisive ? WEIGHT.decisive : WEIGHT.strong, evidence: `text: ${form.label}`, subtype: 'regulation' });
    break;
  }
  return out;
}

/** A promulgation (政府令, 常委会公告, 现予公布) publishing a rule named in its opening. */
function promulgationSignal(title: string, run: string): Signal | null {
  const opening = run.slice(0, PROMULGATION_SPAN);
  const named = publishedRuleName(opening);
  if (!named) return null;
  const order = PROMULGATION_TITLE.exec(title);
  const words = firstKeywordIn(opening, PROMULGATION_WORDS);
  if (!order && !words) return null;
  return { category: 'regulation', weight: WEIGHT.decisive, evidence: `text: 《${named}》 ${order?.[0] ?? words ?? ''}`, subtype: 'regulation' };
}

export function regulationSignals(input: RegulationEvidenceInput): Signal[] {
  const signals: Signal[] = [];
  const promulgation = input.news ? null : promulgationSignal(input.title, input.run);
  if (promulgation) signals.push(promulgation);
  else signals.push(...bodySignals(input.run));
  const titleRule = ruleNameInTitle(input.title, publishedRuleName);
  if (titleRule && !input.news) signals.push({ category: 'regulation', weight: WEIGHT.decisive, evidence: `title: ${titleRule}`, subtype: 'regulation' });
  const amending = AMENDING_TITLE.exec(input.title);
  if (amending) signals.push({ category: 'regulation', weight: WEIGHT.strong, evidence: `title: ${amending[0].slice(0, 24)}`, subtype: 'regulation' });
  if (input.docNumber && NORMATIVE_DOC_NUMBER.test(input.docNumber)) {
    signals.push({ category: 'regulation', weight: WEIGHT.strong, evidence: `docNumber: ${input.docNumber}`, subtype: 'regulation' });
  }
  const subject = input.commencement?.subject ?? null;
  if (input.commencement && subject) {
    const ruleSubject = RULE_SELF_REFERENCES.includes(subject);
    signals.push({
      category: 'regulation',
      weight: ruleSubject ? WEIGHT.moderate : WEIGHT.weak,
      evidence: `text: ${subject}…${input.commencement.phrase}`,
      subtype: 'regulation',
    });
    if (input.validity) signals.push({ category: 'regulation', weight: WEIGHT.moderate, evidence: `text: ${input.validity}`, subtype: 'regulation' });
  }
  if (input.news) {
    const news = newsSignal(input.title, input.run);
    if (news) signals.push(news);
  }
  const draft = DRAFT.exec(input.title) ?? DRAFT.exec(input.run.slice(0, DRAFT_SPAN));
  if (draft && signals.length > 0) signals.push({ category: 'regulation', weight: -WEIGHT.decisive, evidence: `text: ${draft[0]} (a draft, not yet a rule)` });
  const specific = firstKeywordIn(input.title, SPECIFIC_ACT_TITLE_WORDS);
  if (specific && signals.length > 0 && !titleRule) {
    signals.push({ category: 'regulation', weight: -WEIGHT.strong, evidence: `title: ${specific} (specific act, not a rule)` });
  }
  return signals;
}
