import { describe, expect, it } from 'vitest';
import { inDependencyOrder } from '../../../bench/suite-order.ts';

describe('the order of the bench suites', () => {
  it('runs cost after ocr, the rest by name', () => {
    const all = ['parse.ts', 'ocr.ts', 'bundle.ts', 'cost.ts', 'cycle.ts', 'fetch.ts', 'html.ts', 'diff.ts', 'classify.ts'];
    expect(inDependencyOrder(all)).toEqual(['bundle.ts', 'classify.ts', 'cycle.ts', 'diff.ts', 'fetch.ts', 'html.ts', 'ocr.ts', 'cost.ts', 'parse.ts']);
  });

  it('leaves a suite alone when what it reads is not run, or already runs before it', () => {
    expect(inDependencyOrder(['cost.ts', 'bundle.ts'])).toEqual(['bundle.ts', 'cost.ts']);
    expect(inDependencyOrder(['b.ts', 'a.ts'], { 'b.ts': ['a.ts'] })).toEqual(['a.ts', 'b.ts']);
  });
});
