import { describe, expect, it } from 'vitest';
import { cleanPosition, extractAppointments } from '../../../shared/classify/appointments.ts';

const triples = (text: string): string[] => extractAppointments(text).appointments.map((a) => `${a.person}|${a.action}|${a.position}`);

describe('extractAppointments: lists after 任命：/免去：', () => {
  it('reads a 任命 list and a 免去 list, with 、-joined names and 兼/副 posts', () => {
    const text = [
      '各县（市、区）人民政府，市政府各部门：',
      '经市政府研究决定，任命：',
      '陈立新同志为市发展和改革委员会副主任；',
      '黄晓燕、林志强同志为市财政局副局长；',
      '周海同志为市人力资源和社会保障局局长（兼）；',
      '吴建国同志任市应急管理局副局长兼市消防救援支队政委。',
      '免去：',
      '郑伟同志市水利局副局长职务；',
      '孙丽、何明同志的市商务局副局长职务；',
      '冯涛同志市统计局副局长。',
      '特此通知。',
      '某某市人民政府',
      '2024年3月5日',
    ].join('\n');
    expect(triples(text)).toEqual([
      '陈立新|appoint|市发展和改革委员会副主任',
      '黄晓燕|appoint|市财政局副局长',
      '林志强|appoint|市财政局副局长',
      '周海|appoint|市人力资源和社会保障局局长（兼）',
      '吴建国|appoint|市应急管理局副局长兼市消防救援支队政委',
      '郑伟|remove|市水利局副局长',
      '孙丽|remove|市商务局副局长',
      '何明|remove|市商务局副局长',
      '冯涛|remove|市统计局副局长',
    ]);
  });

  it('reads entries wrapped over several PDF lines and half-width punctuation', () => {
    const text = '经县政府常务会议研究决定,免去:\n欧阳明辉同志县住房和城乡建\n设局副局长职务;\n李娜同志县交通运输局\n副局长职务。\n特此通知';
    expect(triples(text)).toEqual(['欧阳明辉|remove|县住房和城乡建设局副局长', '李娜|remove|县交通运输局副局长']);
  });

  it('reads list entries separated only by line breaks', () => {
    const text = '任命：\n王刚同志为区教育局局长\n赵敏同志为区卫生健康局副局长\n特此通知';
    expect(triples(text)).toEqual(['王刚|appoint|区教育局局长', '赵敏|appoint|区卫生健康局副局长']);
  });

  it('reads numbered entries and 决定任命下列人员： headers', () => {
    const text = '会议决定任命下列人员：\n1.韩冰为市财政局局长；\n2.邓超为市审计局局长。\n决定免去下列人员职务：\n（一）许晴的市财政局局长职务。';
    expect(triples(text)).toEqual(['韩冰|appoint|市财政局局长', '邓超|appoint|市审计局局长', '许晴|remove|市财政局局长']);
  });

  it('drops notes that are not part of the post (试用期)', () => {
    expect(triples('任命：\n刘洋同志为县审计局副局长（试用期一年）。')).toEqual(['刘洋|appoint|县审计局副局长']);
  });
});

describe('extractAppointments: 同志为A，免去其B职务', () => {
  it('gives two entries for one person', () => {
    const text = '经研究决定：张三同志为某某局局长，免去其某某办公室主任职务。';
    expect(triples(text)).toEqual(['张三|appoint|某某局局长', '张三|remove|某某办公室主任']);
  });

  it('also inside a 任命 list, and with 同时免去其 / （免去其…职务）', () => {
    const text = '任命：\n李四同志为县民政局局长，同时免去其县民政局副局长职务；\n王五同志为县林业局局长（免去其县林业局副局长职务）。';
    expect(triples(text)).toEqual([
      '李四|appoint|县民政局局长',
      '李四|remove|县民政局副局长',
      '王五|appoint|县林业局局长',
      '王五|remove|县林业局副局长',
    ]);
  });
});

describe('extractAppointments: 聘任 and inline 任命/免去', () => {
  it('reads 聘任…为…', () => {
    expect(triples('经研究，决定聘任陈静同志为市规划设计研究院总工程师，聘期三年')).toEqual(['陈静|appoint|市规划设计研究院总工程师']);
    expect(triples('兹聘任赵国庆为学校名誉校长。')).toEqual(['赵国庆|appoint|学校名誉校长']);
  });

  it('reads 聘任： lists and 解聘', () => {
    expect(triples('聘任：\n钱多多同志为中心副主任；\n解聘：\n孙小美同志中心副主任职务。')).toEqual([
      '钱多多|appoint|中心副主任',
      '孙小美|remove|中心副主任',
    ]);
  });

  it('reads inline 任命…为… and 免去…的…职务', () => {
    expect(triples('经研究，任命王芳为县政府办公室副主任；免去刘强的县政府办公室副主任职务。')).toEqual([
      '王芳|appoint|县政府办公室副主任',
      '刘强|remove|县政府办公室副主任',
    ]);
  });

  it('reads 同志任… without 为', () => {
    expect(triples('经区政府党组会议研究决定，任命：\n马骏同志任区城市管理局副局长。')).toEqual(['马骏|appoint|区城市管理局副局长']);
  });
});

