import { describe, expect, it } from 'vitest';
import { decodeHtml, normaliseCharset } from '../../../shared/ingest/decode-html.ts';

// "通知" in GBK.
const gbkTongzhi = [0xcd, 0xa8, 0xd6, 0xaa];

describe('decodeHtml', () => {
  it('decodes GBK named by the meta tag', () => {
    const head = new TextEncoder().encode('<html><head><meta charset="gbk"></head><body>');
    const page = new Uint8Array([...head, ...gbkTongzhi]);
    expect(decodeHtml(page, 'text/html')).toContain('通知');
  });
  it('prefers the header charset and honours a UTF-8 BOM over both', () => {
    expect(decodeHtml(new Uint8Array(gbkTongzhi), 'text/html; charset=GB2312')).toBe('通知');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('公报')]);
    expect(decodeHtml(bom, 'text/html; charset=gbk')).toBe('公报');
  });
  it('maps GBK/GB2312 to gb18030 and unknown names to utf-8', () => {
    expect(normaliseCharset('GBK')).toBe('gb18030');
    expect(normaliseCharset('no-such-charset')).toBe('utf-8');
  });
});

describe('decodeHtml with a wrong charset header', () => {
  it('believes the page when the header garbles it', () => {
    const head = new TextEncoder().encode('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>');
    const page = new Uint8Array([...head, ...gbkTongzhi]);
    expect(decodeHtml(page, 'text/html; charset=utf-8')).toContain('通知');
  });
});
