import { describe, expect, it } from 'vitest';
import { readHtmlPage } from '../../../../../shared/ingest/text/html/read-page.ts';

/** A TRS-style page: meta tags, navigation, breadcrumb, metadata list, title and 文号 above a TRS_Editor body. */
const trsPage = `<!DOCTYPE html><html><head>
<meta charset="utf-8"><meta name="ArticleTitle" content="某市人民政府关于调整某项标准的通知">
<meta name="PubDate" content="2024-03-05 10:20"><meta name="ContentSource" content="某市司法局">
<meta name="ColumnName" content="市政府文件"><meta name="Keywords" content="标准,调整">
<title>某市人民政府关于调整某项标准的通知_市政府文件_某市人民政府</title>
<script>document.write('<p>不是正文</p>')</script><style>.x{}</style></head>
<body><div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li></ul></div>
<div class="main"><div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>
<div class="xxgk_box"><ul>
<li>索&ensp;引&ensp;号：<font>ABC-2024-001</font></li><li>主题分类：<font>综合政务</font></li>
<li>发文机关：<font>某市人民政府</font></li><li>成文日期：<font>2024-03-01</font></li>
<li>标&ensp;&ensp;题：<font>某市人民政府关于调整某项标准的通知</font></li>
<li>发文字号：<font>某政〔2024〕5号</font></li><li>发布日期：<font>2024-03-05</font></li><li>有&ensp;效&ensp;性：<em>有效</em></li>
</ul></div>
<div class="article"><div class="article_title">某市人民政府关于调整某项标准的通知</div>
<div class="article_title_sec">某政〔2024〕5号</div>
<div class="article_extend"><span>来源：某市司法局</span> <span>时间：2024-03-05 10:20</span>
<span class="share"><a href="javascript:;">微信</a><a href="javascript:;">微博</a></span></div>
<div class="article_content"><div class="TRS_Editor"><p>各区人民政府：</p><p>现将有关事项通知如下：</p>
<p>一、标准调整为每月100元。</p><table><tr><td>项目</td><td>标准</td></tr><tr><td>甲</td><td>100元</td></tr><tr><td></td><td>合计</td></tr></table>
<p style="text-align:right">某市人民政府<br>2024年3月1日</p></div></div>
<div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div></div>
<div class="footer"><p>主办：某市人民政府办公室 备案号：X</p></div></body></html>`;

describe('readHtmlPage on a TRS-style page', () => {
  const r = readHtmlPage(trsPage);

  it('reads the title, the 文号 under it and the TRS_Editor body, in order, as lines', () => {
    expect(r.contentBy).toBe('cms');
    expect(r.lines).toEqual([
      '某市人民政府关于调整某项标准的通知',
      '某政〔2024〕5号',
      '各区人民政府：',
      '现将有关事项通知如下：',
      '一、标准调整为每月100元。',
      '项目\t标准',
      '甲\t100元',
      '\t合计',
      '某市人民政府',
      '2024年3月1日',
    ]);
  });

  it('drops navigation, breadcrumb, share bar, info line, print/close buttons, footer, scripts and the metadata box', () => {
    const text = r.lines.join('\n');
    for (const chrome of ['首页', '当前位置', '微信', '来源：', '打印本页', '关闭窗口', '备案号', '不是正文', '索引号', '有效']) {
      expect(text).not.toContain(chrome);
    }
  });

  it('returns the metadata box and meta tags under the Chinese keys, box first', () => {
    expect(r.metadata).toEqual({
      标题: '某市人民政府关于调整某项标准的通知',
      发文字号: '某政〔2024〕5号',
      发文机关: '某市人民政府',
      成文日期: '2024-03-01',
      发布日期: '2024-03-05',
      索引号: 'ABC-2024-001',
      主题分类: '综合政务',
      有效性: '有效',
      来源: '某市司法局',
      栏目: '市政府文件',
      关键词: '标准,调整',
    });
  });
});

/** A www.gov.cn style fragment: no <html>, a metadata table, the body in td#UCAP-CONTENT without its title. */
const govFragment = `<div class="wrap"><table><tbody>
<tr><td><b>索 引 号：</b></td><td>000000/2020-001</td><td><b>主题分类：</b></td><td>综合政务\\其他</td></tr>
<tr><td><b>发文机关：</b></td><td>某部</td><td><b>成文日期：</b></td><td>2020年01月02日</td></tr>
<tr><td><b>标　　题：</b></td><td colspan="3">某部关于某事的通知</td></tr>
<tr><td><b>发文字号：</b></td><td>某发〔2020〕1号</td><td><b>发布日期：</b></td><td>2020年01月05日</td></tr>
</tbody></table>
<table><tr><td><table><tr><td id="UCAP-CONTENT"><p>某发〔2020〕1号</p><p>各单位：</p><p>请遵照执行。</p>
<p>某部</p><p>2020年1月2日</p></td></tr></table></td></tr></table></div>`;

describe('readHtmlPage on a fragment', () => {
  const r = readHtmlPage(govFragment);

  it('puts the title the page states on top when the body lacks it, and reads the table box', () => {
    expect(r.lines).toEqual(['某部关于某事的通知', '某发〔2020〕1号', '各单位：', '请遵照执行。', '某部', '2020年1月2日']);
    expect(r.metadata).toMatchObject({ 标题: '某部关于某事的通知', 发文字号: '某发〔2020〕1号', 发文机关: '某部', 成文日期: '2020年01月02日', 发布日期: '2020年01月05日', 主题分类: '综合政务\\其他' });
  });
});

describe('readHtmlPage without a known container', () => {
  it('falls back to text density, leaving link lists and footers out', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/n${i}.html">栏目链接${i}</a></li>`).join('');
    const html = `<body><div id="a"><ul>${links}</ul></div><div id="b"><div><p>第一段正文内容比较长，说明具体事项。</p><p>第二段正文，继续说明。</p><p>第三段正文。</p></div></div><div id="c"><p>版权所有</p></div></body>`;
    const r = readHtmlPage(html);
    expect(r.contentBy).toBe('density');
    expect(r.lines).toEqual(['第一段正文内容比较长，说明具体事项。', '第二段正文，继续说明。', '第三段正文。']);
  });

  it('joins a title printed over two lines and keeps <br> lines apart', () => {
    const html = `<div id="zoom"><p>某县人民政府</p><p>关于某事的决定</p><p>第一行<br/>第二行</p></div>`;
    const r = readHtmlPage(`<html><head><meta name="ArticleTitle" content="某县人民政府关于某事的决定"></head><body>${html}</body></html>`);
    expect(r.lines).toEqual(['某县人民政府关于某事的决定', '第一行', '第二行']);
  });

  it('removes a source line break between Chinese characters, as a browser shows it', () => {
    const r = readHtmlPage('<div class="TRS_Editor"><p>中华人民\n    共和国 and\n  English</p></div>');
    expect(r.lines).toEqual(['中华人民共和国 and English']);
  });
});

describe('readHtmlPage on loose fragments', () => {
  it('keeps text outside any element when the fragment has several roots', () => {
    const r = readHtmlPage('某县人民政府关于某事的通知<p>各乡镇：</p><p>现通知如下。</p>特此通知。');
    expect(r.lines).toEqual(['某县人民政府关于某事的通知', '各乡镇：', '现通知如下。', '特此通知。']);
  });

  it('leaves hidden elements out', () => {
    const r = readHtmlPage('<div class="TRS_Editor"><p>正文</p><p style="display: none">隐藏</p><p hidden>也隐藏</p></div>');
    expect(r.lines).toEqual(['正文']);
  });
});