describe('extractAppointments: 人大常委会 forms', () => {
  it('reads 决定任命： and 决定免去： lists without 同志', () => {
    const text = [
      '某某市第十六届人民代表大会常务委员会第十次会议决定任命：',
      '周建华为市人民政府秘书长；',
      '吴晓梅为市教育局局长；',
      '决定免去：',
      '郑国强的市教育局局长职务。',
    ].join('\n');
    expect(triples(text)).toEqual(['周建华|appoint|市人民政府秘书长', '吴晓梅|appoint|市教育局局长', '郑国强|remove|市教育局局长']);
  });

  it('reads a 任免名单 whose headers are bare lines (一、任命 / 二、免去)', () => {
    const text = [
      '某某市人民代表大会常务委员会任免名单',
      '（2024年2月27日某某市第十七届人民代表大会常务委员会第十六次会议通过）',
      '一、任命',
      '张某某为某某市人民政府副市长；',
      '王某为某某市中级人民法院副院长、审判委员会委员；',
      '二、免去',
      '李某某的某某市人民政府副市长职务；',
      '赵某的某某市中级人民法院审判员职务。',
    ].join('\n');
    expect(triples(text)).toEqual([
      '张某某|appoint|某某市人民政府副市长',
      '王某|appoint|某某市中级人民法院副院长、审判委员会委员',
      '李某某|remove|某某市人民政府副市长',
      '赵某|remove|某某市中级人民法院审判员',
    ]);
  });

  it('reads inline 决定任命…为…', () => {
    expect(triples('会议决定任命黄志明为县人民法院副院长、审判委员会委员。')).toEqual(['黄志明|appoint|县人民法院副院长、审判委员会委员']);
  });

  it('reads 接受…辞去…职务的请求 as a removal', () => {
    expect(triples('会议决定接受李建军辞去某某市人民政府副市长职务的请求，报市人民代表大会备案。')).toEqual([
      '李建军|remove|某某市人民政府副市长',
    ]);
    expect(triples('会议同意陈红同志辞去县人大常委会委员职务的请求。')).toEqual(['陈红|remove|县人大常委会委员']);
  });

  it('reads 代理 as an appointment with 代理 in the post', () => {
    expect(triples('根据地方组织法的规定，会议决定：张卫东为某某县人民政府代理县长。')).toEqual(['张卫东|appoint|某某县人民政府代理县长']);
    expect(triples('会议决定由刘志远代理某某市人民检察院检察长职务。')).toEqual(['刘志远|appoint|代理某某市人民检察院检察长']);
    expect(triples('决定任命吴勇为某某区人民政府副区长、代理区长。')).toEqual(['吴勇|appoint|某某区人民政府副区长、代理区长']);
  });

  it('reads 不再担任…职务 as a removal', () => {
    expect(triples('因工作调动，何平同志不再担任县科技局局长职务。')).toEqual(['何平|remove|县科技局局长']);
  });
});

describe('extractAppointments: no false triples', () => {
  it('finds nothing in texts that only mention appointments in passing', () => {
    expect(triples('对最高管理者、技术负责人、质量负责人等关键岗位人员进行任命，做到职责分明。')).toEqual([]);
    expect(triples('鼓励电商企业代理地方特色产品，拓宽网络销售渠道。')).toEqual([]);
    expect(triples('组长：\n吕某某区政府副区长\n成员：\n王某某区发改局局长')).toEqual([]);
    expect(triples('区住房和城乡建设局负责贯彻执行国家有关政策。')).toEqual([]);
  });

  it('does not take the signature for an entry', () => {
    expect(triples('免去：\n杨帆同志县统计局副局长职务。\n某某县人民政府\n2023年8月28日')).toEqual(['杨帆|remove|县统计局副局长']);
  });
});

describe('cleanPosition', () => {
  it('strips 职务, notes and punctuation, and rejects junk', () => {
    expect(cleanPosition('县财政局副局长职务；')).toBe('县财政局副局长');
    expect(cleanPosition('县审计局副局长（试用期一年）')).toBe('县审计局副局长');
    expect(cleanPosition('局')).toBeNull();
    expect(cleanPosition('某局局长李四同志为某局副局长')).toBeNull();
  });
});
