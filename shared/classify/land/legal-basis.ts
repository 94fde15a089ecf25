/**
 * Legal basis: 《…》 titles cited after 根据/依据/依照/按照 in the same sentence, or any cited law
 * (…法, …条例, …办法 …), with the articles that follow (第四十七条第二款).
 */
import { literalLed, literalLedMatches } from '../literal-scan.ts';
import { sentenceStart } from './normalise.ts';
import { BASIS_WORDS, LAW_TITLE_ENDINGS } from './vocabulary.ts';

const SENTENCE_ONLY = /[。；;]/;
const CITED = literalLed('《', '([^《》]{2,80})》');
const NUM = '[零〇一二三四五六七八九十百\\d]+';
const ARTICLES = new RegExp(`(?:第${NUM}条(?:第${NUM}款)?(?:第${NUM}项)?(?:[、和及至](?=第))?)+`, 'y');

export function extractLegalBasis(text: string): string[] {
  const out: string[] = [];
  for (const m of literalLedMatches(text, CITED)) {
    const title = (m[1] ?? '').replace(/\s+/g, '');
    // The citing clause: back to the sentence start (line breaks inside a title do not end it), and
    // the basis word must govern the title (no comma between them: 根据《A》、《B》等).
    const lead = text.slice(sentenceStart(text, m.index, 200, SENTENCE_ONLY), m.index);
    const basisAt = Math.max(...BASIS_WORDS.map((w) => lead.lastIndexOf(w)));
    const governed = basisAt >= 0 && !/[，,]/.test(lead.slice(basisAt));
    const isLaw = LAW_TITLE_ENDINGS.some((e) => title.endsWith(e));
    if (!isLaw && !governed) continue;
    ARTICLES.lastIndex = m.index + m[0].length;
    const articles = ARTICLES.exec(text)?.[0] ?? '';
    const item = `《${title}》${articles}`;
    if (!out.includes(item)) out.push(item);
  }
  return out;
}
