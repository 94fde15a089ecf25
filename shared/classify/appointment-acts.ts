/**
 * Personnel acts written as sentences (人大常委会 decisions and the news reports of their sessions, elections,
 * 任前公示) → (person, action, position) triples. The list forms of 任免通知 are read by ./appointments.ts.
 *
 * Forms (simplified text; the words live in ./appointment-forms.ts):
 *   决定任命A为P，B为Q        任命A、B为P        聘任A等N人为P        决定A为P / 决定其为P / 推选…A代理P职务
 *   免去A的P职务 / 罢免了A的P职务 / 撤销其P资格 / A被罢免了P职务
 *   接受A辞去P职务的请求 / 同意A辞去P职务和B辞去Q职务的辞呈
 *   A不再担任P职务 / A的P职务相应终止
 *   选举A为P / 补选A为P / 选举产生了A、B2人为P / A当选为P     （拟任 P: nominate）
 */
import type { Appointment } from '../model/document.ts';
import {
  ACCEPT_TRIGGER,
  ACT_HINT,
  APPOINT_TRIGGER,
  DECIDE_TRIGGER,
  ELECT_AFTER_TRIGGER,
  ELECT_BEFORE_TRIGGER,
  NO_LONGER_TRIGGER,
  NOMINATE_TRIGGER,
  NOMINATE_NOT_POSTS,
  NOMINATED_GROUP,
  NOMINEE_LIST,
  NOMINEE_LIST_REACH,
  PASSIVE_TRIGGER,
  REMOVE_TRIGGER,
  REQUEST_TRIGGER,
  TERMINATED_TRIGGER,
} from './appointment-forms.ts';
import type { Sentence } from './appointment-lines.ts';
import { cleanPosition } from './position.ts';
import { guessNameLength, isPersonName } from './person-names.ts';
import { surnameLength, trailingName } from './surnames.ts';

type Action = Appointment['action'];

interface Names {
  persons: string[];
  /** Index right after the follower word. */
  end: number;
}

/** Annotations after a name: （女）（汉族）（按姓名笔画为序）. */
const NAME_NOTE = /[（(][^（）()]{1,10}[）)]/g;
/** What may stand between the names and the act: 同志, 等3人, 等同志, 提出的, 因年龄原因. */
const NAMES_TAIL = /(?:同志)?(?:(?:等[\d一二三四五六七八九十]*|[\d一二三四五六七八九十]+)(?:人|名|位)?(?:同志)?)?(?:提出的|因[^，、]{1,10}?(?:原因|变动|需要))?$/;
/** Last characters of a post (局长, 主任, 书记, 委员, 代表, 参事, 成员, 主席, 检察官, 干事, 会计师, 监事, 经理). */
const POST_LAST = /[长员任记表事席官师监理委]$|成员|人员|代表$/;
/** A block this long may hold a post before the name (县委副书记纪道清同志). */
const POST_AND_NAME_MAX = 24;
/** Words before the names that are not part of them. */
const NAMES_LEAD = /^(?:并|同时|并同时|会议|经|由|对|通过|决定|同意|批准|其中)+/;
const MAX_NAMES_BLOCK = 80;

/** 张三、李四（女） → ['张三', '李四'], or null when any part is not a name. */
function personsOf(block: string): string[] | null {
  const cleaned = block.replace(NAME_NOTE, '').replace(NAMES_TAIL, '').replace(NAMES_LEAD, '');
  const parts = cleaned.split(/[、，]|和(?=[^、]{2,4}$)/).filter((p) => p.length > 0);
  if (parts.length === 0) return null;
  return parts.every(isPersonName) ? parts : null;
}

/** Names from `at` up to a follower word (为, 辞去, 的 …), trying each occurrence of the follower in turn. */
function namesUntil(s: string, at: number, followers: readonly string[]): Names | null {
  const limit = Math.min(s.length, at + MAX_NAMES_BLOCK);
  for (let i = at + 1; i < limit; i++) {
    const follower = followers.find((f) => s.startsWith(f, i));
    if (!follower) continue;
    let block = s.slice(at, i);
    let end = i + follower.length;
    // 刘书为为…: the name itself ends in the follower.
    if (follower === '为' && s.startsWith('为', end) && personsOf(`${block}为`)) {
      block += '为';
      end += 1;
    }
    const persons = personsOf(block) ?? postThenName(block);
    if (persons) return { persons, end };
  }
  return null;
}

