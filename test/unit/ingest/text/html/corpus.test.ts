/**
 * The HTML reader on the real government pages of ../shared/corpus/html (read at run time, never copied):
 * for every page its labelled title, 文号, signing date and issuer must be recoverable from the lines and
 * metadata, and no page chrome or metadata box may remain in the lines.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractText } from '../../../../../shared/ingest/text/extract.ts';

const root = fileURLToPath(new URL('../../../../../', import.meta.url));
const corpus = join(root, '..', 'shared', 'corpus');
const labelsFile = join(corpus, 'html-labels.jsonl');
const present = existsSync(labelsFile);
if (!present) console.warn(`跳过 skipped: no HTML corpus at ${corpus} (html-labels.jsonl missing)`);

const labelSchema = z.object({
  id: z.string(),
  kind: z.enum(['fragment', 'page']),
  title: z.string(),
  docNumber: z.string().nullable(),
  issuers: z.array(z.string()).min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  published: z.string().nullable(),
});
type Label = z.infer<typeof labelSchema>;

const labels: Label[] = present
  ? readFileSync(labelsFile, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => labelSchema.parse(JSON.parse(l)))
  : [];

const compact = (s: string): string => s.replace(/[\s\u00a0\u3000]+/g, '');
/** 文号 as the labels normalise it: full-width 〔〕, no spaces. */
const normaliseNumber = (s: string): string => compact(s).replace(/[[［【(（]\s*(\d{4})\s*[\]］】)）]/g, '〔$1〕');

const CN_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const cnNumber = (n: number): string => (n < 10 ? (CN_DIGITS[n] ?? '') : `${n >= 20 ? CN_DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? CN_DIGITS[n % 10] : ''}`);
/** The printed forms of an ISO date: 2024年7月9日, 二〇二四年七月九日, 2024-07-09. */
function printedForms(iso: string): string[] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const cnYear = [...String(y)].map((c) => CN_DIGITS[Number(c)]).join('');
  return [`${y}年${m}月${d}日`, `${cnYear}年${cnNumber(m)}月${cnNumber(d)}日`, iso];
}

const BOX_LABEL_LINE = /^(?:索引号|主题分类|成文日期|发布日期|发文字号|有效性)[:：]/;
const CHROME_LINE = /^(?:首页|网站首页)$|当前位置|所在位置|打印本页|关闭窗口|分享到|扫一扫/;

describe.skipIf(!present)('HTML reader on the real pages of ../shared/corpus/html', () => {
  it('has the 31 labelled pages', () => {
    expect(labels.length).toBe(31);
  });

  it.each(labels.map((l) => [l.id, l] as const))('%s: title, 文号, date and issuer recoverable; no chrome or box in the lines', async (id, label) => {
    const r = await extractText(new Uint8Array(readFileSync(join(corpus, 'html', `${id}.html`))), { fileName: `${id}.html` });
    expect(r.format).toBe('html');
    const lines = r.text.split('\n');
    const compactLines = lines.map(compact);
    const all = compactLines.join('');

    // the title: one of the first lines, and the page's stated title
    expect(compactLines.slice(0, 12)).toContain(compact(label.title));
    expect(compact(r.metadata['标题'] ?? '')).toBe(compact(label.title));

    // the 文号: printed in the lines, or stated by the metadata box
    if (label.docNumber !== null) {
      const inLines = normaliseNumber(all).includes(label.docNumber);
      const inBox = normaliseNumber(r.metadata['发文字号'] ?? '') === label.docNumber;
      expect(inLines || inBox, `文号 ${label.docNumber}`).toBe(true);
    }

    // the signing date and the issuer are printed in the lines
    expect(printedForms(label.date).some((f) => all.includes(f)), `date ${label.date}`).toBe(true);
    expect(all).toContain(compact(label.issuers[0] ?? ''));

    // the publication date the page states
    if (label.published !== null) {
      const digits = (s: string): string => (s.match(/\d+/g) ?? []).slice(0, 3).map((n) => n.padStart(2, '0')).join('-');
      expect(digits(r.metadata['发布日期'] ?? '')).toBe(label.published);
    }

    for (const line of lines) {
      expect(line, 'chrome line').not.toMatch(CHROME_LINE);
      expect(compact(line), 'metadata box line').not.toMatch(BOX_LABEL_LINE);
    }
  });
});
