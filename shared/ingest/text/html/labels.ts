/**
 * The labels of government metadata boxes (政务公开 信息索引 tables and lists) and which key of
 * ExtractedText.metadata each one fills. Labels are matched with any whitespace between their characters
 * (索 引 号, 标　　题) and end at a colon or at the end of their cell.
 */

/** The metadata keys an HTML page can fill (the parse stage reads exactly these). */
export const METADATA_KEYS = ['标题', '发文字号', '发文机关', '成文日期', '发布日期', '索引号', '主题分类', '有效性', '来源', '栏目', '关键词'] as const;
export type MetadataKey = (typeof METADATA_KEYS)[number];
export type PageMetadata = Partial<Record<MetadataKey, string>>;

/** Printed label → the key it fills (null: a label of the box that fills no key, still counted as one). */
const LABELS: readonly [string, MetadataKey | null][] = [
  ['索引号', '索引号'],
  ['主题分类', '主题分类'],
  ['发文机关', '发文机关'],
  ['发布机构', '发文机关'],
  ['发文单位', '发文机关'],
  ['发布单位', '发文机关'],
  ['制发机关', '发文机关'],
  ['成文日期', '成文日期'],
  ['发布日期', '发布日期'],
  ['公开日期', '发布日期'],
  ['发文字号', '发文字号'],
  ['文号', '发文字号'],
  ['标题', '标题'],
  ['名称', '标题'],
  ['有效性', '有效性'],
  ['主题词', '关键词'],
  ['关键词', '关键词'],
  ['信息来源', '来源'],
  ['公文种类', null],
  ['体裁分类', null],
  ['组配分类', null],
  ['服务对象', null],
  ['生效日期', null],
  ['废止日期', null],
  ['失效日期', null],
  ['公开方式', null],
  ['公开范围', null],
  ['发布时间', '发布日期'],
];

interface LabelRule {
  label: string;
  key: MetadataKey | null;
  /** The label at the start of a cell, spaced or not, with its colon (if any) and the spaces after it. */
  pattern: RegExp;
}

const SPACE = '[\\s\\u00a0\\u3000]*';
const RULES: readonly LabelRule[] = LABELS.map(([label, key]) => ({
  label,
  key,
  pattern: new RegExp(`^${SPACE}${[...label].join(SPACE)}${SPACE}(?:[:：]${SPACE}|$)`),
}));

export interface LabelMatch {
  key: MetadataKey | null;
  /** The text after the label and its colon, trimmed (empty when the value is in the next cell). */
  rest: string;
}

const FIRST_CHARS = new Set(LABELS.map(([label]) => label[0] ?? ''));

/** The label a cell starts with, or null. */
export function matchLabel(cell: string): LabelMatch | null {
  const first = /[^\s\u00a0\u3000]/.exec(cell)?.[0];
  if (first === undefined || !FIRST_CHARS.has(first)) return null;
  for (const r of RULES) {
    const m = r.pattern.exec(cell);
    if (m) return { key: r.key, rest: cell.slice(m[0].length).trim() };
  }
  return null;
}
