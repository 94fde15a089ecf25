import { expandTemplate, shanghaiDaysBack } from '../../../shared/ingest/discovery/dated-url.ts';
import type { Catalogue, SiteEntry } from './catalogue.ts';

/**
 * How the product discovers each sample source, so the local run exercises all three strategies:
 * most read their HTML index page, 山阴县 documents come from an RSS feed, and 太原日报 is a daily newspaper
 * whose page is found by its dated URL. Every source keeps its index page too (for people browsing the site).
 */
export const feedSources: Record<string, string> = { 'shanyin-docs': 'rss.xml' };

/** Path templates of dated-url sources ({yyyy} {mm} {dd} …, Asia/Shanghai days). */
export const datedSources: Record<string, { pathTemplate: string; lookbackDays: number }> = {
  'taiyuan-daily': { pathTemplate: '/taiyuan-daily/tyrb/{yyyy}{mm}/{dd}/tyrb-{yyyy}{mm}{dd}-04.pdf', lookbackDays: 3 },
};

/**
 * A daily newspaper publishes "today": the page of each dated source moves to the site's opening day
 * (Asia/Shanghai, from the local cloud's clock), so a dated-url lookback from that clock finds it.
 * Returns a catalogue whose entries and files use the moved paths.
 */
export function openOn(catalogue: Catalogue, now: Date): Catalogue {
  const [today] = shanghaiDaysBack(now, 0);
  if (!today) return catalogue;
  const iso = `${today.year}-${String(today.month).padStart(2, '0')}-${String(today.day).padStart(2, '0')}`;
  const files = new Map(catalogue.files);
  const move = (sourceId: string, entry: SiteEntry): SiteEntry => {
    const dated = datedSources[sourceId];
    if (!dated) return entry;
    const path = expandTemplate(dated.pathTemplate, today);
    const file = catalogue.files.get(entry.path);
    if (file) files.set(path, file);
    return { ...entry, path, published: iso };
  };
  const sources = catalogue.manifest.sources.map((s) => {
    if (datedSources[s.id] && s.entries.length !== 1) throw new Error(`sample site: dated source ${s.id} must publish exactly one page`);
    return { ...s, entries: s.entries.map((e) => move(s.id, e)) };
  });
  const next = { ...catalogue.manifest.next, entry: move(catalogue.manifest.next.sourceId, catalogue.manifest.next.entry) };
  return { manifest: { ...catalogue.manifest, sources, next }, files };
}
