import { describe, expect, it } from 'vitest';
import { diffSummarySchema } from '../../../shared/model/change.ts';
import { diffTexts, paragraphUnits } from '../../../shared/changes/diff.ts';
import { cleanupSegments } from '../../../shared/changes/diff-segments.ts';
import { pairParagraphs, similarity } from '../../../shared/changes/diff-pairing.ts';
import { readSeed, SEED_JIANGXIAN, SEED_LISHI, withEditedLines } from './seed.ts';

const OLD = [
  '吕梁市离石区人民政府办公室关于印发滨河北西路拓宽改造项目土地及房屋征收与补偿实施方案的通知',
  '',
  '一、征收范围：离石区凤山街道滨河北西路拓宽改造项目规划区。',
  '二、签约奖励：10日内签约并按期搬迁交房的，正房奖励300元/m²，附房奖励200元/m²。',
  '三、征收期限20日，自分户的初步评估结果公示之日起计算。',
  '四、本方案由区住建局负责解释。',
].join('\n');
const NEW = [
  '吕梁市离石区人民政府办公室关于印发滨河北西路拓宽改造项目土地及房屋征收与补偿实施方案的通知',
  '',
  '一、征收范围：离石区凤山街道滨河北西路拓宽改造项目规划区。',
  '二、签约奖励：10日内签约并按期搬迁交房的，正房奖励400元/m²，附房奖励300元/m²。',
  '三、征收期限30日，自分户的初步评估结果公示之日起计算。',
  '五、实施单位：凤山街道办事处。',
].join('\n');

