import { sourceSchema, type Source } from '../../../shared/model/source.ts';
import type { SiteManifest } from './catalogue.ts';

/** The site's sources as the product configures them: discovered from their index pages. */
export function sourcesOf(manifest: SiteManifest, baseUrl: string): Source[] {
  return manifest.sources.map((s) =>
    sourceSchema.parse({
      id: s.id,
      name: s.name,
      jurisdiction: s.jurisdiction,
      kind: s.kind,
      discovery: { method: 'html-index', indexUrl: `${baseUrl}/${s.id}/index.html`, linkPattern: s.linkPattern },
      // A loopback site: no need to wait between requests.
      politeness: { minIntervalMs: 0, maxBytes: 50 * 1024 * 1024, timeoutMs: 30_000 },
    }),
  );
}
