/** Feeds are valid Atom: built from the change fixtures and read back with a feed parser. */
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { buildAtom, entryId, MAX_ENTRIES } from '../../../shared/feeds/build-atom.ts';
import { areaSelection, categorySelection, subscriberSelection } from '../../../shared/feeds/feeds.ts';
import { changeFixtureNames, loadChange, subscription } from '../notify/helpers.ts';

const base = 'https://watch.example.com';
const changes = changeFixtureNames().map(loadChange);
const now = new Date('2026-12-01T00:00:00.000Z');
const build = (sel: { title: string; path: string; idPath: string; matches: (c: (typeof changes)[number]) => boolean }, list = changes) =>
  buildAtom({ title: sel.title, path: sel.path, idPath: sel.idPath, publicBaseUrl: base, changes: list.filter(sel.matches), now });

describe('Atom feeds', () => {
  it('parses back as Atom with one entry per document version, tag: ids, Chinese titles and summaries', () => {
    const sel = subscriberSelection(subscription({}, { name: '王律师' }), '/feeds/tok.atom');
    const xml = build(sel);
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('公报哨兵 · 王律师');
    expect(feed.self).toBe(`${base}/feeds/tok.atom`);
    expect(feed.items).toHaveLength(new Set(changes.map((c) => `${c.documentKey}#${c.version}`)).size);
    for (const item of feed.items) {
      const change = changes.find((c) => entryId(base, c) === item.id);
      expect(change, `entry ${item.id}`).toBeDefined();
      expect(item.id).toMatch(/^tag:watch\.example\.com,2026:document\//);
      expect(item.url).toBe(`${base}/changes/${encodeURIComponent(change!.changeId)}`);
      expect(item.title).toContain(change!.title.replace(/<[^>]+>/g, '').slice(0, 4));
      if (change!.docNumber) expect(item.description).toContain('文号');
      if (change!.land) expect(item.description).toContain('土地要素');
    }
    // The subscriber's token is not in the feed id (ids are shared by readers; the URL is the secret).
    expect(xml).toMatch(/<id>tag:watch\.example\.com,2026:feed\/feeds\/subscriber\/[0-9a-f]{24}<\/id>/);
  });

  it('keeps entry ids stable between builds and gives a revision its own entry', () => {
    const sel = categorySelection('land')!;
    const ids = (xml: string) => parseFeed(xml).items.map((i) => i.id);
    expect(ids(build(sel))).toEqual(ids(build(sel, [...changes].reverse())));
    const revised = changes.find((c) => c.kind === 'revised' && c.category === 'land')!;
    expect(ids(build(sel))).toContain(entryId(base, revised));
    expect(entryId(base, revised)).not.toBe(entryId(base, { ...revised, version: revised.version - 1 }));
  });

  it('escapes markup from documents (a hostile title stays text)', () => {
    const xml = build(subscriberSelection(subscription(), '/feeds/t.atom'));
    // type="html": markup from a document arrives escaped, so a reader shows it as text.
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).toContain('&lt;b onmouseover');
    expect(xml).not.toMatch(/<script>|<b onmouseover/);
    expect(parseFeed(xml).items.some((i) => i.title?.includes('alert(1)'))).toBe(true);
  });

  it('public feeds: per category and per area, by the same matcher as mail', () => {
    const land = parseFeed(build(categorySelection('land')!));
    expect(land.items.length).toBe(changes.filter((c) => c.category === 'land' || c.tags?.includes('land')).length);
    const lishiCode = changes.find((c) => c.jurisdiction.county === '离石区')!.jurisdiction.divisionCode;
    const area = areaSelection(lishiCode)!;
    expect(area.title).toContain('离石区');
    const items = parseFeed(build(area)).items;
    expect(items.length).toBe(changes.filter((c) => c.jurisdiction.divisionCode === lishiCode).length);
    expect(areaSelection('999999')).toBeNull();
    expect(categorySelection('sports')).toBeNull();
  });

  it('caps a feed at MAX_ENTRIES, newest first', () => {
    const many = Array.from({ length: MAX_ENTRIES + 5 }, (_, i) => ({ ...changes[0]!, documentKey: `k${i}`, changeId: `c${i}`, createdAt: new Date(now.getTime() - i * 1000).toISOString() }));
    const items = parseFeed(build(categorySelection(changes[0]!.category)!, many)).items;
    expect(items).toHaveLength(MAX_ENTRIES);
    expect(items[0]?.id).toBe(entryId(base, many[0]!));
  });
});