/** 县委副书记纪道清同志, 我校校长石铁矛等24人: a post printed before the name; the name is taken from the end. */
function postThenName(block: string): string[] | null {
  const cleaned = block.replace(NAME_NOTE, '').replace(NAMES_TAIL, '');
  if (cleaned.length > POST_AND_NAME_MAX || cleaned.length < 4) return null;
  const name = trailingName(cleaned);
  if (!name || !isPersonName(name)) return null;
  const post = cleaned.slice(0, cleaned.length - name.length);
  return POST_LAST.test(post) ? [name] : null;
}

/** Names that end at `end` (…当选, …不再担任): the whole lead if it is a list of names, else the name printed last. */
function namesBefore(s: string, end: number): string[] | null {
  const lead = s.slice(0, end).replace(NAMES_TAIL, '');
  const start = Math.max(lead.lastIndexOf('：'), lead.lastIndexOf('，')) + 1;
  const block = lead.slice(start);
  const persons = personsOf(block);
  if (persons) return persons;
  const last = trailingName(block.replace(NAME_NOTE, ''));
  return last && isPersonName(last) ? [last] : null;
}

/** A post from `at` to the clause end or to the first of `stops` (职务, 资格), cleaned. */
function postFrom(s: string, at: number, stops: readonly string[] = []): { post: string | null; end: number } {
  let end = s.length;
  for (const stop of stops) {
    const i = s.indexOf(stop, at);
    if (i >= 0 && i < end) end = i;
  }
  const raw = s.slice(at, end).replace(/的(?:决定|议案|请求|申请|辞呈|决议|任命|报告)$/, '');
  return { post: cleanPosition(raw), end: Math.min(s.length, end) };
}

function triples(persons: readonly string[], action: Action, post: string | null): Appointment[] {
  return post === null ? [] : persons.map((person) => ({ person, action, position: post }));
}

interface Context {
  /** The persons of the last act (其 refers to them). */
  last: string[];
  /** The act a continuation clause (B为Q) repeats. */
  mode: Action | null;
  /** The clause before this one (梁科因年龄原因，不再担任…). */
  previous: string;
}

/** 会议决定， / 省委批准： (short, and not the name of a decision: …的决定). */
const OPENING_DECISION = /^[^，的]{0,14}(?:决定|批准)：?$/;
/** A clause about a draft or a motion: what it names is proposed, not decided (…的决定草案，提请大会表决). */
const PROPOSAL = /草案|议案|提请|的说明|建议名单/;
/** Disciplinary sanctions (撤销党内职务处分) are not personnel acts. */
const SANCTION = /处分|开除|记过|警告|留党察看|问责|追究|移送/;

/** The verb of the body that adopts a request (通过, 同意, 接受): only then is a 请辞 an act. */
const ADOPTED = /(?:通过|同意|接受|批准)了?(?:关于)?/;

/**
 * Acts joined by 、 inside one clause (免去A的P职务、撤销其Q资格) are read one by one, and so are the decisions
 * of a list of adopted titles (通过了《关于接受A辞去P职务的请求的决定》、《关于接受B等辞去有关职务的请求的决定》).
 */
const JOINED_ACTS = /、(?=(?:并|同时)?(?:撤销|免去|罢免|任命|决定|接受|同意))|(?<=》)、(?=《)/;

/** 其 (their) or names up to a follower. */
function subject(s: string, at: number, followers: readonly string[], ctx: Context): Names | null {
  if (s.startsWith('其', at) && ctx.last.length > 0) {
    const follower = followers.find((f) => s.startsWith(f, at + 1));
    if (follower !== undefined) return { persons: ctx.last, end: at + 1 + follower.length };
    if (followers.includes('')) return { persons: ctx.last, end: at + 1 };
  }
  return namesUntil(s, at, followers.filter((f) => f.length > 0));
}

