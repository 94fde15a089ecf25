import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../../shared/ingest/decode-html.ts';
import { discoverFromFeed, parseFeed, parseFeedDate } from '../../../../shared/ingest/discovery/feed.ts';
import type { HttpResponse } from '../../../../shared/ingest/http-client.ts';

const feedUrl = 'http://www.example.gov.cn/zfgb/rss.xml';

const rss = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>某县人民政府 政府公报</title>
  <link>http://www.example.gov.cn/zfgb/</link>
  <atom:link href="http://www.example.gov.cn/zfgb/rss.xml" rel="self" type="application/rss+xml"/>
  <item>
    <title><![CDATA[某县人民政府公报2024年第1期 <新>]]></title>
    <link>http://www.example.gov.cn/zfgb/2024/gb-2024-01.pdf</link>
    <guid isPermaLink="false">gb-2024-01</guid>
    <pubDate>Mon, 06 May 2024 10:00:00 +0800</pubDate>
  </item>
  <item>
    <title>关于印发&lt;实施方案&gt;的通知 &amp; 附件</title>
    <link>./2024/t20240507_12.html#top</link>
    <pubDate>2024-05-07 09:30:00</pubDate>
  </item>
  <item>
    <title>重复 listed twice</title>
    <link>http://www.example.gov.cn/zfgb/2024/gb-2024-01.pdf</link>
  </item>
  <item>
    <title>只有 guid</title>
    <guid>http://www.example.gov.cn/zfgb/2024/t20240508_13.html</guid>
    <dc:date>2024-05-08T08:00:00+08:00</dc:date>
  </item>
  <item><title>没有链接 no link</title><description>x</description></item>
  <item><title>脚本</title><link>javascript:alert(1)</link><pubDate>Tue, 07 May 2024 10:00:00 CST</pubDate></item>
</channel>
</rss>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>政府文件</title>
  <link href="http://www.example.gov.cn/zfwj/" rel="alternate"/>
  <updated>2024-05-08T00:00:00Z</updated>
  <entry>
    <title type="html">&lt;b&gt;关于调整&lt;/b&gt;征收补偿标准的通知</title>
    <link rel="enclosure" href="/zfwj/2024/bz.pdf" type="application/pdf"/>
    <link rel="alternate" href="/zfwj/2024/t20240508_1.html"/>
    <id>urn:x:1</id>
    <updated>2024-05-09T01:00:00Z</updated>
    <published>2024-05-08T09:00:00+08:00</published>
  </entry>
  <entry>
    <title>只有 enclosure</title>
    <link rel="enclosure" href="http://www.example.gov.cn/zfwj/2024/fj.pdf"/>
    <updated>2024-05-07T12:00:00Z</updated>
  </entry>
</feed>`;

describe('feed parsing', () => {
  it('reads RSS 2.0 items: link (else a permalink guid), title with CDATA and entities, pubDate, each URL once', () => {
    expect(parseFeed(rss, feedUrl)).toEqual([
      { url: 'http://www.example.gov.cn/zfgb/2024/gb-2024-01.pdf', title: '某县人民政府公报2024年第1期 <新>', publishedAt: '2024-05-06T02:00:00.000Z' },
      { url: 'http://www.example.gov.cn/zfgb/2024/t20240507_12.html', title: '关于印发<实施方案>的通知 & 附件', publishedAt: '2024-05-07T01:30:00.000Z' },
      { url: 'http://www.example.gov.cn/zfgb/2024/t20240508_13.html', title: '只有 guid', publishedAt: '2024-05-08T00:00:00.000Z' },
    ]);
  });

  it('reads Atom entries: the alternate link (else the enclosure), html titles as text, published else updated', () => {
    expect(parseFeed(atom, 'http://www.example.gov.cn/zfwj/atom.xml')).toEqual([
      { url: 'http://www.example.gov.cn/zfwj/2024/t20240508_1.html', title: '关于调整征收补偿标准的通知', publishedAt: '2024-05-08T01:00:00.000Z' },
      { url: 'http://www.example.gov.cn/zfwj/2024/fj.pdf', title: '只有 enclosure', publishedAt: '2024-05-07T12:00:00.000Z' },
    ]);
  });

  it('reads feed dates: RFC 822, RFC 3339, zone-less Beijing time and CST as China Standard Time', () => {
    expect(parseFeedDate('Mon, 06 May 2024 10:00:00 GMT')).toBe('2024-05-06T10:00:00.000Z');
    expect(parseFeedDate('2024-05-06T10:00:00+08:00')).toBe('2024-05-06T02:00:00.000Z');
    expect(parseFeedDate('2024-5-6')).toBe('2024-05-05T16:00:00.000Z');
    expect(parseFeedDate('2024/05/06 10:00')).toBe('2024-05-06T02:00:00.000Z');
    expect(parseFeedDate('Mon, 06 May 2024 10:00:00 CST')).toBe('2024-05-06T02:00:00.000Z');
    expect(parseFeedDate('昨天')).toBeNull();
    expect(parseFeedDate('')).toBeNull();
  });

  it('refuses something that is not a feed with a clear reason', () => {
    expect(() => parseFeed('<html><body>404 页面不存在</body></html>', feedUrl)).toThrow(/not an RSS or Atom feed/);
  });

  it('decodes a GBK feed named in its XML declaration', () => {
    const head = Buffer.from('<?xml version="1.0" encoding="GBK"?><rss version="2.0"><channel><item><title>');
    const title = Buffer.from([0xcd, 0xa8, 0xd6, 0xaa]); // 通知
    const tail = Buffer.from('</title><link>http://a.gov.cn/1.html</link></item></channel></rss>');
    const xml = decodeHtml(new Uint8Array(Buffer.concat([head, title, tail])), 'application/xml');
    expect(parseFeed(xml, feedUrl)[0]?.title).toBe('通知');
  });

  it('discovers issues from a feed with conditional GET, filtered by the optional link pattern', async () => {
    const seen: Record<string, string>[] = [];
    const response = (status: number, body: string): HttpResponse => ({
      status,
      url: feedUrl,
      headers: new Headers({ etag: '"v2"', 'last-modified': 'Tue, 07 May 2024 02:00:00 GMT', 'content-type': 'application/rss+xml; charset=utf-8' }),
      bytes: new TextEncoder().encode(body),
    });
    const ctx = (status: number) => ({
      get: async (_url: string, headers?: Record<string, string>) => {
        seen.push(headers ?? {});
        return response(status, status === 304 ? '' : rss);
      },
      previous: { etag: '"v1"', lastModified: null },
      now: new Date(),
    });
    const found = await discoverFromFeed({ feedUrl, linkPattern: '\\.pdf$' }, ctx(200));
    expect(found).toEqual({
      status: 'found',
      issues: [{ url: 'http://www.example.gov.cn/zfgb/2024/gb-2024-01.pdf', title: '某县人民政府公报2024年第1期 <新>', publishedAt: '2024-05-06T02:00:00.000Z', mayBeAbsent: false }],
      validators: { etag: '"v2"', lastModified: 'Tue, 07 May 2024 02:00:00 GMT' },
    });
    expect(seen[0]).toEqual({ 'if-none-match': '"v1"' });
    expect(await discoverFromFeed({ feedUrl }, ctx(304))).toEqual({ status: 'not-modified' });
  });
});
