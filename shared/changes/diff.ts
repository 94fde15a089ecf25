/**
 * Bounded two-level text diff: paragraph lines first (jsdiff diffArrays over normalised lines),
 * then characters (diffChars) only inside paragraph pairs that changed. Both stages share one time
 * budget and an edit bound; on hitting it the affected part falls back to a whole-paragraph replace
 * and the result is marked truncated.
 */
import { diffArrays } from 'diff';
import { charSegments } from './diff-segments.ts';
import { pairParagraphs } from './diff-pairing.ts';
import { summarise } from './diff-summary.ts';
import type { DiffBlock, DiffOptions, EqualLine, TextDiff } from './diff-types.ts';
import { compact, stripInvisible, toNfkc } from './text-normalise.ts';

export type { DiffBlock, DiffOptions, DiffSegment, EqualLine, TextDiff } from './diff-types.ts';

export const DEFAULT_DIFF_TIMEOUT_MS = 500;
export const DEFAULT_MAX_EDIT_LENGTH = 2000;

/** One paragraph line: display text, comparison key, 1-based line number. */
interface Unit {
  text: string;
  key: string;
  line: number;
}

/** Non-empty lines; two lines are the same paragraph when equal after NFKC and whitespace removal. */
export function paragraphUnits(text: string): Unit[] {
  const units: Unit[] = [];
  const lineBreak = /\r\n|\r|\n/u;
  const lines = text.split(lineBreak);
  // NFKC once for the whole text (it never creates or removes line breaks), then per line.
  const normalised = toNfkc(text).split(lineBreak);
  const aligned = normalised.length === lines.length;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const key = aligned ? stripInvisible(normalised[i] ?? '') : compact(raw);
    if (key !== '') units.push({ text: raw.trim(), key, line: i + 1 });
  }
  return units;
}

interface Hunk {
  removed: Unit[];
  added: Unit[];
}

/** Line-level alignment as alternating equal runs and hunks; null when the bound was hit. */
function alignLines(
  oldUnits: Unit[],
  newUnits: Unit[],
  deadline: number,
  maxEditLength: number,
): Array<EqualLine[] | Hunk> | null {
  const timeout = Math.floor(deadline - Date.now());
  if (timeout <= 0) return null;
  const changes = diffArrays(
    oldUnits.map((u) => u.key),
    newUnits.map((u) => u.key),
    { timeout, maxEditLength },
  );
  if (changes === undefined) return null;
  const parts: Array<EqualLine[] | Hunk> = [];
  let oi = 0;
  let ni = 0;
  let hunk: Hunk | null = null;
  for (const c of changes) {
    const n = c.count;
    if (c.removed) {
      hunk ??= { removed: [], added: [] };
      hunk.removed.push(...oldUnits.slice(oi, oi + n));
      oi += n;
    } else if (c.added) {
      hunk ??= { removed: [], added: [] };
      hunk.added.push(...newUnits.slice(ni, ni + n));
      ni += n;
    } else {
      if (hunk) parts.push(hunk);
      hunk = null;
      const run: EqualLine[] = [];
      for (let k = 0; k < n; k++) {
        const o = oldUnits[oi + k];
        const nu = newUnits[ni + k];
        if (o && nu) run.push({ text: nu.text, oldLine: o.line, newLine: nu.line });
      }
      parts.push(run);
      oi += n;
      ni += n;
    }
  }
  if (hunk) parts.push(hunk);
  return parts;
}

/** The coarse fallback: common leading and trailing paragraphs kept, everything between replaced. */
function coarseAlign(oldUnits: Unit[], newUnits: Unit[]): Array<EqualLine[] | Hunk> {
  let start = 0;
  while (start < oldUnits.length && start < newUnits.length && oldUnits[start]?.key === newUnits[start]?.key) start++;
  let end = 0;
  while (
    end < oldUnits.length - start &&
    end < newUnits.length - start &&
    oldUnits[oldUnits.length - 1 - end]?.key === newUnits[newUnits.length - 1 - end]?.key
  ) {
    end++;
  }
  const equal = (from: number, to: number, shift: number): EqualLine[] =>
    newUnits.slice(from, to).map((u, k) => ({ text: u.text, oldLine: oldUnits[from - shift + k]?.line ?? 0, newLine: u.line }));
  const shift = newUnits.length - oldUnits.length;
  return [
    equal(0, start, 0),
    { removed: oldUnits.slice(start, oldUnits.length - end), added: newUnits.slice(start, newUnits.length - end) },
    equal(newUnits.length - end, newUnits.length, shift),
  ];
}

export function diffTexts(oldText: string, newText: string, options: DiffOptions = {}): TextDiff {
  const timeoutMs = options.timeoutMs ?? DEFAULT_DIFF_TIMEOUT_MS;
  const maxEditLength = options.maxEditLength ?? DEFAULT_MAX_EDIT_LENGTH;
  const deadline = Date.now() + timeoutMs;
  const oldUnits = paragraphUnits(oldText);
  const newUnits = paragraphUnits(newText);

  let truncated = false;
  let parts = alignLines(oldUnits, newUnits, deadline, maxEditLength);
  const coarse = parts === null;
  if (parts === null) {
    truncated = true;
    parts = coarseAlign(oldUnits, newUnits);
  }

  const blocks: DiffBlock[] = [];
  for (const part of parts) {
    if (Array.isArray(part)) {
      if (part.length > 0) blocks.push({ kind: 'equal', lines: part });
      continue;
    }
    const pairs = coarse ? part.removed.map(() => -1) : pairParagraphs(part.removed.map((u) => u.key), part.added.map((u) => u.key));
    let nextAdded = 0;
    const emitAddedUntil = (end: number): void => {
      for (; nextAdded < end; nextAdded++) {
        const a = part.added[nextAdded];
        if (a) blocks.push({ kind: 'added', text: a.text, newLine: a.line });
      }
    };
    part.removed.forEach((r, i) => {
      const j = pairs[i] ?? -1;
      const a = j >= 0 ? part.added[j] : undefined;
      if (!a) {
        blocks.push({ kind: 'removed', text: r.text, oldLine: r.line });
        return;
      }
      emitAddedUntil(j);
      nextAdded = j + 1;
      const segments = charSegments(r.text, a.text, deadline - Date.now(), maxEditLength);
      if (segments === null) truncated = true;
      blocks.push({ kind: 'changed', before: r.text, after: a.text, oldLine: r.line, newLine: a.line, segments });
    });
    emitAddedUntil(part.added.length);
  }

  return {
    summary: summarise(blocks, truncated),
    blocks,
    oldParagraphs: oldUnits.length,
    newParagraphs: newUnits.length,
  };
}