/** 任命A为P / 决定A为P / 推选…A代理P. */
function appointAfter(s: string, at: number, ctx: Context, action: Action): Appointment[] {
  const as = subject(s, at, ['为', '担任'], ctx);
  if (as) {
    ctx.last = as.persons;
    return triples(as.persons, action, postFrom(s, as.end).post);
  }
  const acting = s.indexOf('代理', at);
  if (acting > at) {
    const lead = s.slice(at, acting).replace(/^由/, '');
    const persons = personsOf(lead) ?? namesBefore(lead, lead.length);
    if (persons) {
      ctx.last = persons;
      return triples(persons, action, postFrom(s, acting, ['职务']).post);
    }
  }
  return [];
}

/** 免去A(的)P职务 / 撤销其P资格. */
function removeAfter(s: string, at: number, ctx: Context): Appointment[] {
  const stops = ['职务', '资格'];
  const named = subject(s, at, ['的', ''], ctx) ?? namesUntil(s, at, ['同志']);
  if (named) {
    ctx.last = named.persons;
    return triples(named.persons, 'remove', postFrom(s, named.end, stops).post);
  }
  // 免去张三县财政局局长职务: nothing marks where the name ends.
  const length = guessNameLength(s.slice(at));
  const person = s.slice(at, at + length);
  if (!isPersonName(person) || surnameLength(person) === 0 || !/职务|资格/.test(s.slice(at))) return [];
  ctx.last = [person];
  return triples([person], 'remove', postFrom(s, at + length, stops).post);
}

/** A resignation whose post is not printed (接受A辞职请求, 辞去有关职务): the act stands, its post is empty. */
const UNNAMED_POST = '';
const UNSPECIFIED_POSTS = /^(?:有关|相关|所任|所担任的?)$/;

/** 接受A辞去P职务(和B辞去Q职务)的请求; 接受A同志辞职请求. */
function resignationsAfter(s: string, at: number, ctx: Context): Appointment[] {
  const out: Appointment[] = [];
  let pos = at;
  const unnamed = namesUntil(s, pos, ['辞职']);
  if (unnamed && !s.slice(pos, unnamed.end).includes('辞去')) {
    ctx.last = unnamed.persons;
    return unnamed.persons.map((person) => ({ person, action: 'remove', position: UNNAMED_POST }));
  }
  for (;;) {
    const named = namesUntil(s, pos, ['辞去']);
    if (!named) break;
    const { post, end } = postFrom(s, named.end, ['职务']);
    const raw = s.slice(named.end, end);
    if (UNSPECIFIED_POSTS.test(raw)) out.push(...named.persons.map((person) => ({ person, action: 'remove' as const, position: UNNAMED_POST })));
    else out.push(...triples(named.persons, 'remove', post));
    ctx.last = named.persons;
    pos = end + (s.startsWith('职务', end) ? 2 : 0);
    const joiner = /^(?:的?请求)?(?:、|和|及|，)/.exec(s.slice(pos));
    if (!joiner) break;
    pos += joiner[0].length;
  }
  return out;
}

