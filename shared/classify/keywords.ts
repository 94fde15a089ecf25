/**
 * Keyword tables of the classifier: document language only (never names from the seeds).
 * Logic lives in the modules that read these tables.
 */
import type { Subtype } from '../model/document.ts';

/** Title words of personnel documents (任免通知, 人大常委会任免决定, 聘任, 辞职). */
export const APPOINTMENT_TITLE_WORDS: readonly string[] = [
  '任免', '任职', '免职', '任命', '聘任', '解聘', '聘用', '辞去', '辞职', '免去', '代理', '人事',
];

/** Title words of documents that name people and posts without appointing anyone (领导小组, 分工, 表彰, 招聘). */
export const NOT_APPOINTMENT_TITLE_WORDS: readonly string[] = [
  '领导小组', '领导组', '工作专班', '指挥部', '分工', 'AB角', '表彰', '见义勇为', '荣誉称号', '招聘', '录用', '接访', '调研', '考察',
];

/** Kinds of rule documents: a name ending in one of these is a regulation's name. */
export const RULE_KINDS: readonly string[] = [
  '实施细则', '实施办法', '暂行办法', '暂行规定', '管理办法', '办法', '条例', '规定', '细则', '规则',
];

/** Bracketed qualifiers that may follow a rule name: （试行）（暂行）（修订）… */
export const RULE_QUALIFIER = /[（(](?:试行|暂行|修订|修正|草案|\d{4}年修订|\d{4}年修正)[)）]$/;

/** Verbs with which a title or a news lead says that a rule is made, changed or takes effect. */
export const RULE_ACTION_WORDS: readonly string[] = [
  '施行', '实施', '印发', '出台', '公布', '发布', '颁布', '通过', '修订', '修改', '废止', '生效',
];

/** What follows 自…起 in a commencement clause. */
export const COMMENCEMENT_VERBS: readonly string[] = ['正式施行', '施行', '执行', '试行', '实施', '生效', '停止执行', '不再执行'];

/** Subjects of a commencement clause that make it the document's own (本办法自…起施行). */
export const SELF_REFERENCES: readonly string[] = [
  '本实施细则', '本细则', '本办法', '本规定', '本条例', '本规则', '本通知', '本方案', '本意见', '本决定', '本制度', '本标准', '本政策', '本措施',
];

/** Self references that on their own mark the document as a rule. */
export const RULE_SELF_REFERENCES: readonly string[] = ['本实施细则', '本细则', '本办法', '本规定', '本条例', '本规则'];

/** Relative commencements: 自发布之日起 … resolve to the anchor date. */
export const ANCHOR_DAY_PHRASES: readonly string[] = [
  '发布之日', '公布之日', '印发之日', '发文之日', '下发之日', '签发之日', '颁布之日', '施行之日', '公告之日', '通过之日',
];

/** Validity phrases (the period a rule stays in force). */
export const VALIDITY_WORDS: readonly string[] = ['有效期', '试行期', '暂行期'];

/** Title words that make a document a specific act for named parties, not a general rule. */
export const SPECIFIC_ACT_TITLE_WORDS: readonly string[] = ['给予', '表彰', '通报', '奖励', '处分', '批复', '同意', '任免'];

/** Finer kinds of "other", tried in this order against the title. */
export const OTHER_SUBTYPE_RULES: ReadonlyArray<{ subtype: Subtype; words: readonly string[] }> = [
  { subtype: 'report', words: ['工作报告', '报告', '白皮书', '公报'] },
  { subtype: 'approval', words: ['批复', '同意'] },
  {
    subtype: 'leading-group',
    words: ['领导小组', '领导组', '工作专班', '指挥部', '联席会议', '委员会成员', '委员会组成', '工作组', '工作小组', '议事协调机构', '委员会的通知'],
  },
  { subtype: 'letter', words: ['复函', '承诺函', '的函', '函'] },
  { subtype: 'plan', words: ['方案', '规划', '计划', '工作要点', '任务分工', '责任分工', '实施意见'] },
  { subtype: 'notice', words: ['通知', '通告', '公告', '公示', '声明', '决定', '意见', '命令'] },
];

/** Official-document words that keep a headline from being taken for a news article. */
export const OFFICIAL_TITLE_WORDS: readonly string[] = [
  '关于', '通知', '通告', '公告', '公示', '决定', '批复', '函', '命令', '声明', '报告', '意见', '办法', '规定', '条例',
];

/** Body forms that make a document a rule whatever its title (the page chrome may hide it). */
/** `span`: how far into the body the form counts (a 政府令 number cited further on is another rule's). */
export const RULE_BODY_FORMS: ReadonlyArray<{ pattern: RegExp; label: string; decisive: boolean; span: number }> = [
  { pattern: /制定本(?:条例|办法|规定|细则|规则|实施细则|实施办法|规章|制度)/, label: '制定本…', decisive: true, span: 3000 },
  { pattern: /已(?:由|经)[^。]{0,80}(?:会议|常务会议)[^。]{0,40}(?:通过|修订|修正|批准)[^。]{0,12}现予(?:公布|发布|公告)/, label: '…会议通过，现予公布', decisive: true, span: 600 },
  { pattern: /^[^（(]{0,200}?(?:人民政府|政府)令[（(]?第[\d一二三四五六七八九十百]+号/, label: '政府令', decisive: true, span: 300 },
  { pattern: /关于(?:修改|废止|修订)《[^》]{2,60}(?:条例|办法|规定|细则|规则)》(?:等[\d一二三四五六七八九十]+[件部])?(?:[^。]{0,20})?的决定/, label: '关于修改/废止《…》的决定', decisive: true, span: 600 },
  { pattern: /决定(?:对|将)?[^。]{0,60}(?:予以废止|宣布失效|予以修改|作如下修改|停止执行)|决定废止|决定宣布失效/, label: '决定废止/宣布失效/修改', decisive: false, span: 1500 },
  { pattern: /(?:规章|规范性文件)[^。]{0,20}(?:清理|废止|失效)/, label: '规章/规范性文件清理', decisive: false, span: 1500 },
];

/** Words right before a 《》 name that cite it as a legal basis rather than publish it. */
export const CITATION_WORDS = /(?:根据|依据|按照|依照|遵照|参照|贯彻|落实|执行)$/;

/** Titles of promulgation orders and announcements that publish a rule (政府令, 常委会公告). */
export const PROMULGATION_TITLE = /(?:人民政府|政府)令|常务委员会公告|第[\d一二三四五六七八九十百]+号令/;

/** How a promulgation says it publishes the rule. */
export const PROMULGATION_WORDS: readonly string[] = ['现予公布', '现予发布', '予以公布', '现予颁布', '现公布'];
