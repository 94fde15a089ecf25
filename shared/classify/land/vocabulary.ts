/**
 * Keyword tables used by the land extractors. Data only: the rules that read them live in the
 * extractor files. Everything here is document language, never a place or body from a seed.
 */
import type { PeriodUnit } from './date-arithmetic.ts';

/** Area units → square metres per unit. */
export const AREA_UNITS: ReadonlyArray<{ unit: string; squareMetres: number }> = [
  { unit: '平方公里', squareMetres: 1_000_000 },
  { unit: '平方千米', squareMetres: 1_000_000 },
  { unit: 'km²', squareMetres: 1_000_000 },
  { unit: '公顷', squareMetres: 10_000 },
  { unit: '平方米', squareMetres: 1 },
  { unit: '平米', squareMetres: 1 },
  { unit: '㎡', squareMetres: 1 },
  { unit: 'm²', squareMetres: 1 },
  { unit: 'm2', squareMetres: 1 },
  { unit: 'M2', squareMetres: 1 },
  { unit: '亩', squareMetres: 2000 / 3 },
];

/** Words just before an area that make it the total. */
export const AREA_TOTAL_WORDS = ['总面积', '总用地面积', '总征收面积', '总计', '合计', '共计', '总共'];
/** Words just before an area that make it a floor area of buildings rather than land. */
export const BUILDING_AREA_WORDS = ['建筑面积', '建筑物', '构筑物', '建筑', '房屋', '住宅', '厂房', '楼', '附属物', '装修', '营业', '经营'];
/** Words that open a breakdown of an area already given (its parts are not added again). */
export const AREA_BREAKDOWN_WORDS = ['其中', '包括', '含'];

/** Per-unit words after 元/ (or after 每) in compensation standards, with the name used in `unit`. */
export const PER_UNITS: ReadonlyArray<{ printed: string; unit: string }> = [
  { printed: '平方米', unit: '平方米' },
  { printed: '平米', unit: '平方米' },
  { printed: '㎡', unit: '平方米' },
  { printed: 'm²', unit: '平方米' },
  { printed: 'm2', unit: '平方米' },
  { printed: 'M2', unit: '平方米' },
  { printed: '立方米', unit: '立方米' },
  { printed: 'm³', unit: '立方米' },
  { printed: '公顷', unit: '公顷' },
  { printed: '亩', unit: '亩' },
  { printed: '延米', unit: '延米' },
  { printed: '米', unit: '米' },
  { printed: '人', unit: '人' },
  { printed: '户', unit: '户' },
  { printed: '株', unit: '株' },
  { printed: '棵', unit: '棵' },
  { printed: '座', unit: '座' },
  { printed: '眼', unit: '眼' },
  { printed: '口', unit: '口' },
  { printed: '间', unit: '间' },
  { printed: '处', unit: '处' },
  { printed: '个', unit: '个' },
];

/** Items a compensation standard pays for, as printed (longest forms first where they overlap). */
export const COMPENSATION_ITEMS = [
  '土地补偿费', '安置补助费', '青苗补偿费', '青苗费', '地上附着物补偿费', '地上附着物', '附着物',
  '农村村民住宅', '房屋价值', '房屋补偿', '住宅补偿', '搬迁补助费', '搬迁补助', '搬迁补偿', '搬迁费', '搬家费',
  '临时安置补助费', '临时安置补助', '临时安置费', '过渡费', '过渡补助', '周转费', '社会保障费', '社会保障', '社保',
  '装饰装修', '装修补偿', '停产停业损失', '停产停业', '奖励', '林木', '果树', '苗木', '坟墓', '迁坟', '水井', '机井',
  '区片综合地价', '征地区片价', '土地补偿', '安置补助', '青苗补偿', '附属物', '房屋',
].sort((a, b) => b.length - a.length);

