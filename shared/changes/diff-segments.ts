/** Character-level edits inside one changed paragraph, bounded, cleaned up for reading. */
import { diffChars } from 'diff';
import type { DiffSegment } from './diff-types.ts';

/** Equal runs this short between two edits are folded into the edit: one shared character is noise. */
const ISLAND_MAX = 1;

/**
 * diffChars with a timeout and an edit bound. Returns null when the bound was hit
 * (the caller then shows the paragraph replaced whole).
 */
export function charSegments(before: string, after: string, timeoutMs: number, maxEditLength: number): DiffSegment[] | null {
  if (timeoutMs <= 0) return null;
  const changes = diffChars(before, after, { timeout: Math.max(1, Math.floor(timeoutMs)), maxEditLength });
  if (changes === undefined) return null;
  const raw: DiffSegment[] = changes.map((c) => ({
    op: c.added ? 'insert' : c.removed ? 'delete' : 'equal',
    text: c.value,
  }));
  return cleanupSegments(raw);
}

/**
 * Folds 1-character equal islands between edits into the surrounding delete/insert, merges
 * neighbours of the same kind and puts each delete before its insert.
 */
export function cleanupSegments(segments: readonly DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  let del = '';
  let ins = '';
  const flush = (): void => {
    if (del) out.push({ op: 'delete', text: del });
    if (ins) out.push({ op: 'insert', text: ins });
    del = '';
    ins = '';
  };
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k];
    if (!seg || seg.text === '') continue;
    if (seg.op === 'delete') del += seg.text;
    else if (seg.op === 'insert') ins += seg.text;
    else {
      const pending = del !== '' || ins !== '';
      let n = k + 1;
      while (n < segments.length && segments[n]?.text === '') n++;
      const next = segments[n];
      const nextIsEdit = next !== undefined && next.op !== 'equal';
      if (pending && nextIsEdit && [...seg.text].length <= ISLAND_MAX) {
        del += seg.text;
        ins += seg.text;
        continue;
      }
      flush();
      const last = out[out.length - 1];
      if (last?.op === 'equal') last.text += seg.text;
      else out.push({ op: 'equal', text: seg.text });
    }
  }
  flush();
  return out;
}
