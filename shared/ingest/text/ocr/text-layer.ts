/**
 * Is a page's text layer worth reading? A scan has none; a badly made PDF has one that is garbage: no
 * CJK at all on a Chinese page (glyphs mapped to private-use or Latin codes), replacement characters,
 * or GBK bytes read as Latin-1 ("ÉÌÎñ"). Such pages are OCR'd instead.
 */
export type LayerVerdict = { usable: true } | { usable: false; reason: string };

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/gu;
const MOJIBAKE = /[\u00c0-\u00ff\ufffd\ue000-\uf8ff]/gu;
/** Below this many characters, a layer without any CJK is taken as no layer (a stray page number or stamp). */
export const MIN_LAYER_CHARS = 20;

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

/**
 * A short layer with Chinese in it is real text (a page that only says （附件详见县政府网站）, a signature
 * page): OCR'ing it would only mark the page as scanned in mails. Only an empty layer, a garbage one, or a
 * few characters without any CJK send a page to OCR.
 */
export function judgeTextLayer(lines: readonly string[]): LayerVerdict {
  const text = lines.join('').replace(/\s+/g, '');
  if (text.length === 0) return { usable: false, reason: '无文字层 no text layer' };
  const cjk = count(text, CJK);
  const bad = count(text, MOJIBAKE);
  if (bad > text.length * 0.05) return { usable: false, reason: `文字层乱码 garbage text layer (${bad}/${text.length} mojibake)` };
  if (cjk === 0) {
    return { usable: false, reason: text.length < MIN_LAYER_CHARS ? `文字层过少 (${text.length} 字) almost no text layer` : '文字层无中文 text layer without CJK' };
  }
  return { usable: true };
}
