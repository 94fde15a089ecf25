/**
 * Issuers (发文机关) as printed: several joint issuers in one line (separated by 、 or spaces) or on
 * consecutive lines; the organ a title opens with; the people's congress session or standing committee a
 * session report names.
 */
import { isOrganLine, ORGAN_SUFFIX, organAtTitleStart } from '../line-kinds.ts';
import { endsWithGenre } from './title-shape.ts';

/**
 * The organ a title without 关于 opens with (某某县人民政府征地补偿安置方案公告): the shortest name ending in
 * an organ's ending that the next characters do not continue (委 → 委员会, 办 → 办公室).
 */
const LEADING_ORGAN = /^((?!关于)[\u4e00-\u9fff]{2,30}?(?:人民政府|政府|办公室|办公厅|委员会|管委会|管理委员会|局|分局|公司))(?!会|员|委|局|厅|府|室|办公|分局|中心)/;

const SEPARATORS = /[\s\u3000、，,]+/;

/** The joint issuers of one printed line (raw, spacing kept); null when the line is not a list of organs. */
export function issuersOfLine(raw: string): string[] | null {
  const compact = raw.replace(/\s+/g, '');
  const pieces = raw.trim().split(SEPARATORS).filter((p) => p !== '');
  if (pieces.length >= 2 && pieces.every((p) => isOrganLine(p))) return pieces;
  return isOrganLine(compact) ? [compact] : null;
}

const FORWARD = /转发|批转/;
const NOT_IN_ORGAN = /召开|举行|会议|审议|听取|进行|发布|印发/;

function leadingOrgan(title: string): string | null {
  const organ = LEADING_ORGAN.exec(title)?.[1] ?? null;
  return organ && organ.length <= 24 && !NOT_IN_ORGAN.test(organ) ? organ : null;
}

/**
 * The issuers at the head of a title: 国务院办公厅、中央军委办公厅关于… → both; 某某人民政府关于… → one;
 * a title of the form organ + 事由 + 文种 without 关于 (某某县人民政府征地补偿安置方案公告) → the organ.
 */
export function issuersOfTitle(title: string): string[] {
  const at = title.indexOf('关于');
  if (at <= 0) {
    const organ = organAtTitleStart(title) ?? (endsWithGenre(title) ? leadingOrgan(title) : null);
    return organ && organ.length < title.length - 2 ? [organ] : [];
  }
  // 某办公厅转发某局关于…: the issuer is the one who forwards, before 转发/批转.
  const forwarding = FORWARD.exec(title.slice(0, at));
  if (forwarding && forwarding.index > 0) {
    const forwarder = title.slice(0, forwarding.index);
    return isOrganLine(forwarder) ? forwarder.split('、').filter((p) => p !== '') : [];
  }
  const head = title.slice(0, at);
  const pieces = head.split('、').filter((p) => p !== '');
  if (pieces.length >= 2 && pieces.every((p) => isOrganLine(p))) return pieces;
  const organ = organAtTitleStart(title);
  return organ ? [organ] : [];
}

/**
 * A body named with its term, whose session decided: a standing committee (人事任免 are its acts, not the
 * plenary session's: 黔东南州第十三届人大常委会, 区二届人大常委会, 自治区政协十一届十六次常委会议), or a
 * people's congress or a 政协 in session, which acts only in session (河北省十三届人大四次会议, 某某县第五届
 * 人民代表大会第二次会议, 政协某某旗第十一届委员会第一次会议). The place before the term is read back to the
 * nearest punctuation, digit or function word.
 */
const NUMERAL = '[一二三四五六七八九十]{1,3}';
const SESSION_BODY = new RegExp(
  [
    `(?:第?${NUMERAL}届)(?:人民代表大会第${NUMERAL}次会议|人大${NUMERAL}次会议)`,
    `(?:第?${NUMERAL}届)(?:人大常委会|人民代表大会常务委员会)`,
    `政协${NUMERAL}届${NUMERAL}次常委会议`,
  ]
    .map((p) => `(${p})`)
    .join('|'),
);
/** 政协 names its place between 政协 and the term: 政协某某旗第十一届委员会第一次会议. */
const CPPCC_SESSION = new RegExp(`政协[\u4e00-\u9fff]{2,12}?第${NUMERAL}届委员会第${NUMERAL}次会议`);
const PLACE_BEFORE = /[\u4e00-\u9fff]{0,10}$/;
const NOT_PLACE = /^.*(?:[的在了和与及由是将对为于经据从向把被次日]|召开|举行|主持|审议|表决|通过|决定|任命|免去)/;
/** The committee named as the object of an act (补选省人大常委会委员, 辞去…常委会主任), not its actor. */
const OBJECT_OF = /补选|选举|选出|产生|辞去|担任|当选/;
/**
 * A session that holds a procedural meeting of its own organs (主任会议, 主席团会议): the meeting prepares
 * business and issues nothing, so the session is not the issuer of its news.
 */
