import { describe, expect, it } from 'vitest';
import { extractAppointments } from '../../../shared/classify/appointments.ts';

const triples = (text: string): string[] => extractAppointments(text).appointments.map((a) => `${a.person}|${a.action}|${a.position}`);

describe('acts written as sentences (人大常委会 decisions and session reports)', () => {
  it('reads 决定任命A为P，B为Q and a resignation accepted in the same report', () => {
    const text =
      '会议接受王某某辞去某某市人民政府市长职务的请求。会议决定任命李某为某某市人民政府副市长、代理市长，赵某某为某某市财政局局长。';
    expect(triples(text)).toEqual([
      '王某某|remove|某某市人民政府市长',
      '李某|appoint|某某市人民政府副市长、代理市长',
      '赵某某|appoint|某某市财政局局长',
    ]);
  });

  it('reads several resignations in one clause and 免去A的P职务', () => {
    const text = '同意钱某辞去某省人大常委会主任职务和孙某某辞去某省人民政府省长职务的辞呈；决定免去周某的某省交通运输厅厅长职务。';
    expect(triples(text)).toEqual(['钱某|remove|某省人大常委会主任', '孙某某|remove|某省人民政府省长', '周某|remove|某省交通运输厅厅长']);
  });

  it('reads elections (当选, 选举产生…为) as elect and 拟任 as nominate', () => {
    expect(triples('吴某当选为某区人民政府区长；郑某、冯某当选为某区人民政府副区长。')).toEqual([
      '吴某|elect|某区人民政府区长',
      '郑某|elect|某区人民政府副区长',
      '冯某|elect|某区人民政府副区长',
    ]);
    expect(triples('大会选举产生了陈某、褚某2人为某镇人民政府副镇长。')).toEqual(['陈某|elect|某镇人民政府副镇长', '褚某|elect|某镇人民政府副镇长']);
    expect(triples('卫某，男，汉族，1975年1月生，现任某县县长，拟任某县委书记。')).toEqual(['卫某|nominate|某县委书记']);
  });

  it('reads results listed as 职务：姓名 after the sentence announcing an election', () => {
    const text = '会议补选某自治区人大常委会主任、委员。现将名单公告如下：\n主任：蒋某某；\n委员：（按姓名笔画为序）沈某（女）、韩某某。';
    expect(triples(text)).toEqual(['蒋某某|elect|主任', '沈某|elect|委员', '韩某某|elect|委员']);
  });

  it('reads 不再担任 (two posts joined by 和), 职务相应终止 and a name that ends in 为', () => {
    expect(triples('会议通过杨某因年龄原因，不再担任某委员会副主任职务和某委员会委员的决定。')).toEqual([
      '杨某|remove|某委员会副主任',
      '杨某|remove|某委员会委员',
    ]);
    expect(triples('同时，朱某的某区人大常委会委员职务相应终止。')).toEqual(['朱某|remove|某区人大常委会委员']);
    expect(triples('会议决定任命秦书为为某省人大农业委员会主任委员。')).toEqual(['秦书为|appoint|某省人大农业委员会主任委员']);
  });

  it('reads a post printed before the name and 决定其为 (the person just named)', () => {
    expect(triples('任命县委副书记许某同志为某县人民政府副县长、代理县长。')).toEqual(['许某|appoint|某县人民政府副县长、代理县长']);
    expect(triples('决定任命何某为某省人民检察院副检察长、决定其为代理检察长。')).toEqual([
      '何某|appoint|某省人民检察院副检察长',
      '何某|appoint|代理检察长',
    ]);
  });
});

describe('what is not a personnel act', () => {
  it('drafts and motions put to a vote, meeting attendance and the handing over of certificates', () => {
    expect(triples('会议决定将关于接受吕某辞去某省人大常委会副主任职务请求的决定草案，提请大会全体会议表决。')).toEqual([]);
    expect(triples('某某主持会议，施某、张某出席会议，并为新任命人员颁发任命书。')).toEqual([]);
    expect(triples('会议听取了关于提请任命某某同志职务的议案。')).toEqual([]);
  });

  it('disciplinary sanctions (撤销党内职务处分)', () => {
    expect(triples('给予某某撤销党内职务处分，给予行政撤职处分并解除聘用合同。')).toEqual([]);
  });

  it('a 聘期 after an appointment is not a second act', () => {
    expect(triples('市政府聘任孔某等24人为市政府参事，聘期为5年。')).toEqual(['孔某|appoint|市政府参事']);
  });
});

describe('resignations in other wordings', () => {
  it('keeps a resignation whose post is not printed, with an empty post', () => {
    expect(triples('表决通过了市人大常委会关于接受陶某同志辞职请求的决定。')).toEqual(['陶某|remove|']);
    expect(triples('会议决定接受严某等辞去有关职务的请求。')).toEqual(['严某|remove|']);
  });

  it('reads 通过A因…、B因…请辞P的决定 as removals', () => {
    expect(triples('会议通过华某因工作变动、金某因年龄原因请辞某市政协委员的决定。')).toEqual(['华某|remove|某市政协委员', '金某|remove|某市政协委员']);
  });
});

describe('acts named by the titles of adopted decisions', () => {
  it('reads each decision of a list of 《》 titles joined by 、', () => {
    const text =
      '会议表决通过了《某某省道路条例》、《某某省人民代表大会常务委员会关于接受王某某辞去某某省人民政府副省长职务的请求的决定》、《某某省人民代表大会常务委员会关于接受钱某某等辞去有关职务的请求的决定》及人事任免事项。';
    expect(triples(text)).toEqual(['王某某|remove|某某省人民政府副省长', '钱某某|remove|']);
  });
});

describe('任前公示 reported in the news', () => {
  it('keeps the post of 拟任 whole: brackets with 、 inside and a printed 职务', () => {
    const text = '某某县委书记赵某某拟任设区市副厅级领导职务，现任某某市委书记孙某某，也拟任设区市副厅级领导职务。';
    expect(triples(text)).toEqual(['赵某某|nominate|设区市副厅级领导职务', '孙某某|nominate|设区市副厅级领导职务']);
  });

  it('nominates the names listed in a 公示 announced for a group of people', () => {
    const text =
      '今年6月7日，某省委组织部发布干部任前公示，对多名拟任县（市、区）委书记的干部进行公示。除上述3人外，进入公示名单的还有某某市市长赵某某、某某县县长钱某某、某某县县长孙某某等。';
    expect(triples(text)).toEqual(['赵某某|nominate|县（市、区）委书记', '钱某某|nominate|县（市、区）委书记', '孙某某|nominate|县（市、区）委书记']);
  });

  it('does not nominate names listed far from the 公示 or under another heading', () => {
    const text =
      '某省委组织部对多名拟任县（市、区）委书记的干部进行公示。会议听取了工作汇报。会议强调要抓好落实。会议要求各地认真贯彻。进入公示名单的还有某某市市长赵某某。';
    expect(triples(text)).toEqual([]);
    expect(triples('某某县召开表彰大会，受表彰名单的还有某某局局长赵某某、某某镇镇长钱某某。')).toEqual([]);
  });
});
