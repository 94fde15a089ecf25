import { sourceSchema, type Source } from '../../../shared/model/source.ts';
import type { SiteManifest, SiteSource } from './catalogue.ts';
import { datedSources, feedSources } from './discovery-plan.ts';

function discoveryOf(s: SiteSource, baseUrl: string): Source['discovery'] {
  const feed = feedSources[s.id];
  if (feed) return { method: 'feed', feedUrl: `${baseUrl}/${s.id}/${feed}`, linkPattern: s.linkPattern };
  const dated = datedSources[s.id];
  if (dated) return { method: 'dated-url', urlTemplate: `${baseUrl}${dated.pathTemplate}`, lookbackDays: dated.lookbackDays };
  return { method: 'html-index', indexUrl: `${baseUrl}/${s.id}/index.html`, linkPattern: s.linkPattern };
}

/** The site's sources as the product configures them: an index page, a feed or a dated URL (discovery-plan.ts). */
export function sourcesOf(manifest: SiteManifest, baseUrl: string): Source[] {
  return manifest.sources.map((s) =>
    sourceSchema.parse({
      id: s.id,
      name: s.name,
      jurisdiction: s.jurisdiction,
      kind: s.kind,
      discovery: discoveryOf(s, baseUrl),
      // A loopback site: no need to wait between requests.
      politeness: { minIntervalMs: 0, maxBytes: 50 * 1024 * 1024, timeoutMs: 30_000 },
    }),
  );
}
