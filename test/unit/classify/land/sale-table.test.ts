/**
 * Parcel tables of land-use-right sale notices (挂牌出让公告) as the web flattens them, read from the development
 * corpus at run time through the same reader as `npm run eval`: one cell a line (b026) and one row a line with
 * `|` between cells, a parcel split over two rows (b027). Skipped where the corpus is absent.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCorpusDir } from '../../../../shared/eval/corpus.ts';
import { readFile } from '../../../../shared/eval/read-corpus.ts';
import { extractSaleTable, saleArea, saleCompensation, saleLocation } from '../../../../shared/classify/land/sale-table.ts';
import { landFactsSchema } from '../../../../shared/model/document.ts';

const present = existsSync(join(defaultCorpusDir, 'labels.jsonl'));
const landOf = async (id: string) => {
  const docs = await readFile(join(defaultCorpusDir, 'texts', `${id}.txt`));
  const land = docs.find((d) => d.category === 'land')?.land ?? null;
  return landFactsSchema.parse(land);
};

describe.skipIf(!present)('sale notices from the corpus', () => {
  it('one cell a line: each parcel with its place, area and deposit (b026)', async () => {
    const land = await landOf('b026');
    expect(land.stage).toBe('sale');
    expect(land.location).toContain('木金乡中心区');
    expect(land.area).toContain('65号地块139m2');
    expect(land.areaSquareMetres).toBe(139 + 161 + 162);
    const items = land.compensation.map((c) => c.text);
    expect(items).toEqual(expect.arrayContaining(['65号地块：竞保证金5万元', '66号地块：竞保证金6万元', '67号地块：竞保证金6万元']));
    // The planning indicators (printed "/") and the term (70年) are not money.
    expect(items.join('')).not.toContain('70');
  });

  it('rows with pipes and a parcel split over two rows (b027)', async () => {
    const land = await landOf('b027');
    expect(land.location).toContain('文化路以南（兖土2024-1号地块）');
    expect(land.location).toContain('济阳路以东、兖颜路以北（兖土2025-34号地块）');
    expect(land.area).toContain('兖土2024-1号地块住宅9737m2、商业1081m2');
    expect(land.areaSquareMetres).toBe(9737 + 1081 + 95453);
    const items = land.compensation.filter((c) => c.text.includes('地块：'));
    expect(items.map((c) => c.text)).toEqual([
      '兖土2024-1号地块：起始价3735万元、竞买保证金750万元、总价增价幅度10万元',
      '兖土2025-34号地块：起始价3725万元、竞买保证金745万元、总价增价幅度5万元',
    ]);
    expect(items[0]?.amount).toBe(37_350_000);
  });
});

describe('sale table shapes', () => {
  it('reads nothing when the rows do not line up with the heads', () => {
    const text = ['编号', '土地位置', '土地面积(m2)', '竞买保证金(万元)', 'A1', '某路以东', '100', '出让公告见附件。'].join('\n');
    expect(extractSaleTable(`挂牌出让\n${text}`).parcels.map((p) => p.id)).toEqual([]);
  });

  it('a table without a parcel number column is not a sale table', () => {
    const text = '挂牌出让\n土地位置\n土地面积(m2)\n竞买保证金(万元)\n某路以东\n100\n5';
    const table = extractSaleTable(text);
    expect(table.parcels).toEqual([]);
    expect(saleLocation(table)).toBeNull();
    expect(saleArea(table)).toBeNull();
    expect(saleCompensation(table)).toEqual([]);
  });
});
