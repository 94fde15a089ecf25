import { describe, expect, it } from 'vitest';
import { renderDigest } from '../../../shared/notify/render-digest.ts';
import { links, loadChange, subscription } from './helpers.ts';

const taiyuanLand = loadChange('land-recovery-taiyuan');
const lishiAppointment = loadChange('appointment-lishi-remove');
const lishiLand = loadChange('land-requisition-lishi-revised');
const relics = loadChange('regulation-shanxi-relics');
const shanyin = loadChange('appointment-shanyin');
const hostile = loadChange('hostile-other');

const all = [lishiAppointment, relics, hostile, lishiLand, shanyin, taiyuanLand];

/** The HTML's text with tags removed and entities for & < > " ' decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Tag names used in the HTML: anything a document smuggled in would show up here. */
function tagNames(html: string): Set<string> {
  return new Set([...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => (m[1] ?? '').toLowerCase()));
}

describe('renderDigest', () => {
  const mail = renderDigest({ subscription: subscription(), changes: all, period: '2026-11-22', links });

  it('names the period and the counts in the subject', () => {
    expect(mail.subject).toBe('【公报哨兵】每日摘要（2026年11月22日）：土地征收与补偿 2 条、人事任免 2 条、新法规 1 条、其他 1 条');
    const weekly = renderDigest({ subscription: subscription(), changes: [relics], period: '2026-W47', links });
    expect(weekly.subject).toBe('【公报哨兵】每周摘要（2026年第47周，11月16日—11月22日）：新法规 1 条');
    const adHoc = renderDigest({ subscription: subscription(), changes: [shanyin], period: null, links });
    expect(adHoc.subject).toBe('【公报哨兵】新变化汇总：人事任免 1 条');
  });

  it('groups by category, land first, in both parts', () => {
    for (const body of [mail.html, mail.text]) {
      const positions = ['土地征收与补偿（2）', '人事任免（2）', '新法规（1）', '其他（1）'].map((h) => body.indexOf(h));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      // Newest document first inside a section.
      expect(body.indexOf('晋源学校')).toBeLessThan(body.indexOf('滨河北西路'));
      expect(body.indexOf('滨河北西路')).toBeLessThan(body.indexOf('贺尔荣'));
      expect(body.indexOf('崔卫平')).toBeLessThan(body.indexOf('贺尔荣'));
    }
  });

  it('shows the metadata and the extracted facts of each kind', () => {
    for (const body of [mail.text, visibleText(mail.html)]) {
      expect(body).toContain('文号：离政发〔2023〕3号');
      expect(body).toContain('来源：吕梁市离石区人民政府公报');
      expect(body).toContain('日期：2023年4月6日');
      // Land: location, area, compensation, deadline with its calendar date.
      expect(body).toContain('位置：晋源区南中环街以南、晋阳大道以东、冶峪河快速路以北');
      expect(body).toContain('面积：5217.08平方米');
      expect(body).toContain('期限（办理国有土地使用权注销手续）：自本通告发布之日起15日内 → 截止 2023年10月7日');
      expect(body).toContain('补偿标准：签约搬迁奖励：10日内签约并按期搬迁交房的，正房奖励400元/m²');
      expect(body).toContain('期限（签约）：征收期限30日，分户的初步评估结果公示之日起计算 → 具体日期未能推算，请查看原文');
      // Appointments: who, appointed or removed, which post.
      expect(body).toContain('任命：崔卫平 — 县公安局政委');
      expect(body).toContain('免去：李永章 — 县教育局副局长');
      expect(body).toContain('免去：贺尔荣 — 区现代农业发展服务中心副主任');
      // Regulation: effective date and repeals.
      expect(body).toContain('施行日期：2024年1月1日');
      expect(body).toContain('同时废止：《山西省文物安全管理暂行办法》');
    }
  });

  it('says what changed in a revision and links to the diff view', () => {
    expect(mail.text).toContain('修订内容：新增 2 处，删除 1 处，修改 3 处');
    expect(mail.text).toContain('    原：征收期限20日\n    现：征收期限30日');
    expect(mail.text).toContain(`查看修订对比：${links.diffUrl('diff/lishi-gazette/binhe/v1-v2.html')}`);
    expect(mail.html).toContain(`<a href="${links.diffUrl('diff/lishi-gazette/binhe/v1-v2.html')}">查看修订对比</a>`);
    expect(mail.html).toContain('修订（第 2 版）');
  });

  it('links the original and the archived copy of every source', () => {
    expect(mail.html).toContain('<a href="https://example.gov.cn/lishi/zwgk/2023/0518/binhe.html">原文（离石区人民政府网站）</a>');
    expect(mail.html).toContain(`<a href="${links.archiveUrl('raw/lishi-site/2023/0518/binhe.html')}">存档副本（离石区人民政府网站）</a>`);
    expect(mail.text).toContain(`存档副本：${links.archiveUrl('raw/taiyuan-daily/2023-09-22/03.pdf')}`);
  });

  it('escapes everything that comes from a document', () => {
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; 关于&quot;通知&quot;的 &amp; 通知');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(&#39;x&#39;)&gt;');
    expect(mail.html).toContain('离政发〔2023〕&lt;i&gt;9&lt;/i&gt;号');
    expect(mail.html).not.toContain('javascript:');
    expect(mail.html).not.toContain('href="https://phish.example"');
    expect([...tagNames(mail.html)].sort()).toEqual(['a', 'body', 'div', 'h1', 'h2', 'h3', 'head', 'hr', 'html', 'meta', 'p', 'span', 'strong', 'title', 'br', 'del', 'ins'].sort());
    const hrefs = [...mail.html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(hrefs.length).toBeGreaterThan(10);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
    // The hostile item's unsafe link is shown as plain text, not linked, in both parts.
    expect(mail.text).not.toContain('javascript:');
    expect(mail.text).toContain('原文：（链接不可用）');
    expect(mail.text).not.toContain('\r');
  });

  it('ends with the preferences and unsubscribe links', () => {
    expect(mail.html).toContain(`<a href="${links.preferencesUrl}">修改订阅条件</a>`);
    expect(mail.html).toContain(`<a href="${links.unsubscribeUrl}">退订</a>`);
    expect(mail.text).toContain(`退订：${links.unsubscribeUrl}`);
    expect(mail.text).toContain(`修改订阅条件：${links.preferencesUrl}`);
    expect(mail.html.indexOf('退订')).toBeGreaterThan(mail.html.indexOf('其他（1）'));
  });

  it('greets by name when known, lists each change once, and refuses an empty digest', () => {
    expect(mail.text).toContain('王律师，您好：');
    const anonymous = renderDigest({ subscription: subscription({}, { name: null }), changes: [relics, relics], period: null, links });
    expect(anonymous.text).toContain('\n您好：');
    expect(anonymous.text.match(/山西日报/g)).toHaveLength(1);
    expect(anonymous.subject).toContain('新法规 1 条');
    expect(() => renderDigest({ subscription: subscription(), changes: [], period: '2026-11-22', links })).toThrow('no changes');
  });
});
