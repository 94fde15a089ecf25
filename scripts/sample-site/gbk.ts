/**
 * A GBK encoder for generation time. Node ships GBK/GB18030 decoders only, so the reverse table is
 * built by decoding every 2-byte GBK sequence with the WHATWG gb18030 decoder.
 */
let table: Map<number, number> | null = null;

function reverseTable(): Map<number, number> {
  if (table) return table;
  const decoder = new TextDecoder('gb18030');
  const map = new Map<number, number>();
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const text = decoder.decode(pair);
      const code = text.codePointAt(0);
      if (code === undefined || text.length !== 1 || code === 0xfffd) continue;
      // The first (canonical) sequence wins where two byte pairs decode to one character.
      if (!map.has(code)) map.set(code, (lead << 8) | trail);
    }
  }
  table = map;
  return map;
}

/**
 * Encodes text as GBK. Characters GBK lacks are replaced by `unmappable(char)`, which must return
 * ASCII (HTML pages pass a numeric character reference, as real GBK sites do).
 */
export function encodeGbk(text: string, unmappable: (char: string) => string): Buffer {
  const map = reverseTable();
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const bytes = map.get(code);
    if (bytes !== undefined) {
      out.push(bytes >> 8, bytes & 0xff);
      continue;
    }
    const replacement = unmappable(char);
    for (const r of replacement) {
      const rc = r.codePointAt(0) ?? 0;
      if (rc >= 0x80) throw new Error(`GBK replacement for U+${code.toString(16)} must be ASCII`);
      out.push(rc);
    }
  }
  return Buffer.from(out);
}

/** HTML numeric character reference, the usual fallback of GBK web pages. */
export const htmlCharRef = (char: string): string => `&#x${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()};`;
