/**
 * Personnel acts → (person, appoint/remove, position) triples.
 *
 * Forms understood (document language, any province):
 * - lists after a header: 任命：… / 免去：… / 聘任：… / 决定任命：… / 决定免去：…
 * - 张三同志为A，免去其B职务 (two entries); 张三同志任A
 * - inline acts: 任命张三为A, 聘任张三为A, 免去张三的A职务, 接受张三辞去A职务的请求,
 *   决定张三为A代理B, 决定由张三代理A职务, 张三不再担任A职务
 */
import type { Appointment } from '../model/document.ts';
import { actsBySentence } from './appointment-acts.ts';
import { joinCompactLines, splitSentences } from './appointment-lines.ts';
import {
  APPOINT_HEADER,
  CLAUSE_HINT,
  DECIDE_HEADER,
  LINES_BEFORE_TRIGGER,
  REMOVE_HEADER,
  TRIGGERS,
  TRIGGER_WORDS,
  type Verb,
} from './appointment-forms.ts';
import { guessNameLength, splitPersons } from './person-names.ts';
import { cleanPosition } from './position.ts';
import { anyWordPattern, compactLines } from './text.ts';

export { cleanPosition };

type Mode = 'appoint' | 'remove' | 'decide' | null;

export interface AppointmentExtraction {
  appointments: Appointment[];
  /** Which forms matched, for the classification's evidence. */
  forms: string[];
}

const PERSONS = '((?:[\\u4e00-\\u9fa5·•]{2,8}、){0,8}[\\u4e00-\\u9fa5·•]{2,8}?)';
/** 张三(同志)为/任/担任/兼任 A */
const AS_POST = new RegExp(`^${PERSONS}(?:同志)?(?:为|任|担任|兼任)(.+)$`);
/** 张三同志为/任 A — the form without a trigger word needs 同志 to be sure of the name. */
const COMRADE_AS_POST = new RegExp(`^${PERSONS}同志(?:为|任|担任|兼任)(.+)$`);
/** 张三(同志)代理 A (职务) */
const ACTING = new RegExp(`^${PERSONS}(?:同志)?代理(.+?)(?:职务)?$`);
/** 张三(同志)辞去 A 职务(的请求) */
const RESIGNS = new RegExp(`^${PERSONS}(?:同志)?辞去(.+?)(?:的?职务)(?:的(?:请求|申请|辞职请求))?$`);
/** 张三(同志)不再担任 A (职务) */
const NO_LONGER = new RegExp(`^${PERSONS}(?:同志)?不再担任(.+?)(?:职务)?$`);
/** 张三同志(的) A (职务) */
const COMRADE_POST = new RegExp(`^${PERSONS}同志的?(.+?)(?:职务)?$`);
/** 张三的 A 职务 */
const NAME_OF_POST = new RegExp(`^${PERSONS}的(.+?)职务$`);
/** (同时)免去其 A 职务 */
const REMOVE_THEIR = /^(?:并|同时|并同时)?免去其(.+?)(?:的?职务)?$/;
/** A（免去其 B 职务） inside one clause */
const INNER_REMOVE_THEIR = /^(.+?)[（(](?:同时)?免去其(.+?)的?职务[）)]$/;
interface ClauseState {
  mode: Mode;
  lastPersons: string[];
}

function triples(persons: string[], action: Appointment['action'], rawPost: string): Appointment[] {
  const position = cleanPosition(rawPost);
  if (position === null) return [];
  return persons.map((person) => ({ person, action, position }));
}

/** 张三同志为A(（免去其B职务）) → appoint A (+ remove B). */
function appointAs(match: RegExpExecArray | null): { persons: string[]; found: Appointment[] } | null {
  if (!match) return null;
  const persons = splitPersons(match[1] ?? '');
  if (!persons) return null;
  const post = match[2] ?? '';
  const inner = INNER_REMOVE_THEIR.exec(post);
  const found = inner
    ? [...triples(persons, 'appoint', inner[1] ?? ''), ...triples(persons, 'remove', inner[2] ?? '')]
    : triples(persons, 'appoint', post);
  return found.length > 0 ? { persons, found } : null;
}

function withPersons(match: RegExpExecArray | null, action: Appointment['action'], prefix = ''): { persons: string[]; found: Appointment[] } | null {
  if (!match) return null;
  const persons = splitPersons(match[1] ?? '');
  if (!persons) return null;
  const found = triples(persons, action, `${prefix}${match[2] ?? ''}`);
  return found.length > 0 ? { persons, found } : null;
}

