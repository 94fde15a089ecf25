/** Small text formatters for mails (Simplified Chinese). */

/** 2023-10-07 → 2023年10月7日; anything else is returned unchanged. */
export function formatDateZh(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** Han characters and CJK punctuation: text where a space is never part of the writing. */
const cjk = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
const spaceBetweenCjk = new RegExp(`(?<=[${cjk}])\\s+(?=[${cjk}])`, 'gu');

/**
 * Collapses whitespace (newlines included) to single spaces and trims; whitespace between two Chinese
 * characters is dropped: it comes from PDF line breaks (城镇垃圾处 理费 → 城镇垃圾处理费), not from the text.
 */
export function oneLine(text: string): string {
  return text.replace(spaceBetweenCjk, '').replace(/\s+/gu, ' ').trim();
}

/** An instant in Beijing time, as printed: 2026年12月1日 09:05（北京时间）. */
export function formatTimeZh(at: Date): string {
  const d = new Date(at.getTime() + 8 * 3600 * 1000);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}（北京时间）`;
}

/** An ISO week period as printed: 2026-W49 → 2026年第49周. */
export function formatWeekZh(period: string): string {
  const m = /^(\d{4})-W(\d{2})$/.exec(period);
  return m ? `${m[1]}年第${Number(m[2])}周` : period;
}

/** Cuts at `max` characters (code points), adding … when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