/** Words of a sentence about compensation, resettlement or social security (a 文号 there is the standard applied). */
export const COMPENSATION_TOPIC_WORDS = ['补偿', '安置', '社会保障', '养老保障', '保障', '区片综合地价', '地价', '补助'];
/** Money that is not a rate: totals and the prices and deposits of a land-use-right sale. */
export const LUMP_SUM_WORDS = ['挂牌起始价', '起始价', '起拍价', '竞买保证金', '保证金', '增价幅度', '加价幅度', '合计', '共计', '总额'];

/** Time units of periods (日, 个工作日, 个月 …). */
export const PERIOD_UNITS: ReadonlyArray<{ printed: string; unit: PeriodUnit }> = [
  { printed: '工作日', unit: 'working-day' },
  { printed: '日', unit: 'day' },
  { printed: '天', unit: 'day' },
  { printed: '周', unit: 'week' },
  { printed: '星期', unit: 'week' },
  { printed: '月', unit: 'month' },
  { printed: '年', unit: 'year' },
];

/** What a deadline is for, keyed on the words of the clause (first listed wins on a tie). */
export const DEADLINE_PURPOSES: ReadonlyArray<{ purpose: string; words: readonly string[] }> = [
  { purpose: '行政复议', words: ['复议'] },
  { purpose: '行政诉讼', words: ['诉讼', '起诉', '向人民法院提起'] },
  { purpose: '听证', words: ['听证'] },
  { purpose: '签约', words: ['签约', '签订', '协议'] },
  { purpose: '搬迁', words: ['搬迁', '腾空', '腾退', '交房'] },
  { purpose: '交地', words: ['交地', '交付土地', '移交土地'] },
  { purpose: '登记', words: ['登记', '申报', '确认'] },
  { purpose: '注销', words: ['注销'] },
  { purpose: '领取补偿', words: ['领取'] },
  { purpose: '异议', words: ['异议', '意见'] },
  { purpose: '禁止抢栽抢建', words: ['抢栽', '抢建', '抢种', '抢装'] },
  { purpose: '公告期', words: ['公告期', '公示期'] },
];

/** Named terms (签约期限为30日 …) and the purpose they carry. */
export const TERM_PURPOSES: ReadonlyArray<{ term: string; purpose: string }> = [
  { term: '签约', purpose: '签约' },
  { term: '搬迁', purpose: '搬迁' },
  { term: '征收', purpose: '征收' },
  { term: '登记', purpose: '登记' },
  { term: '听证', purpose: '听证' },
  { term: '交地', purpose: '交地' },
  { term: '过渡', purpose: '过渡' },
  { term: '公告', purpose: '公告期' },
  { term: '通告', purpose: '公告期' },
  { term: '公示', purpose: '公告期' },
];

/** Start events of a period that are not this notice's publication and whose date is unknown. */
export const UNKNOWN_EVENT_WORDS = ['收到', '接到', '送达', '知道', '知悉', '领取', '评估', '结果', '签订', '生效', '交付', '腾空', '搬迁', '批准', '届满'];
/** Start events that mean the publication of a notice. */
export const PUBLICATION_EVENT_WORDS = ['发布', '公布', '公告', '通告', '张贴', '印发', '下发', '施行', '作出', '决定'];
/** Nouns for the notice itself; with 本/此/该 (or when the title is such a notice) they mean "this notice". */
export const NOTICE_NOUNS = ['公告', '通告', '决定', '方案', '通知', '公示'];
export const THIS_WORDS = ['本', '此', '该'];
/** Start events referring to the signing period. */
export const SIGNING_START_WORDS = ['签约期限开始', '签约期开始', '签约开始'];
export const SIGNING_END_WORDS = ['签约期限届满', '签约期满', '签约期限结束', '签约期届满'];

/** Words after a date that make it a deadline (…前, …止). */
export const DATE_DEADLINE_SUFFIXES = ['之前', '以前', '为止', '前', '止'];
/** Words before a date that make it a deadline. */
export const DATE_DEADLINE_PREFIXES = ['截止日期', '截止时间', '截止', '截至', '最迟', '不晚于'];

