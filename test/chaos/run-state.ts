/**
 * What a run left behind, read from stored state and captured mails only, and how a chaos run compares
 * with the fault-free reference: lost (expected and missing), duplicates (sent twice, or sent though the
 * reference did not), stuck (left in a queue, a dead-letter queue, 'fetched' or 'sending').
 */
export interface RunState {
  /** "to|deliveryKey" of every captured mail (one entry per mail): ALERT#… and DIGEST#…#period. */
  mails: string[];
  /** "subscriberId|changeId" of every item a sent digest covered (one entry per digest covering it). */
  digestItems: string[];
  /** "subscriberId|changeId" still queued for a digest. */
  pending: string[];
  /** Change record ids. */
  changes: string[];
  /** "sourceId/path:status" of every issue record. */
  issues: string[];
  /** "documentKey@version" of every document head. */
  heads: string[];
  stuck: { queued: number; deadLetters: number; fetched: number; sending: number };
}

export interface Comparison {
  lost: number;
  duplicates: number;
  stuck: number;
  details: string[];
}

const counts = (xs: string[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
};

/**
 * Compares a run with the reference. Pure: the chaos test and `npm run chaos` print what this returns.
 * - Alerts are compared mail by mail (to|ALERT#change): each exactly once.
 * - Digests depend on timing (a change notified late waits for the next period), so they are compared item by
 *   item: every (subscriber, change) the reference digested or queued must be digested or queued, and no item
 *   may be in two sent digests; no (subscriber, period) may get two digest mails.
 * - Changes, issue outcomes and document heads must be the reference's, exactly.
 */
export function compareRuns(reference: RunState, run: RunState): Comparison {
  const details: string[] = [];
  let lost = 0;
  let duplicates = 0;
  const dup = (what: string) => (duplicates++, details.push(what));
  const miss = (what: string) => (lost++, details.push(what));

  const refMails = counts(reference.mails);
  for (const [k, n] of counts(run.mails)) {
    if (n > 1) for (let i = 1; i < n; i++) dup(`mail sent twice: ${k}`);
    if (k.includes('|ALERT#') && !refMails.has(k)) dup(`unexpected alert: ${k}`);
  }
  const runMails = new Set(run.mails);
  for (const k of refMails.keys()) if (k.includes('|ALERT#') && !runMails.has(k)) miss(`lost alert: ${k}`);

  for (const [k, n] of counts(run.digestItems)) if (n > 1) for (let i = 1; i < n; i++) dup(`item in two digests: ${k}`);
  const reached = (s: RunState) => new Set([...s.digestItems, ...s.pending]);
  const refReached = reached(reference);
  const runReached = reached(run);
  for (const k of refReached) if (!runReached.has(k)) miss(`digest item neither sent nor queued: ${k}`);
  for (const k of runReached) if (!refReached.has(k)) dup(`unexpected digest item: ${k}`);

  for (const field of ['changes', 'issues', 'heads'] as const) {
    const got = new Set(run[field]);
    const ref = new Set(reference[field]);
    for (const k of ref) if (!got.has(k)) miss(`lost ${field}: ${k}`);
    for (const k of got) if (!ref.has(k)) dup(`unexpected ${field}: ${k}`);
  }
  const s = run.stuck;
  const stuck = s.queued + s.deadLetters + s.fetched + s.sending;
  if (stuck > 0) details.push(`stuck: ${JSON.stringify(s)}`);
  return { lost, duplicates, stuck, details };
}

export function chaosLine(runs: number, faults: number, c: { lost: number; duplicates: number; stuck: number }): string {
  return `chaos: runs=${runs} faults=${faults} lost=${c.lost} duplicates=${c.duplicates} stuck=${c.stuck}`;
}
