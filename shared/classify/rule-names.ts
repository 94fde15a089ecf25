/**
 * Names of rules (《…办法》, …条例, …实施细则（试行）): finding them in titles and texts.
 */
import { RULE_KINDS, RULE_QUALIFIER } from './keywords.ts';
import { stripTitleTail } from './text.ts';

/** Every 《…》 name in text, in order (plain scanning, no regex backtracking). */
export function bracketedNames(text: string, limit = 50): string[] {
  const names: string[] = [];
  let open = text.indexOf('《');
  while (open >= 0 && names.length < limit) {
    const close = text.indexOf('》', open + 1);
    if (close < 0) break;
    const nextOpen = text.indexOf('《', open + 1);
    if (nextOpen >= 0 && nextOpen < close) {
      open = nextOpen;
      continue;
    }
    const name = text.slice(open + 1, close).replace(/\s+/g, '');
    if (name.length > 0) names.push(name);
    open = text.indexOf('《', close + 1);
  }
  return names;
}

/** Whether a name is a rule's (ends in 办法/条例/规定/细则/规则, optionally （试行）). */
export function isRuleName(name: string): boolean {
  const core = name.replace(RULE_QUALIFIER, '');
  return RULE_KINDS.some((kind) => core.endsWith(kind));
}

/** Whether a name says it is provisional: （试行） or （暂行）/暂行… */
export function provisionalQualifier(name: string): string | null {
  if (/[（(]试行[)）]/.test(name)) return '试行';
  if (/[（(]暂行[)）]|暂行(?:办法|规定|条例|细则)/.test(name)) return '暂行';
  return null;
}

const ISSUING_VERBS = /(?:印发|转发|发布|公布|颁布|修订|修改|废止|施行)/;

/**
 * The printed object of a title: 关于印发XX办法（试行）的通知 → XX办法（试行）;
 * 关于印发《XX》的通知 → XX.
 */
export function issuedObject(title: string): string | null {
  const verb = ISSUING_VERBS.exec(title);
  if (!verb) return null;
  const rest = stripTitleTail(title.slice(verb.index + verb[0].length)).replace(/^[《<]|[》>]$/g, '');
  return rest.length >= 2 ? rest : null;
}

/** Words of a meeting report whose headline happens to end in a rule's kind (…表决通过大会选举办法). */
const MEETING_WORDS = /会议|开幕|闭幕|表决|召开|举行/;

/**
 * The rule a title names, if any: a 《》 rule name, the object of 印发…, or the title itself.
 * `bracketed` picks the 《》 name to use (by default the first that is a rule's).
 */
export function ruleNameInTitle(title: string, bracketed: (text: string) => string | null = (t) => bracketedNames(t).find(isRuleName) ?? null): string | null {
  const named = bracketed(title);
  if (named) return named;
  const object = issuedObject(title);
  if (object && isRuleName(object)) return object;
  if (!title.includes('关于') && isRuleName(title) && !MEETING_WORDS.test(title)) return title;
  return null;
}
