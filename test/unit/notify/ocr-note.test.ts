import { describe, expect, it } from 'vitest';
import { changeHtml, changeText, changeView } from '../../../shared/notify/render-parts.ts';
import { changeFixtureNames, links, loadChange } from './helpers.ts';

/** Issue 20: a document read partly by OCR says so in alerts and digests. */
describe('OCR note in mails', () => {
  const change = loadChange(changeFixtureNames()[0]!);

  it('names the OCR’d pages in both parts', () => {
    const view = changeView({ ...change, ocrPages: [3, 4, 5] }, links);
    expect(view.ocrNote).toBe('第3–5页为扫描件，经OCR识别，请以原件为准');
    expect(changeHtml(view)).toContain('第3–5页为扫描件，经OCR识别，请以原件为准');
    expect(changeText(view)).toContain('注意：第3–5页为扫描件，经OCR识别，请以原件为准');
  });

  it('says nothing for a document read from its text layer', () => {
    const view = changeView({ ...change, ocrPages: undefined }, links);
    expect(view.ocrNote).toBeNull();
    expect(changeText(view)).not.toContain('OCR');
  });
});
