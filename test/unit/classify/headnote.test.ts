import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../../shared/classify/classify.ts';
import { headnoteOf } from '../../../shared/classify/headnote.ts';
import { analysePublication } from '../../../shared/pipeline/analyse.ts';
import { doc } from './doc.ts';

const HEADNOTE = '（2017年10月27日某某自治区人民政府令第119号公布　自2017年12月1日起施行）';
const ARTICLES = ['第一条　为了规范某某管理工作，根据有关法律、法规，结合本自治区实际，制定本办法。', '第二条　本自治区行政区域内的某某管理活动，适用本办法。'];

describe('the 题注 of a rule', () => {
  it('is the bracketed adoption or promulgation note among the first lines of the span', () => {
    expect(headnoteOf([HEADNOTE, ...ARTICLES], ARTICLES.join('\n'))).toBe('2017年10月27日某某自治区人民政府令第119号公布自2017年12月1日起施行');
    expect(headnoteOf(['某某市立法条例', '(2018年12月31日某某市第一届人民代表大会第四次会议通过)', ...ARTICLES], ARTICLES.join('\n'))).toContain('会议通过');
  });

  it('is not a bracketed line without a date or an adoption word, nor one the text already holds', () => {
    expect(headnoteOf(['（试行）', ...ARTICLES], ARTICLES.join('\n'))).toBeNull();
    expect(headnoteOf(['（2024年1月印发）', ...ARTICLES], ARTICLES.join('\n'))).toBeNull();
    expect(headnoteOf([HEADNOTE, ...ARTICLES], [HEADNOTE, ...ARTICLES].join('\n'))).toBeNull();
  });

  it('gives the commencement of a rule whose text starts at its first article', () => {
    const text = ARTICLES.join('\n');
    const without = classifyDocument(doc('某某自治区机关事务管理办法', text, { date: '2017-10-27' }), { publishedDate: null });
    expect(without.regulation?.effectiveDate).toBeNull();
    const withNote = classifyDocument(doc('某某自治区机关事务管理办法', text, { date: '2017-10-27' }), { publishedDate: null, headnote: headnoteOf([HEADNOTE], text) });
    expect(withNote.category).toBe('regulation');
    expect(withNote.regulation?.effectiveDate).toBe('2017-12-01');
  });

  it('reaches the classifier through the pipeline when segmentation keeps it out of the text', () => {
    const publication = analysePublication([HEADNOTE, ...ARTICLES, '第三条　本办法自2018年1月1日起施行。'].join('\n'));
    const rule = publication.documents.find((d) => d.category === 'regulation');
    // The rule's own clause (本办法自…起施行) outranks the note; both are read.
    expect(rule?.regulation?.effectiveDate).toBe('2018-01-01');
    const noClause = analysePublication([HEADNOTE, ...ARTICLES].join('\n')).documents.find((d) => d.category === 'regulation');
    expect(noClause?.regulation?.effectiveDate).toBe('2017-12-01');
  });
});
