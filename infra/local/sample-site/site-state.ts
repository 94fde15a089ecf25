import type { SiteEntry, SiteManifest } from './catalogue.ts';

/** Which entries each source lists right now; publishNext() adds the manifest's next issue once. */
export class SiteState {
  private readonly live = new Map<string, SiteEntry[]>();
  private nextPublished = false;

  constructor(private readonly manifest: SiteManifest) {
    for (const source of manifest.sources) this.live.set(source.id, [...source.entries]);
  }

  /** Entries of a source, newest first (ties keep the manifest's order). */
  entriesOf(sourceId: string): SiteEntry[] {
    const entries = this.live.get(sourceId) ?? [];
    return entries
      .map((entry, order) => ({ entry, order }))
      .sort((a, b) => b.entry.published.localeCompare(a.entry.published) || a.order - b.order)
      .map(({ entry }) => entry);
  }

  /** The entry served at a path, if it is published. */
  entryAt(path: string): SiteEntry | undefined {
    for (const entries of this.live.values()) {
      const found = entries.find((e) => e.path === path);
      if (found) return found;
    }
    return undefined;
  }

  /** Adds the next issue to its source; true the first time, false (and no change) afterwards. */
  publishNext(): boolean {
    if (this.nextPublished) return false;
    this.nextPublished = true;
    this.live.get(this.manifest.next.sourceId)?.push(this.manifest.next.entry);
    return true;
  }

  published(): { sourceId: string; path: string }[] {
    return this.manifest.sources.flatMap((s) => this.entriesOf(s.id).map((e) => ({ sourceId: s.id, path: e.path })));
  }
}
