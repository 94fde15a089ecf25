/**
 * The issue publishNext() adds: 吕梁市离石区人民政府公报 2023年第3期, holding exactly two documents —
 * one new (离政发〔2023〕10号, an appointment/removal notice not in seed 002) and one revised version of
 * 离政函〔2023〕19号 from seed 002 (the subsidy per pig corrected, one paragraph added).
 */
export const revisedSource = {
  seed: '002_f0a4a187131c9a4a.txt',
  /** 1-based inclusive lines of 离政函〔2023〕19号 in seed 002. */
  startLine: 1239,
  endLine: 1271,
};

const issuer = '吕梁市离石区人民政府';

export const newDocument = {
  title: '吕梁市离石区人民政府关于张志刚等同志职务任免的通知',
  docNumber: '离政发〔2023〕10号',
  issuer,
  date: '2023-08-10',
  category: 'appointment',
  appointments: [
    { person: '张志刚', action: 'appoint', position: '区自然资源局副局长' },
    { person: '刘晓燕', action: 'appoint', position: '区教育科技局副局长' },
    { person: '王建平', action: 'remove', position: '区自然资源局副局长' },
    { person: '李春明', action: 'remove', position: '区交通运输局副局长' },
  ],
  lines: [
    '吕梁市离石区人民政府 关于张志刚等同志职务任免的通知',
    '',
    '离政发〔2023〕10号',
    '',
    '各乡(镇)人民政府、街道办事处,区直各单位:',
    '',
    '经二〇二三年八月十日区政府党组会议研究决定:',
    '',
    '任命:',
    '',
    '张志刚同志为区自然资源局副局长;',
    '',
    '刘晓燕同志为区教育科技局副局长。',
    '',
    '免去:',
    '',
    '王建平同志区自然资源局副局长职务;',
    '',
    '李春明同志区交通运输局副局长职务。',
    '',
    '特此通知',
    '',
    '吕梁市离石区人民政府 2023年8月10日',
    '',
    '(此件公开发布)',
    '',
    '',
    '',
    '咨询单位: 吕梁市离石区人社局',
    '',
    '咨询电话: 0358-8222401',
  ],
};

export const revision = {
  title: '吕梁市离石区人民政府关于对山西鑫嘉盛食品加工有限公司屠宰费用给予补贴的通知',
  docNumber: '离政函〔2023〕19号',
  issuer,
  date: '2023-04-20',
  changes: [
    { kind: 'changed', before: '补贴标准按每头 30 元进行补贴', after: '补贴标准按每头 25 元进行补贴' },
    {
      kind: 'added',
      before: null,
      after: '六、企业应当如实报送屠宰数据,对虚报屠宰量骗取补贴的,由区农业农村局追回已拨付的补贴资金,并依法依规追究相关责任。',
    },
  ],
};

/** Applies the revision to the seed lines of 离政函〔2023〕19号; fails if the seed is not as expected. */
export function revisedLines(seedLines: readonly string[]): string[] {
  const original = seedLines.slice(revisedSource.startLine - 1, revisedSource.endLine);
  if (!original[0]?.includes('屠宰费用给予补贴的通知') || !original.some((l) => l.replace(/\s/g, '') === revision.docNumber)) {
    throw new Error('seed 002 lines of 离政函〔2023〕19号 moved: check revisedSource');
  }
  const changed = revision.changes[0]!;
  const hits = original.filter((l) => l.includes(changed.before!));
  if (hits.length !== 1) throw new Error(`expected one line with "${changed.before}", found ${hits.length}`);
  const out = original.map((l) => l.replace(changed.before!, changed.after));
  const lastArticle = out.findIndex((l) => l.startsWith('五、本办法自'));
  if (lastArticle < 0) throw new Error('seed 002: article 五 of 离政函〔2023〕19号 not found');
  out.splice(lastArticle + 1, 0, '', revision.changes[1]!.after);
  return out;
}

/** The whole issue as text lines: cover, 目录, then the two documents. */
export function nextIssueLines(seedLines: readonly string[]): string[] {
  return [
    '吕梁市离石区人民政府公报',
    '',
    'LVLIANGSHI LISHIQU RENMIN ZHENGFU GONGBAO',
    '',
    '2023.3',
    '',
    '吕梁市离石区人民政府办公室',
    '',
    '(季刊)',
    '',
    '2023年第3期',
    '',
    '(总第10期)',
    '',
    '2023年9月30日出版',
    '',
    '目录',
    '',
    '【区政府文件】',
    '',
    '吕梁市离石区人民政府关于张志刚等同志职务任免的',
    '通知(离政发〔2023〕10号)1',
    '吕梁市离石区人民政府关于对山西鑫嘉盛食品',
    '加工有限公司屠宰费用给予补贴的通知',
    '(离政函〔2023〕19号)2',
    '',
    '公报刊登的文件与 红头文件具有同等效力',
    '',
    ...newDocument.lines,
    '',
    '',
    ...revisedLines(seedLines),
  ];
}
