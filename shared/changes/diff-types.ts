/** The shape of a computed text diff, shared by the diff engine and its renderers. */
import type { DiffSummary } from '../model/change.ts';

/** A run of characters inside a changed paragraph. */
export interface DiffSegment {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** One paragraph line present on both sides (equal after whitespace/width normalisation). */
export interface EqualLine {
  text: string;
  /** 1-based line numbers in the old and new text. */
  oldLine: number;
  newLine: number;
}

export type DiffBlock =
  | { kind: 'equal'; lines: EqualLine[] }
  | { kind: 'removed'; text: string; oldLine: number }
  | { kind: 'added'; text: string; newLine: number }
  | {
      kind: 'changed';
      before: string;
      after: string;
      oldLine: number;
      newLine: number;
      /** Character-level edits; null when the bound was hit and the paragraph is shown replaced whole. */
      segments: DiffSegment[] | null;
    };

export interface TextDiff {
  summary: DiffSummary;
  /** The whole new text in order: equal runs, removed, added and changed paragraphs. */
  blocks: DiffBlock[];
  /** Paragraph lines (non-empty lines) on each side. */
  oldParagraphs: number;
  newParagraphs: number;
}

export interface DiffOptions {
  /** Wall-clock budget for the whole diff (line and character stages), ms. Default 500. */
  timeoutMs?: number;
  /** Largest edit distance searched: in lines for the line stage, in characters per paragraph. Default 2000. */
  maxEditLength?: number;
}
