/**
 * Character accuracy of an OCR reading against its ground truth: 1 − (Levenshtein distance / truth length),
 * over the texts with all whitespace removed and full-width ASCII folded to half-width (so ：/: and （/( do not
 * count as errors: the parser's normalisation folds them too). Lines of the page furniture that the truth
 * does not hold (the running header) are dropped from the reading first.
 */
const fold = (text: string): string =>
  text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[〔【\[]/g, '(')
    .replace(/[〕】\]]/g, ')')
    .replace(/[“”"]/g, '"')
    .replace(/\s+/g, '');

export function levenshtein(a: readonly string[], b: readonly string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** A line within 20% edits of a furniture line is that line (a signature sharing the issuer's name is not). */
function isFurniture(line: string, furniture: string): boolean {
  const f = [...fold(furniture)];
  return f.length > 0 && levenshtein([...fold(line)], f) <= f.length * 0.2;
}

/** Edits from the reading to the truth, and the truth's length (for accuracies pooled over several pages or issues). */
export function characterErrors(reading: string, truth: string, furniture: readonly string[] = []): { edits: number; length: number } {
  const kept = reading.split('\n').filter((line) => !furniture.some((f) => isFurniture(line, f)));
  const b = [...fold(truth)];
  return { edits: levenshtein([...fold(kept.join('\n'))], b), length: b.length };
}

export function characterAccuracy(reading: string, truth: string, furniture: readonly string[] = []): number {
  const kept = reading
    .split('\n')
    .filter((line) => !furniture.some((f) => isFurniture(line, f)));
  const a = [...fold(kept.join('\n'))];
  const b = [...fold(truth)];
  return b.length === 0 ? 0 : Math.max(0, 1 - levenshtein(a, b) / b.length);
}