describe('diffTexts', () => {
  it('finds changed, added and removed paragraphs with character-level edits', () => {
    const d = diffTexts(OLD, NEW);
    expect(diffSummarySchema.parse(d.summary)).toEqual(d.summary);
    expect(d.summary).toMatchObject({ changed: 2, added: 1, removed: 1, truncated: false });
    const changed = d.blocks.filter((b) => b.kind === 'changed');
    expect(changed.map((b) => b.kind === 'changed' && b.segments?.filter((s) => s.op !== 'equal').map((s) => `${s.op}:${s.text}`))).toEqual([
      ['delete:3', 'insert:4', 'delete:2', 'insert:3'],
      ['delete:2', 'insert:3'],
    ]);
    expect(d.summary.excerpts[0]?.before).toContain('正房奖励300元/m²，附房奖励200元/m²');
    expect(d.summary.excerpts[0]?.after).toContain('正房奖励400元/m²，附房奖励300元/m²');
    expect(d.summary.excerpts[1]).toMatchObject({ before: expect.stringContaining('征收期限20日') as string, after: expect.stringContaining('征收期限30日') as string });
    expect(d.blocks.find((b) => b.kind === 'added')).toMatchObject({ text: '五、实施单位：凤山街道办事处。', newLine: 6 });
    expect(d.blocks.find((b) => b.kind === 'removed')).toMatchObject({ text: '四、本方案由区住建局负责解释。', oldLine: 6 });
  });

  it('sees no change in spacing, blank lines, CRLF or full-width digits', () => {
    const relaid = `\n${OLD.replace(/\n/g, '\r\n\r\n').replace(/300/g, '３００').replace(/，/g, ' ， ')}  \n`;
    const d = diffTexts(OLD, relaid);
    expect(d.summary).toEqual({ added: 0, removed: 0, changed: 0, excerpts: [], truncated: false });
    expect(d.blocks.every((b) => b.kind === 'equal')).toBe(true);
  });

  it('diffs the 351 KB 离石区 gazette against a copy with 50 edited lines exactly', () => {
    const seed = readSeed(SEED_LISHI);
    const { text, edited } = withEditedLines(seed, 50);
    const d = diffTexts(seed, text);
    expect(d.summary).toMatchObject({ changed: 50, added: 0, removed: 0, truncated: false });
    const changed = d.blocks.flatMap((b) => (b.kind === 'changed' ? [b] : []));
    expect(changed.map((b) => b.after)).toEqual(edited.map((l) => l.trim()));
    for (const b of changed) {
      expect(b.segments?.filter((s) => s.op === 'insert').map((s) => s.text).join('')).toContain('修订');
      expect(b.segments?.filter((s) => s.op !== 'delete').map((s) => s.text).join('')).toBe(b.after);
      expect(b.segments?.filter((s) => s.op !== 'insert').map((s) => s.text).join('')).toBe(b.before);
    }
    expect(d.summary.excerpts).toHaveLength(3);
    expect(d.summary.excerpts.every((e) => e.after.includes('修订'))).toBe(true);
    expect(d.oldParagraphs).toBe(paragraphUnits(seed).length);
  });

  it('stays bounded on two unrelated large documents and says the result is truncated', () => {
    const t0 = Date.now();
    const d = diffTexts(readSeed(SEED_LISHI), readSeed(SEED_JIANGXIAN), { timeoutMs: 300, maxEditLength: 1000 });
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(d.summary.truncated).toBe(true);
    expect(d.summary.added + d.summary.changed).toBeGreaterThan(1000);
    expect(diffSummarySchema.safeParse(d.summary).success).toBe(true);
  });

  it('falls back to a whole-paragraph replace when the character bound is hit', () => {
    const before = `${'甲'.repeat(50)}乙丙丁${'戊'.repeat(50)}`;
    const after = `${'甲'.repeat(50)}子丑寅卯辰${'戊'.repeat(50)}`;
    const d = diffTexts(before, after, { maxEditLength: 3 });
    expect(d.summary).toMatchObject({ changed: 1, truncated: true });
    expect(d.blocks[0]).toMatchObject({ kind: 'changed', segments: null, before, after });
    expect(diffTexts(before, after).blocks[0]).toMatchObject({ kind: 'changed', segments: [{ op: 'equal' }, { op: 'delete', text: '乙丙丁' }, { op: 'insert', text: '子丑寅卯辰' }, { op: 'equal' }] });
  });

  it('falls back to a coarse replace between common head and tail when the line bound is hit', () => {
    const oldText = ['标题', '甲段落内容一', '乙段落内容二', '丙段落内容三', '结尾'].join('\n');
    const newText = ['标题', '子新内容一', '丑新内容二', '寅新内容三', '结尾'].join('\n');
    const d = diffTexts(oldText, newText, { maxEditLength: 1 });
    expect(d.summary).toMatchObject({ removed: 3, added: 3, changed: 0, truncated: true });
    expect(d.blocks[0]).toMatchObject({ kind: 'equal', lines: [{ text: '标题', oldLine: 1, newLine: 1 }] });
    expect(d.blocks.at(-1)).toMatchObject({ kind: 'equal', lines: [{ text: '结尾', oldLine: 5, newLine: 5 }] });
  });
});

describe('paragraph pairing', () => {
  it('pairs the similar paragraph, not the one at the same position', () => {
    const removed = ['三、征收期限20日，自分户的初步评估结果公示之日起计算。'];
    const added = ['五、实施单位：凤山街道办事处。', '三、征收期限30日，自分户的初步评估结果公示之日起计算。'];
    expect(pairParagraphs(removed, added)).toEqual([1]);
    expect(pairParagraphs(['完全不同的一段话'], ['另外毫无关系文字'])).toEqual([-1]);
    expect(similarity('离石区', '离石区')).toBe(1);
    expect(similarity('离石区人民政府', '绛县教育局')).toBe(0);
  });
});

describe('cleanupSegments', () => {
  it('folds one-character equal islands into the surrounding edit', () => {
    expect(
      cleanupSegments([
        { op: 'equal', text: '征收' },
        { op: 'delete', text: '期' },
        { op: 'insert', text: '时' },
        { op: 'equal', text: '限' },
        { op: 'delete', text: '2' },
        { op: 'insert', text: '3' },
        { op: 'equal', text: '0日' },
      ]),
    ).toEqual([
      { op: 'equal', text: '征收' },
      { op: 'delete', text: '期限2' },
      { op: 'insert', text: '时限3' },
      { op: 'equal', text: '0日' },
    ]);
  });
});
