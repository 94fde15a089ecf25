import { describe, expect, it } from 'vitest';
import { isAllowed, parseRobots } from '../../../shared/ingest/robots.ts';

const robots = `
# comment
User-agent: *
Disallow: /private/
Allow: /private/gazette/
Disallow: /*.doc$

User-agent: gazette-watch
User-agent: otherbot
Disallow: /zfgb/draft
`;

describe('robots.txt', () => {
  it('uses our own group when there is one, not the * group', () => {
    const rules = parseRobots(robots, 'gazette-watch/0.1');
    expect(isAllowed(rules, '/zfgb/draft-2023.pdf')).toBe(false);
    expect(isAllowed(rules, '/private/x.pdf')).toBe(true);
  });

  it('applies the longest match, Allow winning ties, with * and $ patterns', () => {
    const rules = parseRobots(robots, 'somebot');
    expect(isAllowed(rules, '/private/x.pdf')).toBe(false);
    expect(isAllowed(rules, '/private/gazette/2023-2.pdf')).toBe(true);
    expect(isAllowed(rules, '/files/a.doc')).toBe(false);
    expect(isAllowed(rules, '/files/a.docx')).toBe(true);
  });

  it('allows everything when robots.txt says nothing', () => {
    expect(isAllowed(parseRobots('', 'gazette-watch'), '/anything')).toBe(true);
  });
});