/** A remove-list entry: 张三同志A职务 / 张三的A职务 / 张三A职务 (name guessed). */
function removeEntry(text: string): { persons: string[]; found: Appointment[] } | null {
  const byComrade = withPersons(COMRADE_POST.exec(text), 'remove');
  if (byComrade) return byComrade;
  const byOf = withPersons(NAME_OF_POST.exec(text), 'remove');
  if (byOf) return byOf;
  if (!text.endsWith('职务')) return null;
  const length = guessNameLength(text);
  const persons = splitPersons(text.slice(0, length));
  if (!persons) return null;
  const found = triples(persons, 'remove', text.slice(length));
  return found.length > 0 ? { persons, found } : null;
}

/** An act after a decision word (决定张三为A代理B, 决定由张三代理A职务). */
function decideEntry(text: string): { persons: string[]; found: Appointment[] } | null {
  return (
    withPersons(ACTING.exec(text), 'appoint', '代理') ??
    withPersons(RESIGNS.exec(text), 'remove') ??
    appointAs(AS_POST.exec(text))
  );
}

function entryByVerb(verb: Verb, text: string): { persons: string[]; found: Appointment[] } | null {
  switch (verb) {
    case 'appoint-as':
      return appointAs(AS_POST.exec(text));
    case 'remove':
      return removeEntry(text);
    case 'accept':
      return withPersons(RESIGNS.exec(text), 'remove');
    case 'decide':
      return decideEntry(text);
  }
}

function entryByMode(mode: Mode, text: string): { persons: string[]; found: Appointment[] } | null {
  switch (mode) {
    case 'appoint':
      return appointAs(AS_POST.exec(text)) ?? withPersons(RESIGNS.exec(text), 'remove');
    case 'remove':
      return withPersons(RESIGNS.exec(text), 'remove') ?? removeEntry(text);
    case 'decide':
      return decideEntry(text);
    case null:
      return null;
  }
}

/** Earliest trigger word in the clause (longest where two start at the same place). */
function firstTrigger(clause: string): { at: number; word: string; verb: Verb } | null {
  let best: { at: number; word: string; verb: Verb } | null = null;
  for (const trigger of TRIGGERS) {
    const at = clause.indexOf(trigger.word);
    if (at < 0) continue;
    if (!best || at < best.at || (at === best.at && trigger.word.length > best.word.length)) best = { at, ...trigger };
  }
  return best;
}

/** The list header a preamble ends with (任命, 决定免去, …) and the mode of its entries. */
function headerOf(preamble: string): { mode: Exclude<Mode, null>; word: string } | null {
  const headers: ReadonlyArray<{ mode: Exclude<Mode, null>; pattern: RegExp }> = [
    { mode: 'appoint', pattern: APPOINT_HEADER },
    { mode: 'remove', pattern: REMOVE_HEADER },
    { mode: 'decide', pattern: DECIDE_HEADER },
  ];
  for (const { mode, pattern } of headers) {
    const match = pattern.exec(preamble);
    if (match) return { mode, word: match[0] };
  }
  return null;
}

/** List numbering before an entry: 1. / 1、 / （一） / 一、 */
const ENUMERATOR = /^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、．.])/;

/** One clause: updates the list mode and returns the triples it holds. */
function readClause(clause: string, state: ClauseState, forms: Set<string>): Appointment[] {
  if (state.mode === null && !CLAUSE_HINT.test(clause)) return [];
  const their = REMOVE_THEIR.exec(clause);
  if (their && state.lastPersons.length > 0) {
    forms.add('免去其…职务');
    return triples(state.lastPersons, 'remove', their[1] ?? '');
  }
  let text = clause.replace(ENUMERATOR, '');
  const colon = text.lastIndexOf('：');
  if (colon >= 0) {
    const header = headerOf(text.slice(0, colon));
    if (header !== null) {
      state.mode = header.mode;
      forms.add(`${header.word}：`);
    }
    text = text.slice(colon + 1).replace(ENUMERATOR, '');
    if (text.length === 0) return [];
  }
  const listed = entryByMode(state.mode, text);
  if (listed) {
    state.lastPersons = listed.persons;
    return listed.found;
  }
  const trigger = firstTrigger(text);
  const acted = trigger ? entryByVerb(trigger.verb, text.slice(trigger.at + trigger.word.length)) : null;
  if (acted && trigger) {
    forms.add(`${trigger.word}…`);
    state.lastPersons = acted.persons;
    return acted.found;
  }
  const plain =
    appointAs(COMRADE_AS_POST.exec(text)) ?? withPersons(RESIGNS.exec(text), 'remove') ?? withPersons(NO_LONGER.exec(text), 'remove');
  if (plain) {
    forms.add('同志为/任…');
    state.lastPersons = plain.persons;
    return plain.found;
  }
  state.mode = null;
  return [];
}

