/**
 * Keyword tables of the classifier: document language only (never names from the seeds).
 * Logic lives in the modules that read these tables.
 */
import type { Subtype } from '../model/document.ts';

/** Title words of personnel documents (任免通知, 人大常委会任免决定, 聘任, 辞职). */
export const APPOINTMENT_TITLE_WORDS: readonly string[] = [
  '任免', '任职', '免职', '任命', '聘任', '解聘', '聘用', '辞去', '辞职', '免去', '代理', '人事',
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
export const COMMENCEMENT_VERBS: readonly string[] = ['正式施行', '施行', '执行', '试行', '实施', '生效'];

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

/** Land notices: title fragments by subtype (checked in this order). */
export const LAND_TITLE_PATTERNS: ReadonlyArray<{ subtype: Subtype; pattern: RegExp; label: string }> = [
  {
    subtype: 'land-recovery',
    pattern: /收回[^，。；]{0,40}?(?:土地|建设用地)使用权|(?:土地|建设用地)使用权[^，。；]{0,6}(?:收回|收购)|收回[^，。；]{0,20}?国有(?:建设用地|土地)|土地收储/,
    label: '收回…土地使用权',
  },
  { subtype: 'land-compensation', pattern: /(?:征收|征地|征用|拆迁|土地|房屋)[^，。；]{0,30}?(?:补偿|安置)/, label: '征收/土地…补偿安置' },
  { subtype: 'land-requisition', pattern: /征收[^，。；]{0,30}?(?:土地|房屋|用地)|土地征收|征地|征用[^，。；]{0,20}?土地|房屋征收/, label: '征收…土地' },
];

/** The same acts in the opening of a body whose headline does not say them (newspaper 通告). */
export const LAND_BODY_PATTERNS: ReadonlyArray<{ subtype: Subtype; pattern: RegExp; label: string }> = [
  { subtype: 'land-recovery', pattern: /决定[^。；]{0,10}收回[^。；]{0,80}?(?:土地|建设用地)使用权/, label: '决定收回…土地使用权' },
  { subtype: 'land-compensation', pattern: /征地补偿安置方案|征收补偿安置方案|土地补偿费[^。；]{0,20}安置补助费/, label: '征地补偿安置方案' },
  { subtype: 'land-requisition', pattern: /拟征收[^。；]{0,60}?土地|征收土地(?:预)?公告|土地征收(?:预)?公告|批准征收[^。；]{0,40}?土地/, label: '拟征收…土地' },
];

/** Title words that make a document land-related only in passing (a land notice never uses them). */
export const LAND_TITLE_EXCLUSIONS: readonly string[] = ['承诺函', '委托书', '没收', '违法'];

/** Titles that open a generic notice whose body may still be a land notice. */
export const GENERIC_NOTICE_TITLE_WORDS: readonly string[] = ['通告', '公告', '公示', '告知书'];

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

/** Titles of promulgation orders and announcements that publish a rule (政府令, 常委会公告). */
export const PROMULGATION_TITLE = /(?:人民政府|政府)令|常务委员会公告|第[\d一二三四五六七八九十百]+号令/;

/** How a promulgation says it publishes the rule. */
export const PROMULGATION_WORDS: readonly string[] = ['现予公布', '现予发布', '予以公布', '现予颁布', '现公布'];
