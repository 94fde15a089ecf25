/**
 * What the page says of its document — the HTML reader's metadata (<meta> tags and the 信息公开 box) and a
 * metadata table printed in the text — in the document's terms. It fills what the document's own lines do not
 * print (a title, a 文号); the signed issuers and 成文日期 of the 落款 win over the page's fields, which often
 * name the drafting office or the day the page was made.
 */
import { parseChineseDate } from '../chinese-date.ts';
import { isOrganLine } from '../line-kinds.ts';
import { normaliseDocNumber } from '../normalise-doc-number.ts';

export interface PageFacts {
  title: string | null;
  docNumber: string | null;
  issuers: string[];
  /**
   * The organ a metadata table names as the page's publisher (发布机构): the issuer of the organ's own
   * documents, but only a reposter of a text another body made (a 条例 adopted by a congress).
   */
  publishers: string[];
  /** An organ a byline names as the author (作者：某某县政府办): who drafted the page's document. */
  authors: string[];
  date: string | null;
  /** The page's 发布日期 (or, where it prints none, its 发文日期). */
  published: string | null;
}

/** 政府办, 党委办: the short form of an office (办公室) in bylines. */
const OFFICE_SHORT = /(?:政府|党委|人大|政协)办$/;
const isAuthorOrgan = (author: string): boolean => isOrganLine(author) || OFFICE_SHORT.test(author);
const organs = (field: string | null): string[] => (field ? field.split(/[、，,;；\s]+/).filter((x) => x !== '') : []);
const compactTitle = (s: string): string => s.replace(/\s+/g, '').trim();

/** Reads the page's fields; `primary` (the HTML reader's) beats `fromText` (a table printed in the text). */
export function pageFacts(primary: Readonly<Record<string, string>> | undefined, fromText: Readonly<Record<string, string>>): PageFacts {
  const field = (key: string): string | null => {
    const v = primary?.[key]?.trim() || fromText[key]?.trim();
    return v ? v : null;
  };
  const number = field('发文字号');
  const issuer = field('发文机关');
  const publisher = field('发布机构');
  const author = field('作者');
  const written = field('成文日期');
  const title = field('标题');
  const published = field('发布日期') ?? field('发文日期');
  return {
    title: title ? compactTitle(title) : null,
    docNumber: number ? normaliseDocNumber(number) : null,
    issuers: organs(issuer),
    publishers: organs(publisher),
    authors: author && isAuthorOrgan(author) ? [author] : [],
    date: written ? parseChineseDate(written) : null,
    published: published ? parseChineseDate(published) : null,
  };
}