const ORDINAL = `(?:第${NUMERAL}次|第\\d{1,3}次)?`;
const PROCEDURAL_MEETING = new RegExp(`^(?:[^，,。；;]{0,12}?(?:举行|召开))?${ORDINAL}(?:主任会议|主席团${ORDINAL}会议)`);
/** A session that only opens (开幕): its news reports no act of it. */
const OPENING = /^[^，,。；;]{0,8}?开幕/;
/** A session convened by another (双沟镇召开第十八届人民代表大会第六次会议): the object, not the actor. */
const CONVENED = /(?:召开|举行|筹备|出席|列席)$/;

export interface SessionMention {
  /** The body as named, with its place. */
  body: string;
  /** It holds a procedural meeting (主任会议, 主席团会议). */
  procedural: boolean;
}

/** The first session body a sentence names as its actor, or null. */
export function sessionMention(text: string): SessionMention | null {
  const cppcc = CPPCC_SESSION.exec(text);
  const m = SESSION_BODY.exec(text);
  if (cppcc && (!m || cppcc.index <= m.index)) return mention(cppcc[0], text.slice(cppcc.index + cppcc[0].length));
  if (!m) return null;
  const before = text.slice(0, m.index);
  const run = PLACE_BEFORE.exec(before)?.[0] ?? '';
  if (OBJECT_OF.test(run)) return null;
  const place = placeBefore(before);
  if (m[1] && CONVENED.test(before.slice(0, before.length - place.length))) return null;
  return mention(`${place}${m[0]}`, text.slice(m.index + m[0].length));
}

function mention(body: string, after: string): SessionMention {
  return { body, procedural: PROCEDURAL_MEETING.test(after) || OPENING.test(after) };
}

/** The session body named as the actor of a sentence, unless it only holds a procedural meeting. */
export function sessionBody(text: string): string | null {
  const m = sessionMention(text);
  return m && !m.procedural ? m.body : null;
}

function placeBefore(before: string): string {
  const run = PLACE_BEFORE.exec(before)?.[0] ?? '';
  return run.replace(NOT_PLACE, '');
}

/** The organ of a 令 number: 广西壮族自治区人民政府令第119号 → 广西壮族自治区人民政府. */
export function issuerOfOrder(docNumber: string | null): string | null {
  const m = docNumber ? /^(.{2,30}?)令第\d+号$/.exec(docNumber) : null;
  return m && isOrganLine(m[1] ?? '') ? (m[1] ?? null) : null;
}

/**
 * The organ a news report's lede names as the actor of what it reports (3月31日，市政府举行…聘任仪式;
 * 近日，某某省统计局发布了…公报): the issuer of a report that prints no masthead, title organ or 署名. Only acts
 * that issue or confer (举行 a ceremony, 印发, 发布, 公布, 出台, 聘任, 任命), not meetings held (召开).
 */
const LEDE_ACT = new RegExp(`^((?:[\\u4e00-\\u9fff]{1,30}?)(?:${ORGAN_SUFFIX}))(?:近日|日前|今天|今日|正式)?(?:举行|印发|发布|公布|出台|下发|聘任|任命)`);
/** What opens a lede before its subject: a dateline, the reporter, a time. */
const LEDE_CLAUSE_BREAK = /[，,：:；;]/;
const LEDE_TIME = /^(?:近日|日前|今天|今日|昨天|昨日|目前|\d{1,2}月\d{1,2}日)(?:上午|下午|晚上|晚间)?/;
const LEDE_CLAUSES = 4;

export function ledeActor(text: string): string | null {
  const sentence = text.split('。')[0] ?? '';
  const clauses = sentence.split(LEDE_CLAUSE_BREAK).slice(0, LEDE_CLAUSES);
  for (const clause of clauses) {
    const m = LEDE_ACT.exec(clause.replace(/\s+/g, '').replace(LEDE_TIME, ''));
    const organ = m?.[1] ?? null;
    if (organ && isOrganLine(organ)) return organ;
  }
  return null;
}

/**
 * The organ a notice names as the body that holds what it announces, in an item of its own
 * (六、听证会举办机构：某某市自然资源和规划局。): the issuer of a notice whose 署名 is not printed.
 */
const ORGANISER = /^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])?\s*(?:听证会?|会议|活动)?(?:举办|组织|主办|承办)(?:机构|机关|单位)[:：]\s*([^，,。；;\s]{2,40})[。；;]?$/;

export function organiserOf(text: string): string | null {
  const organ = ORGANISER.exec(text)?.[1] ?? null;
  return organ && isOrganLine(organ) ? organ : null;
}

/**
 * The signer names the organ the title names with a higher-level place before it (title 某省某县人民政府…,
 * signed 某县人民政府): the organ as it signs.
 */
export function asSigned(titleIssuers: readonly string[], signers: readonly string[]): string[] | null {
  if (titleIssuers.length !== 1 || signers.length !== 1) return null;
  const [title, signer] = [titleIssuers[0]!, signers[0]!];
  return title !== signer && title.endsWith(signer) && isOrganLine(signer) ? [signer] : null;
}
