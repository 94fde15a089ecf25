import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../shared/changes/content-hash.ts';
import { decideChange } from '../../../shared/changes/decide-change.ts';

const v1 = contentHash('离政发〔2023〕3号 免去贺尔荣同志区现代农业发展服务中心副主任职务。');
const v2 = contentHash('离政发〔2023〕3号 免去贺尔荣同志区现代农业发展服务中心主任职务。');

describe('decideChange', () => {
  it('no head: new, version 1', () => {
    expect(decideChange(null, v1)).toEqual({ kind: 'new', version: 1 });
  });

  it('same hash (also after re-layout): republished at the head version', () => {
    const relaid = contentHash('离政发〔2023〕3号\n免去贺尔荣同志区现代农业发展服务中心副主任职务。 ');
    expect(decideChange({ version: 3, hash: v1 }, relaid)).toEqual({ kind: 'republished', version: 3 });
    expect(decideChange({ version: 1, hash: v1.toUpperCase() }, v1)).toEqual({ kind: 'republished', version: 1 });
  });

  it('other hash: revised, next version', () => {
    expect(decideChange({ version: 1, hash: v1 }, v2)).toEqual({ kind: 'revised', version: 2 });
    expect(decideChange({ version: 7, hash: v2 }, v1)).toEqual({ kind: 'revised', version: 8 });
  });

  it('rejects an empty hash and an invalid head version', () => {
    expect(() => decideChange(null, '')).toThrow(/empty/);
    expect(() => decideChange({ version: 0, hash: v1 }, v2)).toThrow(/version/);
    expect(() => decideChange({ version: 1.5, hash: v1 }, v2)).toThrow(/version/);
  });
});
