/**
 * Forms of land notices read on real pages of the development corpus (../shared/corpus, read at run time through
 * the eval's reader): a report on a requisition's progress, an announcement citing its 批复 by title, a range that
 * ends where what is taken within it is named, a signing start printed without its year, and a cut-off obligation.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../../../shared/classify/land/deadlines.ts';
import { defaultCorpusDir } from '../../../../shared/eval/corpus.ts';
import { readFile } from '../../../../shared/eval/read-corpus.ts';

const present = existsSync(join(defaultCorpusDir, 'labels.jsonl'));
const landOf = async (id: string) => {
  const docs = await readFile(join(defaultCorpusDir, 'texts', `${id}.txt`));
  return docs.find((d) => d.land !== null)?.land ?? null;
};

describe.skipIf(!present)('land forms on corpus pages', () => {
  it('a progress report (…征收进展情况) is no stage of its own; its signing start is dated from the page date (b043)', async () => {
    const land = await landOf('b043');
    expect(land?.stage).toBe('other');
    expect(land?.deadlines).toEqual([{ text: '4月21日将启动征迁签约工作', date: '2023-04-21', purpose: '签约' }]);
  });

  it('a notice citing 《…的批复》 is the announcement, not the approval (b039)', async () => {
    expect((await landOf('b039'))?.stage).toBe('announcement');
  });

  it('a 征收范围 ends at 范围内 when the houses taken there follow (b008)', async () => {
    expect((await landOf('b008'))?.location).toBe('南昌市东湖区象山北路地块(环湖路民德路二期)旧城(城市棚户区)改造项目规划红线范围内');
  });

  it('an obligation cut off before its act (应当在本公告规定期限内，附图…) is not a deadline (b003)', async () => {
    const land = await landOf('b003');
    expect(land?.deadlines.map((d) => d.date)).toEqual(['2024-01-11']);
  });
});

describe('yearless scheduled starts', () => {
  it('take the anchor\'s year, or the next one for a day before the anchor', () => {
    expect(extractDeadlines('定于1月5日开始签约。', '', '2023-12-20').map((d) => d.date)).toEqual(['2024-01-05']);
    expect(extractDeadlines('定于1月5日开始签约。', '', null)).toEqual([]);
  });

  it('a day that is not a step of the procedure is not read', () => {
    expect(extractDeadlines('4月21日将召开动员大会。', '', '2023-04-13')).toEqual([]);
  });
});
