/**
 * The land alert as a lawyer reads it (issue 14), on the facts the classifier reads from the seed's 征收与补偿实施方案
 * (离政办发〔2023〕6号, ../shared/seeds/002): compensation grouped by what it pays for with each 奖励 tier's signing
 * window beside its rate, payment terms, the legal basis, why the document is land; statutory periods marked 法定.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCorpusDir } from '../../../shared/eval/corpus.ts';
import { readFile } from '../../../shared/eval/read-corpus.ts';
import { renderAlert } from '../../../shared/notify/render-alert.ts';
import { deadlineLine } from '../../../shared/notify/render-parts.ts';
import { links, loadChange, subscription } from './helpers.ts';

const seed = join(defaultCorpusDir, '..', 'seeds', '002_f0a4a187131c9a4a.txt');

describe.skipIf(!existsSync(seed))('land alert of the seed 离政办发〔2023〕6号', () => {
  it('groups compensation, puts each condition beside its rate, and says why the document is land', async () => {
    const doc = (await readFile(seed)).find((d) => d.docNumber === '离政办发〔2023〕6号');
    expect(doc?.land).toBeTruthy();
    const change = { ...loadChange('land-requisition-lishi-revised'), land: doc!.land, evidence: doc!.evidence };
    const mail = renderAlert({ subscription: subscription(), change, links });
    // The HTML part puts each label in its own span: `label：</span>value`.
    for (const [body, sep] of [[mail.text, '：'], [mail.html, '：</span>']] as const) {
      expect(body).toContain(`补偿·奖励${sep}正房奖励400元/m²（条件：签约期限开始之日起第1–10日内签约）`);
      expect(body).toContain(`补偿·奖励${sep}附房奖励100元/m²（条件：签约期限开始之日起第21–30日内签约）`);
      expect(body).toContain(`补偿·临时安置（过渡）${sep}临时安置补助标准为13元/m²/月（支付：一次性支付6个月）`);
      expect(body).toContain(`法律依据${sep}《中华人民共和国土地管理法》、《中华人民共和国民法典》`);
      expect(body).toMatch(new RegExp(`归入土地类${sep}(?:标题|正文)写明「[^」]+」（[^）]+）`));
    }
    // One group's items stand together: all six 奖励 lines in a row.
    const labels = mail.text.split('\n').map((l) => l.trim().split('：')[0]);
    const first = labels.indexOf('补偿·奖励');
    expect(labels.slice(first, first + 6).every((l) => l === '补偿·奖励')).toBe(true);
  });
});

describe('deadline lines', () => {
  it('mark statutory periods with their provision, and show a rule while its start is unknown', () => {
    expect(deadlineLine({ text: '本决定发布之日起60日内', date: '2024-11-19', purpose: '行政复议', statutory: true, basis: '《中华人民共和国行政复议法》第二十条' })).toEqual({
      label: '期限（行政复议·法定）',
      value: '本决定发布之日起60日内 → 截止 2024年11月19日（《中华人民共和国行政复议法》第二十条）',
    });
    expect(deadlineLine({ text: '自签订征收补偿协议之日起15日内', date: null, purpose: '搬迁', rule: { event: '签订征收补偿协议', n: 15, unit: 'day' } }).value).toBe(
      '自签订征收补偿协议之日起15日内 → 自「签订征收补偿协议」之日起算，该日期公布后即可推算',
    );
  });
});
