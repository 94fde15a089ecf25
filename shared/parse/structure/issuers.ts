/**
 * Issuers (发文机关) as printed: several joint issuers in one line (separated by 、 or spaces) or on
 * consecutive lines; the organ a title opens with; the people's congress session or standing committee a
 * session report names.
 */
import { isOrganLine, organAtTitleStart } from '../line-kinds.ts';
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
 * A standing committee named with its term, whose session decided (人事任免 are its acts, not the plenary
 * session's): 黔东南州第十三届人大常委会, 区二届人大常委会, 自治区政协十一届十六次常委会议. The place before
 * the term is read back to the nearest punctuation, digit or function word.
 */
const SESSION_BODY = /((?:第?[一二三四五六七八九十]{1,3}届)(?:人大常委会|人民代表大会常务委员会)|政协[一二三四五六七八九十]{1,3}届[一二三四五六七八九十]{1,3}次常委会议)/;
const PLACE_BEFORE = /[\u4e00-\u9fff]{0,10}$/;
const NOT_PLACE = /^.*(?:[的在了和与及由是将对为于经据从向把被次日]|召开|举行|主持|审议|表决|通过|决定|任命|免去)/;
/** The committee named as the object of an act (补选省人大常委会委员, 辞去…常委会主任), not its actor. */
const OBJECT_OF = /补选|选举|选出|产生|辞去|担任|当选/;

export function sessionBody(text: string): string | null {
  const m = SESSION_BODY.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index);
  const body = m[1] ?? '';
  const run = PLACE_BEFORE.exec(before)?.[0] ?? '';
  if (OBJECT_OF.test(run)) return null;
  return `${placeBefore(before)}${body}`;
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
