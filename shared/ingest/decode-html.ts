/**
 * Decodes an HTML page or an XML feed: charset from BOM, then the Content-Type header, then a <meta> tag or
 * the XML declaration's encoding (when they disagree, the reading that looks like Chinese text wins);
 * GBK/GB2312 are decoded as gb18030 (their superset; the 'gbk' table is older). Only when nothing declares
 * a charset is it sniffed: UTF-8 when the bytes are valid UTF-8, else gb18030.
 */
export function decodeHtml(bytes: Uint8Array, contentTypeHeader: string | null): string {
  return new TextDecoder(detectCharset(bytes, contentTypeHeader)).decode(bytes);
}

/** The charset decodeHtml reads the bytes with (a name TextDecoder knows; GBK family as gb18030). */
export function detectCharset(bytes: Uint8Array, contentTypeHeader: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  const fromHeader = /charset\s*=\s*["']?([\w-]+)/i.exec(contentTypeHeader ?? '')?.[1];
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  const fromXmlDeclaration = /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head)?.[1];
  const candidates = [...new Set([fromHeader, fromMeta, fromXmlDeclaration].filter((c): c is string => !!c).map(normaliseCharset))];
  if (candidates.length === 0) return sniffCharset(bytes);
  if (candidates.length === 1) return candidates[0] ?? 'utf-8';
  // A wrong header is common on government sites: when header and page disagree, keep the reading that looks like Chinese text.
  const scored = candidates.map((c) => ({ c, score: plausibility(new TextDecoder(c).decode(bytes)) }));
  return scored.reduce((best, r) => (r.score > best.score ? r : best)).c;
}

/** No declaration: valid UTF-8 is UTF-8; anything else from a Chinese site is read as gb18030. */
function sniffCharset(bytes: Uint8Array): string {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true }); // a cut-off last character is not a verdict
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** CJK ideographs count for a reading, replacement characters heavily against it. */
function plausibility(text: string): number {
  let score = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0xfffd) score -= 10;
    else if (cp >= 0x4e00 && cp <= 0x9fff) score += 1;
  }
  return score;
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
