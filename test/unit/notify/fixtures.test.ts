import { describe, expect, it } from 'vitest';
import { changeFixtureNames, loadChange } from './helpers.ts';

describe('change fixtures', () => {
  it('all validate against changeRecordSchema and have distinct ids', () => {
    const names = changeFixtureNames();
    expect(names.length).toBeGreaterThanOrEqual(6);
    const ids = names.map((n) => loadChange(n).changeId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
