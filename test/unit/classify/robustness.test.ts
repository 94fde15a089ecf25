import { describe, expect, it } from 'vitest';
import { extractAppointments } from '../../../shared/classify/appointments.ts';
import { classifyDocument } from '../../../shared/classify/classify.ts';
import { doc } from './doc.ts';

/** ~350 KB of text built to tempt backtracking: long runs without punctuation, many triggers. */
function hostileText(): string {
  const pieces = [
    '任命：',
    '张'.repeat(3000),
    '同志为',
    '局'.repeat(2000),
    '免去：',
    '、'.repeat(500),
    '王五、'.repeat(400),
    '辞去',
    '某'.repeat(4000),
    '自'.repeat(200),
    '起施行',
    '《'.repeat(300),
    '废止',
    '》'.repeat(300),
    '决定由李四代理',
    '县'.repeat(3000),
    '收回',
    '土'.repeat(3000),
  ].join('');
  let text = '';
  while (text.length < 350_000) text += `${pieces}\n`;
  return text;
}

describe('robustness on large and hostile input', () => {
  const text = hostileText();

  it('classifies a 350 KB hostile document quickly (no catastrophic backtracking)', () => {
    const started = performance.now();
    const result = classifyDocument(doc('某某县人民政府关于张三等同志任免的通知', text, { date: '2024-01-01' }), { publishedDate: null });
    const elapsed = performance.now() - started;
    expect(result.confidence).toBeGreaterThanOrEqual(0);
    expect(elapsed).toBeLessThan(3000);
  });

  it('extracts no nonsense triples from it', () => {
    for (const a of extractAppointments(text).appointments) {
      expect(a.person.length).toBeLessThanOrEqual(16);
      expect(a.position.length).toBeLessThanOrEqual(80);
    }
  });

  it('handles empty and whitespace-only documents', () => {
    const result = classifyDocument(doc('通知', '   \n  '), { publishedDate: null });
    expect(result.category).toBe('other');
    expect(result.evidence.length).toBeGreaterThan(0);
  });
});