/** Administrative place suffixes, longest first. */
export const PLACE_SUFFIXES = [
  '街道办事处', '村民委员会', '村民小组', '居民委员会', '居民小组', '经济联合社', '经济合作社', '自治区', '自治州', '自治县', '办事处', '居委会',
  '村委会', '合作社', '联合社', '街道', '社区', '省', '市', '区', '县', '旗', '乡', '镇', '村', '组', '社',
];
/** Words that look like places but are generic. */
export const GENERIC_PLACES = ['农村', '乡村', '城乡', '乡镇', '城市', '地区', '市区', '城区', '辖区', '园区', '景区', '小区', '片区', '街区', '山区', '社区', '各村', '全区', '全县', '全市', '规划区', '新区', '开发区', '小组', '领导组', '工作组'];
/** Own-jurisdiction words dropped at the start of a place (我区吴城镇 → 吴城镇). */
export const OWN_PLACE_PREFIXES = ['我区', '本区', '我县', '本县', '我市', '本市', '我镇', '本镇', '我乡', '本乡'];
/** Words joining places in a list (A村、B村和C社区). */
export const PLACE_LIST_JOINERS = ['、', '以及', '和', '及', '；', ';', '，', ','];
/** Words that end a place chain. */
export const PLACE_STOP_WORDS = ['土地', '集体', '国有', '征收', '范围', '项目', '用地', '面积', '位于', '涉及', '使用', '作为', '的', '和', '及', '与', '或', '等'];
/** Words before a place name in land notices. */
export const PLACE_TRIGGERS = ['坐落于', '坐落在', '位于', '地处', '涉及', '使用', '占用', '征收', '征用', '收回', '同意将', '将', '申请使用'];
/** Labels introducing the land's range or position (征收范围：…). */
export const RANGE_LABELS = ['拟征收土地范围', '征收土地范围', '征收土地位置', '征收土地坐落', '拟征收范围', '征收范围', '征地范围', '征地位置', '用地范围', '用地位置', '收回范围', '土地位置', '土地坐落', '地块位置', '项目位置', '坐落位置'];
/** Where a location phrase stops: the land itself is named. */
export const LOCATION_TAIL_WORDS = ['的国有', '的集体', '国有土地', '集体土地', '国有', '集体', '的土地', '土地', '范围内', '的地块', '地块', '面积'];

/** Endings of a project name. */
export const PROJECT_SUFFIXES = ['项目', '建设用地', '工程'];
/** Words before a project name (scanning back stops there). */
export const PROJECT_STOP_WORDS = ['关于', '印发', '收回', '征收', '实施', '确保', '保障', '推进', '做好', '开展', '用于', '由于', '根据', '因', '将', '对', '为', '的', '经', '系'];
/** Project names that name no project. */
export const GENERIC_PROJECTS = ['本项目', '该项目', '此项目', '建设项目', '重点项目', '项目', '工程', '本工程', '该工程', '建设用地', '新增建设用地', '城乡建设用地'];

/** Endings of law titles accepted as legal basis even outside a 根据 clause. */
export const LAW_TITLE_ENDINGS = ['法', '法典', '条例', '规定', '办法', '细则', '规则', '解释'];
/** Words that introduce a legal basis. */
export const BASIS_WORDS = ['根据', '依据', '依照', '按照', '遵照'];

/** Endings of public bodies. */
export const BODY_SUFFIXES = ['人民政府', '街道办事处', '办事处', '管理委员会', '管委会', '委员会', '政府', '中心', '办公室', '局', '公司', '指挥部'];
/** Leading words stripped from a body name. */
export const BODY_LEADING_NOISE = ['经研究', '研究决定', '决定', '确定', '同意', '委托', '指定', '根据', '现', '特', '由', '经', '并'];
