/**
 * Who requisitions (…人民政府为本项目征收主体, …人民政府决定征收, the issuing 人民政府 of a 征收/收回 notice)
 * and who carries it out (确定…为实施单位, 由…负责实施, 实施单位：…, 房屋征收部门为…).
 */
import { BODY_LEADING_NOISE, BODY_SUFFIXES } from './vocabulary.ts';

const NAME = '[^，,。；;\\n：:、]{1,30}?';
const GOV = '(?:人民政府|政府)';

/** A form is only tried near its keyword, so long texts cost little. */
interface Form {
  keyword: string;
  re: RegExp;
  /**
   * What any match of `re` holds, found without its leading name: a text (or window) without it is not searched by
   * `re`, whose name of up to 30 characters is retried from every position of the window.
   */
  holds?: RegExp;
}

/** Requisitioner forms, strongest first; group 1 is the body. */
const REQUISITIONER_FORMS: readonly Form[] = [
  { keyword: '征收主体', re: new RegExp(`(${NAME}${GOV})(?:为|是)(?:本项目|本次)?(?:的)?(?:土地|房屋)?征收主体`) },
  { keyword: '征收主体', re: new RegExp(`征收主体(?:为|是|[:：])(${NAME}${GOV})`) },
  { keyword: '政府', re: new RegExp(`(${NAME}${GOV})(?:依法)?(?:决定|拟|拟依法|将|作出)(?:征收|收回|对)`), holds: /政府(?:依法)?(?:决定|拟|拟依法|将|作出)(?:征收|收回|对)/ },
  { keyword: '房屋征收决定', re: new RegExp(`房屋征收决定(?:由)(${NAME}${GOV})作出`) },
];
/** Approval (经…批准): used only when nothing decides. */
const APPROVAL_FORMS: readonly Form[] = [
  { keyword: '批准', re: new RegExp(`经(${NAME}${GOV})(?:依法)?批准[^。；;\\n]{0,40}(?:征收|收回)`) },
];

/** Implementer forms, strongest first; group 1 is the body. */
const IMPLEMENTER_FORMS: readonly Form[] = [
  {
    keyword: '为',
    re: new RegExp(`(?:确定|委托|指定|明确)(${NAME})(?:为|作为)(?:本项目|本次)?(?:的)?(?:土地|房屋)?(?:征收|征地|拆迁)?(?:补偿)?(?:实施单位|实施主体|房屋征收部门|征收部门|征收实施单位)`),
  },
  { keyword: '实施单位', re: new RegExp(`(?:征收|征地|补偿|拆迁)?实施单位(?:为|是|[:：])(${NAME})(?:[，,。；;\\n]|$)`) },
  { keyword: '房屋征收部门', re: new RegExp(`房屋征收部门(?:为|是|[:：])(${NAME})(?:[，,。；;\\n]|$)`) },
  { keyword: '实施', re: new RegExp(`由(${NAME})(?:具体)?(?:负责|组织)(?:具体)?(?:组织)?实施`) },
  { keyword: '实施', re: new RegExp(`委托(${NAME})(?:具体)?(?:负责|承担|组织)?(?:实施|承担)`) },
];

/** How far around a keyword a form is tried (a name is at most 30 characters). */
const REACH = 48;

const ORDINAL = /^(?:[(（]?[一二三四五六七八九十\d]+[)）、.．]|第[一二三四五六七八九十]+条)/;

/** Drops leading ordinals and verbs (经研究，确定…) and checks the result names a body. */
export function cleanBody(raw: string): string | null {
  let s = raw.trim().replace(ORDINAL, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of BODY_LEADING_NOISE) {
      if (s.startsWith(w) && s.length > w.length + 1) {
        s = s.slice(w.length);
        changed = true;
      }
    }
  }
  s = s.replace(/(?:具体|负责|依法)+$/, '');
  return BODY_SUFFIXES.some((x) => s.endsWith(x)) && s.length >= 3 ? s : null;
}

/** The first body any form yields, forms in order, each tried in a window around each of its keywords. */
function firstMatch(text: string, forms: readonly Form[]): string | null {
  for (const form of forms) {
    // Every window is part of the text: without what a match holds, no window has a match.
    if (form.holds && !form.holds.test(text)) continue;
    for (let at = text.indexOf(form.keyword); at >= 0; at = text.indexOf(form.keyword, at + form.keyword.length)) {
      const window = text.slice(Math.max(0, at - REACH), at + form.keyword.length + REACH);
      if (form.holds && !form.holds.test(window)) continue;
      const m = form.re.exec(window);
      const body = m ? cleanBody(m[1] ?? '') : null;
      if (body) return body;
    }
  }
  return null;
}

/** The issuer in a title (太原市人民政府关于收回…) when it is a government and the notice takes land. */
function titleIssuer(title: string): string | null {
  const i = title.indexOf('关于');
  if (i <= 0) return null;
  const issuer = title.slice(0, i);
  if (!/(?:人民政府|政府)$/.test(issuer) || !/征收|收回|征地|征用/.test(title)) return null;
  return issuer;
}

export function extractRequisitioner(title: string, text: string): string | null {
  return firstMatch(text, REQUISITIONER_FORMS) ?? titleIssuer(title) ?? firstMatch(text, APPROVAL_FORMS);
}

export function extractImplementer(text: string): string | null {
  return firstMatch(text, IMPLEMENTER_FORMS);
}
