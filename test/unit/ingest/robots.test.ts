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

describe('robots.txt through robots-parser (RFC 9309 details)', () => {
  it('matches the product token case-insensitively and ignores its version', () => {
    const rules = parseRobots('User-agent: Gazette-Watch\nDisallow: /\n\nUser-agent: *\nAllow: /\n', 'gazette-watch/0.1 (+https://example.org)');
    expect(isAllowed(rules, '/zfgb/2023-1.pdf')).toBe(false);
  });

  it('merges groups that name the same agent and keeps rules after blank lines and comments', () => {
    const text = 'User-agent: gazette-watch\nDisallow: /a/\n\n# later\nUser-agent: gazette-watch\nDisallow: /b/\n';
    const rules = parseRobots(text, 'gazette-watch');
    expect(isAllowed(rules, '/a/x')).toBe(false);
    expect(isAllowed(rules, '/b/x')).toBe(false);
    expect(isAllowed(rules, '/c/x')).toBe(true);
  });

  it('compares percent-encoded and plain paths alike and keeps the query in the match', () => {
    const rules = parseRobots('User-agent: *\nDisallow: /公报/\nDisallow: /search?q=\n', 'gazette-watch');
    expect(isAllowed(rules, `/${encodeURIComponent('公报')}/1.pdf`)).toBe(false);
    expect(isAllowed(rules, '/search?q=land')).toBe(false);
    expect(isAllowed(rules, '/search')).toBe(true);
  });

  it('treats "Disallow:" with no path as allowing everything', () => {
    expect(isAllowed(parseRobots('User-agent: *\nDisallow:\n', 'gazette-watch'), '/x')).toBe(true);
  });
});
