/** Reading the labels' free-text land values: areas with units, place parts, the money in a compensation item. */

const UNIT_SQUARE_METRES: [RegExp, number][] = [
  [/^(?:公顷|公頃|hm2|hm²|ha)/i, 10_000],
  [/^(?:平方公里|平方千米|km2|km²)/i, 1_000_000],
  [/^亩/, 10_000 / 15],
  [/^(?:平方米|m2|m²|㎡|平米)/i, 1],
];

/** Every area printed in a text, in square metres. */
export function areasIn(text: string | null | undefined): number[] {
  if (!text) return [];
  const out: number[] = [];
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)\s*(万)?\s*(公顷|公頃|hm2|hm²|ha|平方公里|平方千米|km2|km²|亩|平方米|m2|m²|㎡|平米)/gi)) {
    const unit = UNIT_SQUARE_METRES.find(([re]) => re.test(m[3]!));
    if (unit) out.push(Number(m[1]) * (m[2] ? 10_000 : 1) * unit[1]);
  }
  return out;
}

export const sameArea = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(0.5, 0.005 * Math.max(a, b));

/** The places a label lists (村, 社区, 地块 …), without 四至 markers, parcel prefixes and bracketed notes. */
export function placeParts(location: string): string[] {
  return location
    .replace(/[(（][^)）]*[)）]/g, '')
    .split(/[、,，;；。]/)
    .map((p) => p.replace(/^[^:：]{1,8}[:：]/, '').replace(/^[东南西北][至到]/, '').trim())
    .filter((p) => p.length >= 2);
}

/** Money and rates in a compensation item: numbers followed by 元, 万元 or 倍, as printed. */
export function moneyIn(text: string): string[] {
  return [...text.matchAll(/(\d+(?:\.\d+)?)\s*(?=万?元|倍)/g)].map((m) => m[1]!);
}
