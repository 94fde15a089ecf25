/** The mail-sized summary of a diff: counts and a few before/after excerpts (diffSummarySchema). */
import type { DiffSummary } from '../model/change.ts';
import type { DiffBlock, DiffSegment } from './diff-types.ts';

export const MAX_EXCERPTS = 3;
/** Characters of unchanged context kept on each side of an edit in an excerpt. */
const CONTEXT_CHARS = 12;
/** Longest excerpt side, in characters. */
const MAX_EXCERPT_CHARS = 160;

const chars = (s: string): string[] => [...s];

function clip(text: string, max = MAX_EXCERPT_CHARS): string {
  const cs = chars(text);
  return cs.length <= max ? text : `${cs.slice(0, max - 1).join('')}…`;
}

/** Before/after of the edited stretch of a paragraph, with a little unchanged context around it. */
export function excerptOfSegments(segments: readonly DiffSegment[]): { before: string; after: string } {
  const first = segments.findIndex((s) => s.op !== 'equal');
  let last = -1;
  for (let k = segments.length - 1; k >= 0; k--) {
    if (segments[k]?.op !== 'equal') {
      last = k;
      break;
    }
  }
  if (first < 0) return { before: '', after: '' };
  const lead = first > 0 ? chars(segments[first - 1]?.text ?? '').slice(-CONTEXT_CHARS).join('') : '';
  const tail = last + 1 < segments.length ? chars(segments[last + 1]?.text ?? '').slice(0, CONTEXT_CHARS).join('') : '';
  let before = lead;
  let after = lead;
  for (const seg of segments.slice(first, last + 1)) {
    if (seg.op !== 'insert') before += seg.text;
    if (seg.op !== 'delete') after += seg.text;
  }
  return { before: clip(before + tail), after: clip(after + tail) };
}

function excerptOf(block: DiffBlock): { before: string; after: string } | null {
  switch (block.kind) {
    case 'changed':
      return block.segments ? excerptOfSegments(block.segments) : { before: clip(block.before), after: clip(block.after) };
    case 'added':
      return { before: '', after: clip(block.text) };
    case 'removed':
      return { before: clip(block.text), after: '' };
    default:
      return null;
  }
}

/** Counts every non-equal block; excerpts prefer changed paragraphs, then added, then removed. */
export function summarise(blocks: readonly DiffBlock[], truncated: boolean): DiffSummary {
  let added = 0;
  let removed = 0;
  let changed = 0;
  for (const b of blocks) {
    if (b.kind === 'added') added++;
    else if (b.kind === 'removed') removed++;
    else if (b.kind === 'changed') changed++;
  }
  const excerpts: Array<{ before: string; after: string }> = [];
  for (const kind of ['changed', 'added', 'removed'] as const) {
    for (const b of blocks) {
      if (excerpts.length >= MAX_EXCERPTS) break;
      if (b.kind !== kind) continue;
      const e = excerptOf(b);
      if (e && (e.before !== '' || e.after !== '')) excerpts.push(e);
    }
  }
  return { added, removed, changed, excerpts, truncated };
}
