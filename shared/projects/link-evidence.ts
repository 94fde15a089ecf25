/**
 * What a land document says that ties it to other documents of the same project: the project name, the batch
 * (with its place), the 批复文号 it cites, the villages whose land it takes, its areas and its county.
 * Pure: read from the title, the text and the classifier's land facts.
 */
import type { LandFacts, LandStage } from '../model/document.ts';
import type { LinkEvidence } from './project-model.ts';

export interface EvidenceInput {
  title: string;
  text: string;
  docNumber: string | null;
  issuer: string | null;
  land: LandFacts | null;
  /** The source's county or city, used when the document names none. */
  placeHint: string | null;
  /** The document's stage (an approval's own 文号 is the 批复文号). */
  stage: LandStage;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 二十一 → 21, 12 → 12. */
export function chineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch in CN_DIGITS) current = CN_DIGITS[ch]!;
    else return null;
  }
  return total + current;
}

/** Full-width digits and brackets folded, spaces removed. */
const fold = (text: string): string =>
  text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[［【〔(（]/g, '〔')
    .replace(/[］】〕)）]/g, '〕')
    .replace(/[ \t\u3000]+/g, '');

const COUNTY_TOKEN = /^[\u4e00-\u9fa5]{1,5}?(?:自治县|县|区|旗)/;

/** The county-level place of a name such as 眉山市东坡区人民政府 (东坡区), 鼓楼区房屋征收服务中心 (鼓楼区), 神木市 (神木市). */
export function countyOf(name: string | null): string | null {
  if (!name) return null;
  const parts = fold(name)
    .split(/(?<=省|自治区|市|州|盟)/)
    .filter((p) => p.length >= 2);
  const county = parts.map((p) => COUNTY_TOKEN.exec(p)?.[0]).filter((p): p is string => !!p && p.length >= 2).at(-1);
  if (county) return county;
  const city = parts.filter((p) => /^[\u4e00-\u9fa5]{2,5}市$/.test(p)).at(-1);
  return city ?? null;
}

/** Two places that cannot be the same county: both county-level and different, or both cities and different. */
export function differentCounties(a: string, b: string): boolean {
  if (a === b) return false;
  const level = (p: string) => (/(?:县|区|旗)$/.test(p) ? 'county' : 'city');
  return level(a) === level(b);
}

const BATCH = /((?:[\u4e00-\u9fa5]{2,8}?(?:省|市|州|县|区|旗)){0,3})(\d{4})年度?(?:第)?([一二三四五六七八九十\d]{1,4})批次?/g;

function batchesOf(text: string, county: string | null): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(BATCH)) {
    const n = chineseNumber(m[3]!);
    if (n === null) continue;
    const prefix = (m[1] ?? '').replace(/^.*(?:关于|征收|启动|涉及|批准|根据|办理|实施|同意|我县|我区|我市|对|将|拟|为|由)/, '');
    const place = (prefix ? countyOf(prefix) : null) ?? county ?? '';
    out.add(`${place}${m[2]}年第${n}批`);
  }
  return [...out];
}

const DOC_NUMBER = /[\u4e00-\u9fa5]{1,10}〔\d{4}〕\d{1,5}号/g;
/** 山西省人民政府晋政地字〔…〕 → 晋政地字〔…〕: the issuing body and verbs before a number are not part of it. */
const numberPrefix = (n: string): string => n.replace(/^.*(?:人民政府|政府|厅|局|委员会|根据|依据|按照|经|和|及|以|文件|批复|批准)(?=[\u4e00-\u9fa5]{1,8}〔)/, '');
const APPROVAL_FORM = /[\u4e00-\u9fa5]{1,4}字〔\d{6}〕[A-Z]?〔\d{4}〕-?\d{1,6}/g;
const APPROVAL_CONTEXT = /批复|批准|审批|批文|同意征收|意见书/;

function approvalsOf(text: string, docNumber: string | null, isApproval: boolean): string[] {
  const out = new Set<string>();
  if (isApproval && docNumber) out.add(fold(docNumber));
  for (const m of text.matchAll(APPROVAL_FORM)) out.add(numberPrefix(m[0]));
  for (const m of text.matchAll(DOC_NUMBER)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // A standard cited in 《…》 (补偿标准的通知) is not an approval.
    if (/《[^》]*$/.test(before) || /^[^《]*》/.test(after)) continue;
    if (APPROVAL_CONTEXT.test(before.slice(-24)) || /^[^。；，]{0,6}(?:批复|批准)/.test(after)) out.add(numberPrefix(m[0]));
  }
  if (docNumber && !isApproval) out.delete(fold(docNumber));
  return [...out];
}

