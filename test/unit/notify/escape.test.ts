import { describe, expect, it } from 'vitest';
import { escapeHtml, plainText, safeHref } from '../../../shared/notify/escape.ts';

describe('escapeHtml', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;',
    );
    expect(escapeHtml('离政发〔2023〕3号')).toBe('离政发〔2023〕3号');
  });
});

describe('safeHref', () => {
  it('keeps http(s) and mailto links, escaped for an attribute', () => {
    expect(safeHref('https://example.gov.cn/a?x=1&y="2"')).toBe('https://example.gov.cn/a?x=1&amp;y=%222%22');
    expect(safeHref('mailto:unsubscribe@example.com')).toBe('mailto:unsubscribe@example.com');
  });

  it('drops scripts, data and garbage', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' JavaScript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
  });
});

describe('plainText', () => {
  it('normalises line breaks and drops control characters', () => {
    expect(plainText('a\r\nb\rc\u0007d\te')).toBe('a\nb\ncd\te');
  });
});