/** The acts of one clause (a sentence cut at ，), in reading order. */
function actsOfClause(s: string, ctx: Context): Appointment[] {
  const continued = continuation(s, ctx);
  if (continued) return continued;
  // 会议决定， / 省委批准： opens acts printed in the clauses after it.
  if (OPENING_DECISION.test(s)) {
    ctx.mode = 'appoint';
    return [];
  }
  const passive = PASSIVE_TRIGGER.exec(s);
  if (passive) {
    const persons = namesBefore(s, passive.index);
    const action: Action = passive[1] === '罢免' ? 'remove' : passive[1]?.includes('选') ? 'elect' : 'appoint';
    if (persons) return triples(persons, action, postFrom(s, passive.index + passive[0].length, action === 'remove' ? ['职务', '资格'] : []).post);
  }
  const resign = ACCEPT_TRIGGER.exec(s);
  if (resign) return resignationsAfter(s, resign.index + resign[0].length, ctx);
  const remove = REMOVE_TRIGGER.exec(s);
  if (remove) {
    ctx.mode = 'remove';
    return removeAfter(s, remove.index + remove[0].length, ctx);
  }
  const request = REQUEST_TRIGGER.exec(s);
  const decided = request ? ADOPTED.exec(s.slice(0, request.index)) : null;
  if (request && decided) {
    // 通过A因工作变动、B因年龄原因请辞P的决定: each name may carry its reason.
    const lead = s.slice(decided.index + decided[0].length, request.index);
    const persons = lead.split('、').map((p) => p.replace(/因.*$/, ''));
    if (persons.length > 0 && persons.every(isPersonName)) {
      ctx.last = persons;
      return triples(persons, 'remove', postFrom(s, request.index + request[0].length, ['职务']).post);
    }
  }
  const electBefore = ELECT_BEFORE_TRIGGER.exec(s);
  if (electBefore) {
    const persons = namesBefore(s, electBefore.index);
    ctx.mode = 'elect';
    if (persons) {
      ctx.last = persons;
      return triples(persons, 'elect', postFrom(s, electBefore.index + electBefore[0].length).post);
    }
  }
  const elect = ELECT_AFTER_TRIGGER.exec(s);
  if (elect) {
    ctx.mode = 'elect';
    return appointAfter(s, elect.index + elect[0].length, ctx, 'elect');
  }
  const appoint = APPOINT_TRIGGER.exec(s) ?? DECIDE_TRIGGER.exec(s);
  if (appoint) {
    ctx.mode = 'appoint';
    return appointAfter(s, appoint.index + appoint[0].length, ctx, 'appoint');
  }
  const noLonger = NO_LONGER_TRIGGER.exec(s);
  if (noLonger) {
    const lead = s.slice(0, noLonger.index);
    const persons =
      namesBefore(s, noLonger.index) ??
      (/^(?:并|同时|其|也)?$/.test(lead) ? (ctx.last.length > 0 ? ctx.last : namesBefore(ctx.previous, ctx.previous.length)) : null);
    if (!persons) return [];
    const rest = s.slice(noLonger.index + noLonger[0].length);
    return rest.split(/职务(?:和|、|及)/).flatMap((part) => triples(persons, 'remove', postFrom(part, 0, ['职务']).post));
  }
  const ended = TERMINATED_TRIGGER.exec(s);
  if (ended) {
    const named = namesUntil(s, 0, ['的']);
    if (named) return triples(named.persons, 'remove', postFrom(s.slice(0, ended.index), named.end).post);
  }
  // B为Q continuing 任命A为P / 选举A为P; B的Q职务 continuing 免去A的P职务.
  if (ctx.mode === 'remove') {
    const named = namesUntil(s, 0, ['的']);
    if (named && /职务|资格/.test(s)) return triples(named.persons, 'remove', postFrom(s, named.end, ['职务', '资格']).post);
  }
  return [];
}

/** B为Q (or B任Q) continuing 任命A为P / 选举A为P / 会议决定，: only when Q reads as a post. */
function continuation(s: string, ctx: Context): Appointment[] | null {
  if (ctx.mode === null || ctx.mode === 'remove') return null;
  const as = namesUntil(s, 0, ['为', '任']);
  if (!as) return null;
  const { post } = postFrom(s, as.end);
  if (post === null || !POST_LAST.test(post)) return null;
  ctx.last = as.persons;
  return triples(as.persons, ctx.mode, post);
}

/** Where the clause that starts `text` ends: the first ，or 、 outside brackets (县（市、区）委书记 is one post). */
function clauseEnd(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (depth === 0 && (c === '，' || c === '、')) return i;
  }
  return text.length;
}

/** 拟任P in a 任前公示: the person is the sentence's first clause, or the name printed just before 拟任. */
function nominations(sentence: string): Appointment[] {
  const out: Appointment[] = [];
  for (const m of sentence.matchAll(NOMINATE_TRIGGER)) {
    const after = sentence.slice(m.index + m[0].length);
    const raw = after.slice(0, clauseEnd(after));
    if (NOMINATE_NOT_POSTS.test(after.split('，')[0] ?? '')) continue;
    // The post of a 公示 is printed whole: 拟任设区市副厅级领导职务 names a rank of posts, 职务 included.
    const position = cleanPosition(raw, true);
    if (position === null) continue;
    const first = sentence.split('，')[0] ?? '';
    const lead = sentence.slice(0, m.index).replace(/[，、]?(?:也|现|并|均|将)$/, '');
    const persons = personsOf(first) ?? namesBefore(lead, lead.length);
    if (persons) out.push(...triples(persons, 'nominate', position));
  }
  return out;
}

