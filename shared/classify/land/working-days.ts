/**
 * Whether a day is a working day in mainland China: public holidays are rest days and the 调休 weekend days that
 * make up for them are working days, from the maintained chinese-days calendar (issue 14: no hand-made table).
 * The calendar builds its tables when loaded, so it is loaded on the first question (a file shipped beside a
 * Lambda bundle, shared/util/shipped-file.ts), not at every cold start of process.
 */
import { chineseDaysFile, requireShipped } from '../../util/shipped-file.ts';

type IsWorkday = (iso: string) => boolean;
let isWorkday: IsWorkday | null = null;

function calendar(): IsWorkday {
  if (!isWorkday) {
    const m = requireShipped(chineseDaysFile);
    const fn = typeof m === 'object' && m !== null ? (m as { isWorkday?: unknown }).isWorkday : undefined;
    if (typeof fn !== 'function') throw new Error(`chinese-days: ${chineseDaysFile.file} has no isWorkday export`);
    isWorkday = (iso) => (fn as IsWorkday)(iso);
  }
  return isWorkday;
}

/** Answers kept: a deadline of N working days asks for each day of its period, and each notice asks again. */
const answers = new Map<string, boolean>();
/** Enough for decades of days; past it the answers start again (a long-running process never grows without end). */
const MAX_ANSWERS = 20_000;

/** `iso` (YYYY-MM-DD) is a working day. */
export function isWorkingDay(iso: string): boolean {
  let answer = answers.get(iso);
  if (answer === undefined) {
    answer = calendar()(iso);
    if (answers.size >= MAX_ANSWERS) answers.clear();
    answers.set(iso, answer);
  }
  return answer;
}
