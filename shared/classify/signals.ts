/** A piece of evidence for one category, with the weight it carries. */
import type { Category, LandStage, Subtype } from '../model/document.ts';

export interface Signal {
  category: Exclude<Category, 'other'>;
  weight: number;
  /** The words or pattern that matched, as shown to readers (e.g. `title: 免职`). */
  evidence: string;
  /** The finer kind this signal points to, when it says one. */
  subtype?: Subtype;
  /** The land procedure stage this signal points to (land signals only). */
  stage?: LandStage;
}

/** Weights: a title word is strong, a body pattern moderate, a hint weak. */
export const WEIGHT = {
  decisive: 4,
  strong: 3,
  moderate: 2,
  weak: 1,
} as const;

/** A category needs at least this much summed weight to be chosen over "other". */
export const CATEGORY_THRESHOLD = 3;