/** One key per act: a post printed with its words in another order (代理A市长 / A代理市长) is the same post. */
const keyOf = (a: Appointment): string => `${a.person}\u0000${a.action}\u0000${[...a.position].sort().join('')}`;

/** Whether every character of `short` occurs in `long`, in order (崇明区区长 in 上海市崇明区人民政府区长). */
function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/** Drops an act restated with a shorter form of the same post (代表 after 第十一届全国人民代表大会代表). */
function withoutRestatements(all: readonly Appointment[]): Appointment[] {
  return all.filter(
    (a) =>
      !all.some(
        (b) => b !== a && b.person === a.person && b.action === a.action && b.position.length > a.position.length && isSubsequence(a.position, b.position),
      ),
  );
}

/** Any trigger word: one scan of the text (three times faster on the seeds than one indexOf per word). */
const ANY_TRIGGER = anyWordPattern(TRIGGER_WORDS);

/** Index of the first trigger word in text, or -1. */
function firstTriggerIndex(text: string): number {
  return text.search(ANY_TRIGGER);
}

/** The text from the line before the first trigger on: nothing earlier can hold an act. */
function fromFirstTrigger(text: string): string | null {
  const first = firstTriggerIndex(text);
  if (first < 0) return null;
  let start = text.lastIndexOf('\n', first);
  for (let i = 0; i < LINES_BEFORE_TRIGGER && start > 0; i++) start = text.lastIndexOf('\n', start - 1);
  return start <= 0 ? text : text.slice(start + 1);
}

/** Every personnel act printed in text, in reading order, without repeats. */
export function extractAppointments(text: string): AppointmentExtraction {
  return appointmentsInLines(compactLines(text));
}

/** extractAppointments of a text already compacted line by line (compactLines), as the classifier holds it. */
export function appointmentsInLines(lines: string): AppointmentExtraction {
  const relevant = fromFirstTrigger(lines);
  if (relevant === null) return { appointments: [], forms: [] };
  const forms = new Set<string>();
  const state: ClauseState = { mode: null, lastPersons: [] };
  const seen = new Set<string>();
  const appointments: Appointment[] = [];
  const sentences = splitSentences(joinCompactLines(relevant));
  // The written acts are read over the whole text (a results list follows the sentence announcing it).
  const acts = actsBySentence(sentences);
  // The acts in reading order (most sentences hold none: a loop over the few that do, where flat() copies all).
  const all: Appointment[] = [];
  for (const found of acts) if (found.length > 0) all.push(...found);
  if (all.length > 0) forms.add('会议决定…');
  // Both readings count; a list entry adds to the written acts only for a person and action they do not name,
  // nor when it reads a written act's name differently (刘书 for 刘书为, a name cut short).
  const written = new Set(all.map((a) => `${a.person}\u0000${a.action}`));
  const misread = (a: Appointment): boolean =>
    all.some((b) => b.person !== a.person && (b.person.includes(a.person) || a.person.includes(b.person) || a.position.includes(b.person)));
  const add = (found: Appointment): void => {
    const key = keyOf(found);
    if (seen.has(key)) return;
    seen.add(key);
    appointments.push(found);
  };
  // Most sentences of a long text hold no act: the loop allocates nothing for them.
  sentences.forEach((sentence, i) => {
    state.lastPersons = [];
    for (const found of acts[i] ?? []) add(found);
    // Outside a list, a clause without a hint holds no entry and changes no state: so does such a sentence.
    if (state.mode === null && !sentence.hinted) return;
    let listed: Appointment[] | null = null;
    for (const clause of sentence.clauses) {
      const read = readClause(clause, state, forms);
      if (read.length > 0) (listed ??= []).push(...read);
    }
    for (const found of listed ?? []) if (!written.has(`${found.person}\u0000${found.action}`) && !misread(found)) add(found);
  });
  return { appointments: withoutRestatements(appointments), forms: [...forms] };
}
