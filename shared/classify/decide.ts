/** Sums the signals per category and picks one, with a confidence in 0..1. */
import type { Category, Subtype } from '../model/document.ts';
import { CATEGORY_THRESHOLD, type Signal } from './signals.ts';

export interface Decision {
  category: Category;
  /** The subtype the winning signals point to, or null for "other". */
  subtype: Subtype | null;
  confidence: number;
  evidence: string[];
  /** The best summed weight below the winner's (0 when none); for "other", the strongest positive weight of any category. */
  runnerUp: number;
  /** Other categories that reached the threshold too: the document belongs to them as well. */
  tags: Exclude<Category, 'other'>[];
  /** Categories that scored but lost, with their evidence (so "other" can say what it overruled). */
  overruled: { category: Exclude<Category, 'other'>; score: number; evidence: string[] }[];
}

/** On equal weight: a rule is a rule even about land or personnel, land outranks personnel. */
const TIE_ORDER: readonly Exclude<Category, 'other'>[] = ['regulation', 'land', 'appointment'];

const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

/** Confidence from the winner's weight and how close the runner-up came. */
export function confidenceOf(score: number, runnerUp: number): number {
  const base = 0.5 + 0.08 * score;
  const contested = runnerUp >= CATEGORY_THRESHOLD ? 0.15 : runnerUp > 0 ? 0.05 : 0;
  return Number(clamp(base - contested, 0.55, 0.98).toFixed(2));
}

export function decideCategory(signals: readonly Signal[]): Decision {
  const totals = TIE_ORDER.map((category) => ({
    category,
    score: signals.filter((s) => s.category === category).reduce((n, s) => n + s.weight, 0),
  })).sort((a, b) => b.score - a.score || TIE_ORDER.indexOf(a.category) - TIE_ORDER.indexOf(b.category));
  const best = totals[0];
  const decided = best !== undefined && best.score >= CATEGORY_THRESHOLD;
  const overruled = totals
    .filter((t) => (!decided || t.category !== best.category) && signals.some((s) => s.category === t.category))
    .map((t) => ({ ...t, evidence: signals.filter((s) => s.category === t.category).map((s) => s.evidence) }));
  if (!decided) {
    // For "other", doubt comes from what pointed elsewhere, before any veto subtracted from it.
    const strongestFor = (category: Category): number =>
      signals.filter((s) => s.category === category && s.weight > 0).reduce((n, s) => n + s.weight, 0);
    const doubt = Math.max(0, ...TIE_ORDER.map(strongestFor));
    return { category: 'other', subtype: null, confidence: 0, evidence: [], runnerUp: doubt, tags: [], overruled };
  }
  const runnerUp = Math.max(0, totals[1]?.score ?? 0);
  const winning = signals.filter((s) => s.category === best.category);
  const subtype = winning.find((s) => s.subtype !== undefined)?.subtype ?? null;
  return {
    category: best.category,
    subtype,
    confidence: confidenceOf(best.score, runnerUp),
    evidence: winning.map((s) => s.evidence),
    runnerUp,
    tags: totals.filter((t) => t.category !== best.category && t.score >= CATEGORY_THRESHOLD).map((t) => t.category),
    overruled,
  };
}
