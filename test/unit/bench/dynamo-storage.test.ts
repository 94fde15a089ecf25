import { describe, expect, it } from 'vitest';
import { itemBytes, valueBytes } from '../../../bench/cost/dynamo-storage.ts';

describe("DynamoDB item sizes (the service's sizing rules)", () => {
  it('sizes strings in UTF-8 bytes: a Chinese character is three', () => {
    expect(valueBytes('abc')).toBe(3);
    expect(valueBytes('公报')).toBe(6);
  });

  it('sizes numbers by their significant digits, two a byte plus one', () => {
    expect(valueBytes(7)).toBe(2);
    expect(valueBytes(1234)).toBe(3);
    expect(valueBytes(12345)).toBe(4);
    expect(valueBytes(120000)).toBe(2);
    expect(valueBytes(-0.25)).toBe(2);
  });

  it('sizes lists and maps as 3 bytes plus 1 an element, map keys counted', () => {
    expect(valueBytes([])).toBe(3);
    expect(valueBytes(['ab', 'c'])).toBe(3 + 1 + 2 + 1 + 1);
    expect(valueBytes({ a: 'xy' })).toBe(3 + 1 + 1 + 2);
    expect(valueBytes({ list: [true, null] })).toBe(3 + 1 + 4 + (3 + 1 + 1 + 1 + 1));
  });

  it('sizes an item as its attribute names plus values', () => {
    expect(itemBytes({ pk: 'SOURCE#a', sk: 'HEALTH', n: 3 })).toBe(2 + 8 + 2 + 6 + 1 + 2);
  });

  it('refuses a value it cannot size instead of guessing', () => {
    expect(() => valueBytes(() => 1)).toThrow(/unsized/);
  });
});
