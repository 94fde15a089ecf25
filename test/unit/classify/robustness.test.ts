import { describe, expect, it } from 'vitest';
import { extractAppointments } from '../../../shared/classify/appointments.ts';
import { classifyDocument } from '../../../shared/classify/classify.ts';
import { doc } from './doc.ts';
import { hostileText } from '../../support/hostile-text.ts';


describe('robustness on large and hostile input', () => {
  const text = hostileText();

  // Speed is the bench's (classify.hostile_throughput); catastrophic backtracking would run for hours, far past this timeout.
  it('classifies a 350 KB hostile document (no catastrophic backtracking)', { timeout: 60_000 }, () => {
    const result = classifyDocument(doc('某某县人民政府关于张三等同志任免的通知', text, { date: '2024-01-01' }), { publishedDate: null });
    expect(result.confidence).toBeGreaterThanOrEqual(0);
    expect(result.category).toBe('appointment');
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
