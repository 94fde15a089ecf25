import { describe, expect, it } from 'vitest';
import { attachmentsOf } from '../../../../../shared/ingest/discovery/detail-attachments.ts';
import { discover } from '../../../../../shared/ingest/discovery/discover.ts';
import { ATTACHMENT_PATTERN } from '../../../../../shared/model/discovery-families.ts';
import { sourceSchema } from '../../../../../shared/model/source.ts';
import { fakeSite, html } from './fake-site.ts';

const B = 'https://www.example.gov.cn/zwgk/gsgg';
const discovery = (maxDetails = 10) =>
  sourceSchema.shape.discovery.parse({ method: 'detail-attachments', list: { method: 'html-index', indexUrl: `${B}/index.html`, linkPattern: '/t\\d{8}_\\d+\\.html$' }, maxDetails });

describe('attachments of a detail page', () => {
  it('PDF, .docx, .doc (any case, query strings allowed), each once; other links are not', () => {
    const page = html(`<a href="./P020240105.pdf">附件1：征地公告.pdf</a><a href="/up/补偿标准.DOCX">附件2</a><a href="/up/a.doc?v=2">a.doc</a>
      <a href="./P020240105.pdf">下载</a><a href="/up/img.png">图</a><a href="/zwgk/">政务公开</a>`);
    expect(attachmentsOf(page, `${B}/202401/t20240105_1.html`, new RegExp(ATTACHMENT_PATTERN, 'i')).map((a) => a.url)).toEqual([
      `${B}/202401/P020240105.pdf`,
      'https://www.example.gov.cn/up/%E8%A1%A5%E5%81%BF%E6%A0%87%E5%87%86.DOCX',
      'https://www.example.gov.cn/up/a.doc?v=2',
    ]);
  });
});

describe('discovery through detail pages', () => {
  const site = () =>
    fakeSite({
      [`${B}/index.html`]: html(`<li><a href="./202401/t20240110_3.html">征收土地预公告</a><span>2024-01-10</span></li>
        <li><a href="./202401/t20240108_2.html">关于某事的说明</a></li><li><a href="./202401/t20240105_1.html">已删除的公告</a></li>`),
      [`${B}/202401/t20240110_3.html`]: html('<p>正文见附件</p><a href="./P1.pdf">附件1：预公告.pdf</a><a href="./P2.docx">附件2：勘测定界图.docx</a>'),
      [`${B}/202401/t20240108_2.html`]: html('<p>这是正文，没有附件。</p>'),
    });

  it('each attachment is an issue titled and dated by its detail page; a page without one is itself the issue; a missing page is skipped', async () => {
    const s = site();
    const found = await discover(discovery(), s.ctx());
    expect(found.status === 'found' && found.issues.map((i) => [i.url.slice(B.length), i.title, i.publishedAt])).toEqual([
      ['/202401/P1.pdf', '征收土地预公告（预公告.pdf）', '2024-01-10T00:00:00+08:00'],
      ['/202401/P2.docx', '征收土地预公告（勘测定界图.docx）', '2024-01-10T00:00:00+08:00'],
      ['/202401/t20240108_2.html', '关于某事的说明', '2024-01-08T00:00:00+08:00'],
    ]);
  });

  it('reads at most maxDetails detail pages, and none robots.txt disallows', async () => {
    const s = site();
    await discover(discovery(1), s.ctx());
    expect(s.requests).toEqual([`${B}/index.html`, `${B}/202401/t20240110_3.html`]);
    const r = site();
    const found = await discover(discovery(), r.ctx({ allows: async (u) => !u.includes('t20240110_3') }));
    expect(found.status === 'found' && found.issues.map((i) => i.url.slice(B.length))).toEqual(['/202401/t20240108_2.html']);
  });
});
