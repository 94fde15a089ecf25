/** The scorers on readings made here: they must count what they say, so the eval can be trusted. */
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../../shared/model/document.ts';
import type { TextLabel } from '../../../shared/eval/corpus.ts';
import { scoreAppointments } from '../../../shared/eval/metrics/appointments.ts';
import { scoreCategories } from '../../../shared/eval/metrics/categories.ts';
import { scoreFields, textFields } from '../../../shared/eval/metrics/fields.ts';
import { scoreLand } from '../../../shared/eval/metrics/land.ts';
import { pickDocument } from '../../../shared/eval/read-corpus.ts';
import type { Reading } from '../../../shared/eval/types.ts';

const doc = (over: Partial<ParsedDocument>): ParsedDocument => ({
  title: '某县人民政府关于某事的通知',
  docNumber: null,
  issuer: null,
  date: null,
  startLine: 1,
  endLine: 10,
  duplicateOf: null,
  text: '',
  category: 'other',
  subtype: 'other',
  confidence: 0.5,
  evidence: [],
  appointments: [],
  land: null,
  regulation: null,
  ...over,
});

const label = (over: Partial<TextLabel>): TextLabel => ({
  id: 't1',
  category: 'other',
  title: null,
  docNumber: null,
  issuer: null,
  date: null,
  appointments: [],
  land: null,
  effectiveDate: null,
  repeals: [],
  province: '某省',
  docType: '',
  layout: 'full',
  note: '',
  ...over,
});

const reading = (l: TextLabel, documents: ParsedDocument[]): Reading<TextLabel> => ({ id: l.id, label: l, doc: pickDocument(documents, l), documents, error: null });
const value = (metrics: { name: string; value: number }[], name: string): number | undefined => metrics.find((m) => m.name === name)?.value;

describe('pickDocument', () => {
  it('takes the document whose title matches the label, else the one with its 文号, else the longest', () => {
    const a = doc({ title: '某县人民政府关于甲的通知', endLine: 50 });
    const b = doc({ title: '某县人民政府关于乙同志任职的通知', docNumber: '某政发〔2023〕2号', endLine: 5 });
    expect(pickDocument([a, b], { title: '某县人民政府关于乙同志任职的通知', docNumber: null })).toBe(b);
    expect(pickDocument([a, b], { title: null, docNumber: '某政发[2023]2号' })).toBe(b);
    expect(pickDocument([a, b], { title: null, docNumber: null })).toBe(a);
    expect(pickDocument([], { title: null, docNumber: null })).toBeNull();
  });
});

describe('scoreFields', () => {
  it('counts a null label met by null as right and a promoted first sentence as wrong', () => {
    const right = reading(label({ id: 'r' }), [doc({ title: null as unknown as string })]);
    const wrong = reading(label({ id: 'w' }), [doc({ title: '9月7日，某县人大常委会召开会议' })]);
    const result = scoreFields([right, wrong], textFields);
    expect(value(result.metrics, 'title')).toBe(0.5);
    expect(result.failures.filter((f) => f.metric === 'title').map((f) => f.id)).toEqual(['w']);
  });
});

describe('scoreCategories', () => {
  it('fills the confusion matrix and per-category recall', () => {
    const readings = [
      reading(label({ id: '1', category: 'land' }), [doc({ category: 'land' })]),
      reading(label({ id: '2', category: 'land' }), [doc({ category: 'other' })]),
      reading(label({ id: '3', category: 'other' }), [doc({ category: 'other' })]),
    ];
    const result = scoreCategories(readings);
    expect(result.confusion.land.other).toBe(1);
    expect(value(result.metrics, 'category.land.recall')).toBe(0.5);
    expect(value(result.metrics, 'category.other.precision')).toBe(0.5);
    expect(value(result.metrics, 'category')).toBeCloseTo(2 / 3);
  });
});

describe('scoreAppointments', () => {
  it('scores (person, action) over every document of a file, junk entries costing precision', () => {
    const l = label({
      id: 'a',
      appointments: [
        { person: '张三', action: 'appoint', position: '某县副县长' },
        { person: '李四', action: 'remove', position: '某县副县长' },
      ],
    });
    const documents = [
      doc({ appointments: [{ person: '张三', action: 'appoint', position: '某县副县长' }] }),
      doc({ appointments: [{ person: '王五', action: 'appoint', position: '主持会议' }] }),
    ];
    const result = scoreAppointments([reading(l, documents)]);
    expect(value(result.metrics, 'appointments.recall')).toBe(0.5);
    expect(value(result.metrics, 'appointments.precision')).toBe(0.5);
    expect(value(result.metrics, 'appointments.position')).toBe(1);
  });
});

describe('scoreLand', () => {
  const l = label({
    id: 'b',
    category: 'land',
    land: {
      stage: 'plan',
      location: '甲镇乙村、丙村',
      area: '1.5公顷',
      compensation: ['耕地每亩30000元', '青苗补偿按某政发〔2020〕12号'],
      deadlines: [{ text: '自本公告发布之日起30日内提出', date: '2024-02-01' }],
    },
  });

  it('gives every land fact its due when the product reads them', () => {
    const land = {
      stage: 'plan' as const,
      project: null,
      location: '甲镇乙村、丙村',
      area: '15000平方米',
      areaSquareMetres: 15000,
      compensation: [
        { text: '耕地30000元/亩', amount: 30000, unit: '元/亩', appliesTo: '耕地' },
        { text: '青苗补偿按某政发〔2020〕12号执行', amount: null, unit: null, appliesTo: '青苗' },
      ],
      deadlines: [
        { text: '自本公告发布之日起30日内', date: '2024-02-01' },
        { text: '六十日内申请行政复议', date: '2024-03-01', purpose: '行政复议' },
      ],
      implementer: null,
    };
    const result = scoreLand([reading(l, [doc({ category: 'land', land })])]);
    for (const name of ['land.stage', 'land.location', 'land.area', 'land.compensation', 'land.deadlines', 'land.deadlines.precision']) {
      expect([name, value(result.metrics, name)]).toEqual([name, 1]);
    }
  });

  it('fails every fact of a land notice read as something else', () => {
    const result = scoreLand([reading(l, [doc({ category: 'other' })])]);
    expect(value(result.metrics, 'land.stage')).toBe(0);
    expect(value(result.metrics, 'land.compensation')).toBe(0);
    expect(result.failures.find((f) => f.metric === 'land.stage')?.got).toBe('not land: other');
  });
});

describe('scoreAppointments matching', () => {
  it('matches one found entry to one labelled entry, so precision never exceeds 1', () => {
    const l = label({
      id: 'c',
      appointments: [
        { person: '张三', action: 'appoint', position: '甲局局长' },
        { person: '张三', action: 'appoint', position: '乙办主任' },
      ],
    });
    const result = scoreAppointments([reading(l, [doc({ appointments: [{ person: '张三', action: 'appoint', position: '乙办主任' }] })])]);
    expect(value(result.metrics, 'appointments.precision')).toBe(1);
    expect(value(result.metrics, 'appointments.recall')).toBe(0.5);
    expect(value(result.metrics, 'appointments.position')).toBe(1);
  });
});
