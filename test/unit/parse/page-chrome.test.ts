import { describe, expect, it } from 'vitest';
import { CHROME_MARK, CHROME_MARK_CHARS, CHROME_MARK_WORDS, chromeFields, chromeFieldsOf, chromeKind } from '../../../shared/parse/page-chrome.ts';
import { describeLine } from '../../../shared/parse/line-kinds.ts';
import { prepareLines } from '../../../shared/parse/prepare-lines.ts';
import { corpusLabels, corpusText, hasCorpus } from './corpus-reading.ts';

describe('page chrome', () => {
  it.each([
    ['您当前所在位置：首页 > 政务公开 > 通知公告', 'breadcrumb'],
    ['当前位置:首页 -> 信息公开', 'breadcrumb'],
    ['链接：https://example.cn/a.html', 'crawler'],
    ['文件状态：现行有效', 'crawler'],
    ['【打印】【关闭】', 'share'],
    ['<!-- content start -->', 'markup'],
    ['![](logo.png)', 'markup'],
    ['索引号 | 000000-00/2024-00001 | 发布机构 | 某某局 |', 'metadata'],
    ['- 发文字号：', 'metadata'],
    ['发布时间：2024-01-02 来源：本网', 'page-info'],
  ])('%s → %s', (line, kind) => expect(chromeKind(line.normalize())).toBe(kind));

  it.each([['时间：2024年1月22日上午9:00'], ['联系电话：0000-1234567'], ['关于做好征地补偿工作的通知'], ['各乡镇人民政府：'], ['特此公告。']])(
    'a document line is not chrome: %s',
    (line) => expect(chromeKind(line)).toBeNull(),
  );

  it('reads the fields of a metadata row', () => {
    expect(chromeFields('文号 | 某政发〔2024〕1号 | 成文日期 | 2024-01-02 |')).toEqual([
      ['发文字号', '某政发〔2024〕1号'],
      ['成文日期', '2024-01-02'],
    ]);
  });

  it.skipIf(!hasCorpus)('never takes a labelled title for chrome, and marks every breadcrumb of the corpus', () => {
    for (const label of corpusLabels()) {
      const prepared = prepareLines(corpusText(label.id));
      prepared.info.forEach((li, i) => {
        if (label.title && li.plain.replace(/\s/g, '') === prepareLines(label.title).lines[0]?.replace(/\s/g, '')) expect(li.chrome, `${label.id}:${i}`).toBeNull();
        if (/^(?:您)?当前(?:所在)?(?:的)?位置[:：]/.test(li.plain)) expect(li.chrome, `${label.id}:${i}`).toBe('breadcrumb');
      });
    }
  });
});

describe('a metadata box laid out one cell a line', () => {
  it('keeps field names and values out of the document and reads them as page metadata', () => {
    const text = ['当前位置：', '首页', '索 引 号：', 'XX00101-2024-00001', '发文机关：', '某某县人民政府', '成文日期：', '2024-04-28', '有 效 性：', '有效', '某某县人民政府关于某事项的通知', '各乡镇：', '现将有关事项通知如下。'].join('\n');
    const prepared = prepareLines(text);
    expect(prepared.info.filter((li) => li.chrome === 'metadata').map((li) => li.plain)).toEqual(['索引号：', 'XX00101-2024-00001', '发文机关：', '某某县人民政府', '成文日期：', '2024-04-28', '有效性：', '有效']);
    expect(chromeFieldsOf(prepared)).toMatchObject({ 索引号: 'XX00101-2024-00001', 发文机关: '某某县人民政府', 成文日期: '2024-04-28', 有效性: '有效' });
  });

  it('does not take a title for the value of a short field', () => {
    const prepared = prepareLines(['时效性：', '某某市立法条例', '第一条 为了规范立法活动，制定本条例。'].join('\n'));
    expect(prepared.info[1]!.chrome).toBeNull();
  });
});

describe("an e-paper's page navigation", () => {
  it('marks the column names printed between its page lines as navigation, and keeps the article', () => {
    const p = prepareLines(['|', '版面导航 |', '第01版', '导读 |', '第02版', '要闻/时评 |', '第03版', '某某·焦点 |', '|', '标题导航 |', '本报综合消息 4月11日上午，某某会议在某地举行。'].join('\n'));
    const kept = p.info.filter((li) => !li.blank && !li.noise).map((li) => li.plain);
    expect(kept).toEqual(['本报综合消息4月11日上午，某某会议在某地举行。']);
  });

  it('keeps a short headline under a page line when the article follows it', () => {
    const p = prepareLines(['第02版', '春耕正当时', '本报讯 3月5日，某某县开始春耕。'].join('\n'));
    expect(p.info[1]).toMatchObject({ noise: false, chrome: null });
  });

  it('takes a download bar for chrome', () => {
    expect(chromeKind('下载地址: 点击此处下载')).toBe('share');
  });
});

describe('the chrome marks a line is scanned for', () => {
  it('are the characters and words of CHROME_MARK (describeLine builds its one scan from them)', () => {
    expect(CHROME_MARK.source).toBe(`[${CHROME_MARK_CHARS}]|${CHROME_MARK_WORDS.source}`);
  });

  it.each([['首页 › 政务公开 › 正文', 'breadcrumb'], ['【打印本页】', 'share'], ['文章 打印 关闭', 'share'], ['- 索引号：000014349/2018-00219', 'metadata']])(
    '%s is found by its mark → %s',
    (line, kind) => expect(describeLine(line).chrome).toBe(kind),
  );
});