const VILLAGE_STOP = /^(?:农|本|该|各|全|每|新农|行政|自然|所在|涉及|相关|有关|城中|城|乡|村)$/;
const PLACE_CUT = /.*(?:省|市|州|县|区|镇|乡|街道|办事处|涉及|位于|包括|根据|经|由|对|向|将|为|征收|占用|使用|的|及|和|与|、|至|在)/;

/** 龙王庙村, 红五星村 (11组 dropped), 瓜沥荣新股份经济联合社. */
function villagesOf(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/([\u4e00-\u9fa5]{2,14}?)(村|社区|经济联合社|经济合作社)/g)) {
    const before = m[1]!.replace(PLACE_CUT, '');
    if (before.length < 2 || before.length > 6 || VILLAGE_STOP.test(before) || /[村民委会组]$/.test(before)) continue;
    const next = text.charAt(m.index + m[0].length);
    if (m[2] === '村' && /[民委庄镇落级]/.test(next)) {
      if (next !== '民' || text.charAt(m.index + m[0].length + 1) !== '委') continue;
    }
    out.add(`${before}${m[2]}`);
  }
  return [...out];
}

const AREA = /(\d+(?:\.\d+)?)\s*(公顷|亩|平方米|㎡)/g;
const TO_SQM: Record<string, number> = { 公顷: 10_000, 亩: 10_000 / 15, 平方米: 1, '㎡': 1 };

function areasOf(text: string, land: LandFacts | null): number[] {
  const out: number[] = [];
  if (land?.areaSquareMetres) out.push(land.areaSquareMetres);
  for (const m of text.matchAll(AREA)) {
    const sqm = Number(m[1]) * TO_SQM[m[2]!]!;
    if (sqm >= 100 && !out.some((a) => Math.abs(a - sqm) / a < 0.001)) out.push(Math.round(sqm * 100) / 100);
  }
  return out.slice(0, 8);
}

const NAME_SUFFIX = /(?:建设用地项目|建设项目|用地项目|项目建设用地|项目用地|建设用地|项目|工程|用地)+$/;

/** The name as compared: place prefix kept, the generic endings (建设用地项目, 工程 …) dropped. */
export function normaliseProjectName(name: string): string {
  return name
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[ \t\u3000]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/^(?:关于|召开|对|开展|实施|征收|启动)+/, '')
    .replace(/[“”"《》]/g, '')
    .replace(NAME_SUFFIX, '');
}

const TITLE_PROJECT = /(?:关于|对)?([\u4e00-\u9fa5\d（）()]{4,40}?(?:项目|工程))/;

function namesOf(input: EvidenceInput): string[] {
  const out = new Set<string>();
  const candidates = [input.land?.project ?? null, TITLE_PROJECT.exec(input.title.replace(/\s+/g, '').replace(/^.*?关于/, ''))?.[1] ?? null];
  for (const c of candidates) {
    if (!c || /批次?/.test(c)) continue;
    const n = normaliseProjectName(c);
    if (n.length >= 4) out.add(n);
  }
  return [...out];
}

/** 山西省人民政府关于青岚县…的批复: the county the title speaks of. */
const TITLE_COUNTY = /关于(?:召开|对|启动)?([\u4e00-\u9fa5]{2,12}?(?:自治县|县|区|旗))/;

export function extractLinkEvidence(input: EvidenceInput): LinkEvidence {
  const title = fold(input.title);
  const text = fold(input.text);
  const county = countyOf(input.issuer) ?? countyOf(TITLE_COUNTY.exec(title)?.[1] ?? null) ?? countyOf(input.placeHint);
  const all = `${title}\n${text}`;
  return {
    names: namesOf(input),
    batches: batchesOf(all, county),
    approvals: approvalsOf(all, input.docNumber, input.stage === 'approval'),
    villages: villagesOf(all),
    areasSqm: areasOf(text, input.land),
    county,
  };
}
