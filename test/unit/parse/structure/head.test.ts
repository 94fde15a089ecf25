import { describe, expect, it } from 'vitest';
import { parsePublication } from '../../../../shared/parse/publication.ts';

const first = (text: string) => parsePublication(text).documents[0]!;

describe('the GB/T 9704 head of a single document', () => {
  it('joins a title printed on several lines and keeps the masthead out of it', () => {
    const doc = first(['某某市人民政府文件', '', '某政发〔2024〕7号', '', '某某市人民政府', '关于加强耕地保护', '工作的通知', '', '各县（区）人民政府：', '现将有关事项通知如下。', '某某市人民政府', '2024年3月5日'].join('\n'));
    expect(doc).toMatchObject({ title: '某某市人民政府关于加强耕地保护工作的通知', docNumber: '某政发〔2024〕7号', issuer: '某某市人民政府', date: '2024-03-05' });
  });

  it('gives every joint issuer of the signature in printed order', () => {
    const doc = first(['甲省财政厅 乙省科学技术厅关于印发资金管理办法的通知', '各有关单位：', '现印发给你们，请遵照执行。', '甲省财政厅', '乙省科学技术厅', '二〇二二年十二月十九日'].join('\n'));
    expect(doc.issuers).toEqual(['甲省财政厅', '乙省科学技术厅']);
    expect(doc.issuer).toBe('甲省财政厅');
    expect(doc.date).toBe('2022-12-19');
  });

  it('completes a 令 serial with the title and cites 国务院令 as 国令', () => {
    expect(first(['中华人民共和国国务院令', '第707号', '现公布《某某条例》，自2019年1月1日起施行。', '总理 某某', '2018年12月1日'].join('\n'))).toMatchObject({ docNumber: '国令第707号', date: '2018-12-01' });
  });

  it('reads an adoption line under the title as the date', () => {
    expect(first(['某某市物业管理条例', '（2023年5月31日某某市第十届人民代表大会常务委员会第九次会议通过）', '第一条 为了规范物业管理，制定本条例。'].join('\n'))).toMatchObject({ title: '某某市物业管理条例', date: '2023-05-31' });
  });

  it('reads a repost: the title printed again under the metadata table, the 题注 naming its makers, not the page\'s publisher', () => {
    const doc = first(['某某市立法条例', '索引号 | 000000/2025-00049 | 发文字号 | |', '关键词 | 发布机构 | 某某镇 | |', '生成日期 | 2025-04-18 16:26:24 | 是否有效 | 是 |', '某某市立法条例', '（2016年11月13日某某市第四届人民代表大会第一次会议通过）', '第一条 为了规范立法活动，制定本条例。'].join('\n'));
    expect(doc).toMatchObject({ title: '某某市立法条例', issuers: [], date: '2016-11-13' });
  });

  it('gives a consolidated text (题注 of several dates, 根据…修正) no date of its own', () => {
    const doc = first(['某某市立法条例', '（2016年11月13日某某市第四届人民代表大会第一次会议通过 根据2024年5月7日某某市第五届人民代表大会常务委员会第二十次会议《关于修改〈某某市立法条例〉的决定》修正）', '第一条 为了规范立法活动，制定本条例。'].join('\n'));
    expect(doc.date).toBeNull();
  });

  it('reads the organ of a 落款 run onto the last line with no space before it', () => {
    const doc = first(['现将有关事项公告如下：一、征收范围为某某村集体土地。附图：红线图.pdf某某县人民政府2023年3月17日。'].join('\n'));
    expect(doc).toMatchObject({ issuer: '某某县人民政府', date: '2023-03-17' });
    const notice = first(['关于实施临时交通管制的通告', '一、管制时间2023年1月20日。敬请谅解。特此通告 某某市公安局交通警察支队 2023年1月20日', '相关附件:'].join('\n'));
    expect(notice).toMatchObject({ issuer: '某某市公安局交通警察支队', date: '2023-01-20' });
  });

  it('takes an office named as the byline\'s author for the issuer of an untitled page, not the site named as its source', () => {
    const doc = first(['作者:某某县政府办 发布时间:2025-03-28 08:19 来源:某某县人民政府', '各镇（街道）人民政府（办事处），县政府各部门：', '一、检查情况', '经梳理，全县发布政策性文件2条。'].join('\n'));
    expect(doc.issuers).toEqual(['某某县政府办']);
  });

  it('reads a repost that prints the title three times, the organ and a download bar between them, then the 文号', () => {
    const title = '某某市人民政府办公厅关于批转市财政局《某某资金管理暂行办法》的通知';
    const doc = first([title, '作者:某某资料网 时间:2024-07-05 15:22:52 浏览:8974 来源:某某资料网', '下载地址: 点击此处下载', title, '某省某某市人民政府办公厅', title, '某府厅发〔2010〕18号', '各县、区人民政府：', '现将《某某资金管理暂行办法》批转给你们，请认真贯彻落实。', '二〇一〇年二月九日'].join('\n'));
    expect(doc).toMatchObject({ title, docNumber: '某府厅发〔2010〕18号', issuer: '某某市人民政府办公厅', date: '2010-02-09' });
  });

  it('reads the serial a 公告 prints in its title line as its number', () => {
    const doc = first(['某某市人民代表大会常务委员会办公室公告（第7号）', '现将《某某条例（草案）》全文公布，广泛征求意见。'].join('\n'));
    expect(doc.docNumber).toBe('某某市人民代表大会常务委员会办公室公告第7号');
  });

  it('has no title when the page starts with the body, and never promotes the first sentence', () => {
    const doc = first(['5月10日上午，某某县召开会议，研究有关事项。', '会议指出，要抓好落实。'].join('\n'));
    expect(doc.title).toBeNull();
  });

  it('skips breadcrumbs, page-info lines and column names above the title', () => {
    const doc = first(['您当前所在位置：首页 > 政务公开', '通知公告', '关于某某路段临时交通管制的通告', '发布时间：2024-01-02 来源：本网', '为保障活动顺利进行，决定实施交通管制。'].join('\n'));
    expect(doc.title).toBe('关于某某路段临时交通管制的通告');
    expect(doc.text).not.toContain('发布时间');
  });

  it('splits a title from the 文号 and body run onto its line', () => {
    expect(first('某某县人民政府征地补偿安置方案公告(某征补〔2024〕3号)根据有关规定，现将方案公告如下。')).toMatchObject({ title: '某某县人民政府征地补偿安置方案公告', docNumber: '某征补〔2024〕3号', issuer: '某某县人民政府' });
  });

  it('reads a session-numbered 公告 number', () => {
    expect(first(['某某人民代表大会常务委员会公告', '〔十一届〕第二十五号', '现将有关事项公告如下。'].join('\n')).docNumber).toBe('〔十一届〕第二十五号');
  });

  it('prefers the page metadata to a guess, but the signed 落款 to the page', () => {
    const text = ['各单位：', '现将有关事项通知如下。', '某某局', '2024年3月5日'].join('\n');
    const doc = parsePublication(text, { pageMetadata: { 标题: '某某局关于 开展检查的通知', 发文字号: '某发[2024] 2 号', 成文日期: '2024-03-01', 发文机关: '某某局办公室' } }).documents[0]!;
    expect(doc).toMatchObject({ title: '某某局关于开展检查的通知', docNumber: '某发〔2024〕2号', date: '2024-03-05' });
  });
});

describe('a 令 or 公告 that promulgates a regulation', () => {
  it('is read as the regulation: its name, the 令 number, the promulgation date', () => {
    const doc = first(['某某省人民政府令', '第15号', '《某某省气象灾害防御办法》已经2020年1月2日省政府常务会议通过，现予公布，自2020年3月1日起施行。', '省长 某某', '2020年1月10日', '某某省气象灾害防御办法', '第一条 为了防御气象灾害，制定本办法。'].join('\n'));
    expect(doc).toMatchObject({ title: '某某省气象灾害防御办法', docNumber: '某某省人民政府令第15号', date: '2020-01-10', issuer: '某某省人民政府' });
  });

  it('gives the forwarding organ as the issuer of a 转发 notice', () => {
    expect(first(['某某市人民政府办公室转发市财政局关于某项资金管理办法的通知', '各县（区）人民政府：', '现转发给你们。'].join('\n')).issuers).toEqual(['某某市人民政府办公室']);
  });
});
