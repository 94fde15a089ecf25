/**
 * Decodes an HTML page: charset from BOM, then the Content-Type header, then a <meta> tag;
 * GBK/GB2312 are decoded as gb18030 (their superset; the 'gbk' table is older).
 */
export function decodeHtml(bytes: Uint8Array, contentTypeHeader: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  const fromHeader = /charset\s*=\s*["']?([\w-]+)/i.exec(contentTypeHeader ?? '')?.[1];
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  return new TextDecoder(normaliseCharset(fromHeader ?? fromMeta ?? 'utf-8')).decode(bytes);
}

export function normaliseCharset(charset: string): string {
  const c = charset.toLowerCase();
  if (c === 'gbk' || c === 'gb2312' || c === 'gb_2312-80' || c === 'x-gbk' || c === 'gb18030') return 'gb18030';
  try {
    new TextDecoder(c);
    return c;
  } catch {
    return 'utf-8';
  }
}
