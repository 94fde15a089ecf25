/**
 * Person names in personnel decisions: 2–4 Chinese characters, or longer with a middle dot
 * (transliterated and minority names). Lists are joined with 、.
 */

const NAME = /^(?:[\u4e00-\u9fa5]{2,4}|[\u4e00-\u9fa5]{1,8}[·•．][\u4e00-\u9fa5·•．]{1,12})$/;

/** Substrings that no person name contains but that text before a name often does. */
const NOT_IN_NAMES: readonly string[] = [
  '政府', '研究', '决定', '会议', '单位', '人民', '委员', '职务', '任命', '免去', '聘任', '同志', '以下', '下列', '根据', '特此',
  '如下', '通知', '现将', '同意', '接受', '辞去', '代理', '当选', '选举', '担任', '兼任', '不再', '拟任', '罢免', '撤销', '表决', '通过', '党内', '行政', '处分', '人员', '颁发', '证书', '宣誓', '局长', '主任', '书记', '县长', '市长', '区长', '乡长', '镇长',
];

/** Characters that begin the words before a name (经研究…, 由张三…) and never a name itself. */
const NOT_NAME_START = new Set(['经', '由', '对', '将', '从', '在', '请', '的', '为', '其', '现', '并', '及']);

/** Whether text can be one person's name. */
export function isPersonName(text: string): boolean {
  if (!NAME.test(text)) return false;
  if (NOT_NAME_START.has(text.charAt(0))) return false;
  return !NOT_IN_NAMES.some((word) => text.includes(word));
}

/** 张三、李四 → ['张三', '李四'], or null when any part is not a name. */
export function splitPersons(block: string): string[] | null {
  const parts = block.split(/[、，]/).filter((p) => p.length > 0);
  if (parts.length === 0) return null;
  return parts.every(isPersonName) ? parts : null;
}

/** Characters with which a post (not a name) typically begins: places, bodies, ranks. */
const POST_START = new Set([...'县市区省州盟旗乡镇街村中共国党委政人院局厅办处科所站队团校馆会司公总副正常驻第']);

/**
 * Best guess of where a name ends when nothing marks it (张三县发改局局长职务): a 2-character
 * name when the third character begins a post, else 3 characters.
 */
export function guessNameLength(text: string): 2 | 3 {
  return POST_START.has(text.charAt(2)) ? 2 : 3;
}
