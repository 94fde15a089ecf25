import { describe, expect, it } from 'vitest';
import { chaosLine, compareRuns, type RunState } from './run-state.ts';

const reference: RunState = {
  mails: ['a@x|ALERT#c1', 'a@x|ALERT#c2', 'd@x|DIGEST#daily#2026-12-01'],
  digestItems: ['d|c1', 'd|c2'],
  pending: ['w|c1'],
  changes: ['CHANGE#c1', 'CHANGE#c2'],
  issues: ['s/1.pdf:processed'],
  heads: ['DOC#k@1'],
  stuck: { queued: 0, deadLetters: 0, fetched: 0, sending: 0 },
};

describe('compareRuns', () => {
  it('finds nothing wrong with the reference itself', () => {
    expect(compareRuns(reference, reference)).toEqual({ lost: 0, duplicates: 0, stuck: 0, details: [] });
  });

  it('accepts a digest item that waits for the next period instead of this one', () => {
    const late: RunState = { ...reference, digestItems: ['d|c1'], pending: ['w|c1', 'd|c2'], mails: [...reference.mails, 'd@x|DIGEST#daily#2026-12-02'] };
    expect(compareRuns(reference, late).lost + compareRuns(reference, late).duplicates).toBe(0);
  });

  it('counts lost alerts and items, duplicate mails and items, unexpected records and stuck work', () => {
    const bad: RunState = {
      mails: ['a@x|ALERT#c1', 'a@x|ALERT#c1', 'd@x|DIGEST#daily#2026-12-01', 'd@x|DIGEST#daily#2026-12-01'],
      digestItems: ['d|c1', 'd|c1'],
      pending: [],
      changes: ['CHANGE#c1', 'CHANGE#c3'],
      issues: ['s/1.pdf:failed'],
      heads: ['DOC#k@2'],
      stuck: { queued: 1, deadLetters: 2, fetched: 1, sending: 1 },
    };
    const c = compareRuns(reference, bad);
    // lost: ALERT#c2, d|c2, w|c1, CHANGE#c2, issue processed, head @1
    expect(c.lost).toBe(6);
    // duplicates: alert twice, digest twice, item twice, CHANGE#c3, issue failed, head @2
    expect(c.duplicates).toBe(6);
    expect(c.stuck).toBe(5);
    expect(chaosLine(2, 40, c)).toBe('chaos: runs=2 faults=40 lost=6 duplicates=6 stuck=5');
  });
});
