/**
 * The segmenters, in the order they are tried: the first that recognises a publication's layout cuts it.
 * A new layout is a new segmenter added here.
 */
import { collectionSegmenter } from './collection.ts';
import { gazetteSegmenter } from './gazette.ts';
import { newspaperSegmenter } from './newspaper.ts';
import { reportSegmenter } from './report.ts';
import type { Segmenter } from './segmenter.ts';
import { singleSegmenter } from './single.ts';

export const SEGMENTERS: readonly Segmenter[] = [newspaperSegmenter, gazetteSegmenter, reportSegmenter, collectionSegmenter, singleSegmenter];