/** The post of a 公示 a sentence announces for a group (对多名拟任P的干部进行公示), or null. */
function announcedNomination(sentence: string): string | null {
  if (!sentence.includes('公示')) return null;
  const m = NOMINATED_GROUP.exec(sentence);
  return m ? cleanPosition(m[1] ?? '', true) : null;
}

/** 进入公示名单的还有寿光市市长A、B县县长B等: each listed name (a post may precede it) is nominated for the post. */
function listedNominees(clauses: readonly string[], post: string): Appointment[] {
  for (const clause of clauses) {
    const m = NOMINEE_LIST.exec(clause);
    if (!m) continue;
    const items = clause.slice(m.index + m[0].length).replace(NAMES_TAIL, '').split(/、|和(?=[^、]{2,24}$)/);
    const persons = items.map((item) => personsOf(item)?.[0] ?? postThenName(item)?.[0] ?? null);
    if (persons.length === 0 || persons.some((p) => p === null)) return [];
    return triples(persons as string[], 'nominate', post);
  }
  return [];
}

/** 主任：A；委员：B、C (the posts of an election or appointment announced just before). */
const POST_COLON_NAMES = /([^：]{1,16})：([^：]+)$/;

function postColonNames(clauses: readonly string[], action: Action): Appointment[] {
  const out: Appointment[] = [];
  for (const clause of clauses) {
    const m = POST_COLON_NAMES.exec(clause);
    if (!m) continue;
    const post = cleanPosition(m[1] ?? '');
    const persons = personsOf((m[2] ?? '').replace(NAME_NOTE, ''));
    if (post && POST_LAST.test(post) && persons) out.push(...triples(persons, action, post));
  }
  return out;
}

/** A sentence that announces an election or appointment whose results follow as 职务：姓名 lines. */
const LIST_ANNOUNCEMENT: ReadonlyArray<{ pattern: RegExp; action: Action }> = [
  { pattern: /补选|选举产生|当选|选举结果/, action: 'elect' },
  { pattern: /任命名单|任免名单|决定任命|任命如下/, action: 'appoint' },
];

/** The acts of each sentence (the same length as `sentences`), in reading order. */
export function actsBySentence(sentences: readonly Sentence[]): Appointment[][] {
  const bySentence: Appointment[][] = [];
  let listAction: Action | null = null;
  let nomination: { post: string; reach: number } | null = null;
  for (const each of sentences) {
    const out: Appointment[] = [];
    bySentence.push(out);
    // Outside a list or a 公示 being continued, a sentence without a hint holds no act (the cheap path of long texts).
    if (nomination === null && listAction === null && !each.hinted) continue;
    const { clauses } = each;
    if (nomination !== null) {
      const listed = listedNominees(clauses, nomination.post);
      out.push(...listed);
      nomination = listed.length > 0 || nomination.reach <= 1 ? null : { post: nomination.post, reach: nomination.reach - 1 };
      if (listed.length > 0) continue;
    }
    if (listAction !== null) {
      const listed = postColonNames(clauses, listAction);
      out.push(...listed);
      if (listed.length > 0) continue;
      listAction = null;
    }
    // No act word spans a '，': testing the clauses spares joining the sentence of most of a long text.
    if (!clauses.some((clause) => ACT_HINT.test(clause))) continue;
    const sentence = clauses.join('，');
    const before = out.length;
    const ctx: Context = { last: [], mode: null, previous: '' };
    for (const clause of clauses) {
      // Outside a list being continued, a clause without an act word holds no act (the cheap path of long texts).
      if (ctx.mode === null && !ACT_HINT.test(clause)) {
        ctx.previous = clause;
        continue;
      }
      for (const part of clause.split(JOINED_ACTS)) {
        const acts = actsOfClause(part, ctx);
        if (!PROPOSAL.test(part) && !SANCTION.test(sentence)) out.push(...acts);
        ctx.previous = part;
      }
    }
    if (sentence.includes('拟任')) {
      out.push(...nominations(sentence));
      const post = announcedNomination(sentence);
      if (post !== null) nomination = { post, reach: NOMINEE_LIST_REACH };
    }
    if (out.length === before) listAction = LIST_ANNOUNCEMENT.find((l) => l.pattern.test(sentence))?.action ?? null;
  }
  return bySentence;
}
