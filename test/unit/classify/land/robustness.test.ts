import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { landFactsSchema } from '../../../../shared/model/document.ts';
import { parsePublication } from '../../../../shared/parse/publication.ts';
import { extractLandFacts } from '../../../../shared/classify/land/land-facts.ts';

const seeds = new URL('../../../fixtures/seeds/', import.meta.url);

describe('extractLandFacts on every document of every seed', () => {
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt'));

  it.each(files)('%s: schema-valid facts, dates only where an anchor or a printed date exists', (file) => {
    const parsed = parsePublication(readFileSync(new URL(file, seeds), 'utf8'));
    for (const doc of parsed.documents) {
      const facts = extractLandFacts(doc, doc.date);
      expect(landFactsSchema.safeParse(facts).success, doc.title ?? `line ${doc.startLine}`).toBe(true);
      const undated = extractLandFacts(doc, null);
      // Without an anchor, a deadline can only carry a date printed in the text itself.
      for (const d of undated.deadlines) if (d.date) expect(/\d{4}年|[〇零○一二三四五六七八九]{4}年/.test(d.text), d.text).toBe(true);
    }
  });
});
