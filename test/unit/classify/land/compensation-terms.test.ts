/**
 * Compensation as a lawyer reads it (issue 14), on the seed whose 奖励 tiers depend on signing windows
 * (离政办发〔2023〕6号 in ../shared/seeds/002) and on a corpus notice applying standards by their 文号 (b003).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupOf, withTerms } from '../../../../shared/classify/land/compensation-terms.ts';
import { defaultCorpusDir } from '../../../../shared/eval/corpus.ts';
import { readFile } from '../../../../shared/eval/read-corpus.ts';

const seed = join(defaultCorpusDir, '..', 'seeds', '002_f0a4a187131c9a4a.txt');

describe.skipIf(!existsSync(seed))('compensation terms on the seed 离政办发〔2023〕6号', () => {
  it('each 奖励 tier carries its condition and its signing window; 临时安置 and 搬迁 their payment terms', async () => {
    const doc = (await readFile(seed)).find((d) => d.docNumber === '离政办发〔2023〕6号');
    const items = doc?.land?.compensation ?? [];
    const bonuses = items.filter((c) => c.group === '奖励');
    expect(bonuses.map((c) => [c.amount, c.window])).toEqual([
      [400, '签约期限开始之日起第1–10日内'],
      [300, '签约期限开始之日起第1–10日内'],
      [300, '签约期限开始之日起第11–20日内'],
      [200, '签约期限开始之日起第11–20日内'],
      [200, '签约期限开始之日起第21–30日内'],
      [100, '签约期限开始之日起第21–30日内'],
    ]);
    expect(bonuses[0]?.condition).toBe('被征收人在签约期限开始之日起10日内签订房屋征收补偿协议并按期搬迁交房的');
    expect(items.find((c) => c.group === '临时安置（过渡）')?.payment).toBe('一次性支付6个月');
    expect(items.find((c) => c.group === '搬迁')?.payment).toBe('支付一次');
    expect(items.find((c) => c.amount === 200_000)?.group).toBe('土地补偿和安置补助');
  });
});

describe.skipIf(!existsSync(join(defaultCorpusDir, 'labels.jsonl')))('standards applied by 文号 (b003)', () => {
  it('keeps the standards with their 文号 and drops the notice\'s own heading and the stage it rests on', async () => {
    const doc = (await readFile(join(defaultCorpusDir, 'texts', 'b003.txt')))[0];
    const items = doc?.land?.compensation ?? [];
    expect(items.map((c) => c.standard).filter(Boolean)).toEqual(['川府函〔2020〕217号', '川办发〔2008〕15号']);
    expect(items.map((c) => c.group)).toEqual(['土地补偿和安置补助', '青苗和地上附着物', '社会保障', '土地补偿和安置补助']);
  });
});

describe('terms', () => {
  it('a condition governs only the clauses right after it', () => {
    const text = '被征收人按期签约的，给予搬迁奖励5000元/户。临时安置费10元/平方米/月。';
    const items = withTerms(text, [
      { text: '给予搬迁奖励5000元/户', amount: 5000, unit: '元/户', appliesTo: '搬迁奖励' },
      { text: '临时安置费10元/平方米/月', amount: 10, unit: '元/平方米/月', appliesTo: '临时安置费' },
    ]);
    expect(items.map((c) => c.condition)).toEqual(['被征收人按期签约的', null]);
    expect(items.map((c) => c.window)).toEqual([null, null]);
  });

  it('groups by what an item pays for before its wording', () => {
    expect(groupOf({ appliesTo: '正房奖励', text: '正房奖励400元/m²' })).toBe('奖励');
    expect(groupOf({ appliesTo: null, text: '每亩5000元' })).toBe('其他补偿');
  });
});
