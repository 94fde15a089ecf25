/**
 * A title with its number on the same line: a 令 number before it (某某市人民政府令第58号关于修改…的决定) or a
 * 文号 after it, in brackets or not, with the body possibly running on (…公告(某府〔2024〕303号)根据…).
 */
import { DOC_NUMBER_IN_TEXT, normaliseDocNumber } from '../normalise-doc-number.ts';
import { GENRE, titleLike } from './title-shape.ts';

/** 令 number run into the title (盘锦市人民政府令第58号关于修改…的决定). */
const ORDER_PREFIX = /^([\u4e00-\u9fff]{2,30}?)令第(\d{1,5})号(.{4,})$/;
/** A title with its 文号 (in brackets or not) on the same line, the body possibly running on: …公告(文府〔2024〕303号)根据… */
const TITLE_WITH_NUMBER = new RegExp(`^(.{4,40}(?:${GENRE}))\\s*[(（]?(${DOC_NUMBER_IN_TEXT})[)）]?(.*)$`);

export function runInTitle(text: string): { title: string; docNumber: string | null; rest: string } | null {
  const order = ORDER_PREFIX.exec(text);
  if (order && titleLike(order[3] ?? '')) {
    const rest = order[3] ?? '';
    return { title: rest.startsWith('关于') ? `${order[1]}${rest}` : rest, docNumber: normaliseDocNumber(`${order[1]}令第${order[2]}号`), rest: '' };
  }
  if (!text.includes('号')) return null;
  const m = TITLE_WITH_NUMBER.exec(text);
  if (!m || !titleLike(m[1] ?? '')) return null;
  const rest = (m[3] ?? '').replace(/^[(（][^()（）]{0,20}[)）]/, '').trim();
  return { title: m[1] ?? '', docNumber: normaliseDocNumber(m[2] ?? ''), rest };
}
