import type { SiteEntry, SiteManifest } from './catalogue.ts';

/** Which entries each source lists right now; publishNext() adds the manifest's next issue once. */
export class SiteState {
  private readonly live = new Map<string, SiteEntry[]>();
  private nextPublished = false;
  /** Paths taken down (404 from now on) and paths whose bytes were replaced in place (issue 14 re-checks). */
  private readonly removed = new Set<string>();
  readonly replaced = new Map<string, Buffer>();

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
    if (this.removed.has(path)) return undefined;
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

  /** Takes a published file down: its URL answers 404 (it stays listed, as sites often leave dead links). */
  takeDown(path: string): void {
    this.removed.add(path);
  }

  /** Serves other bytes at a published file's URL (a notice edited in place). */
  replace(path: string, body: Buffer): void {
    this.replaced.set(path, body);
  }

  published(): { sourceId: string; path: string }[] {
    return this.manifest.sources.flatMap((s) => this.entriesOf(s.id).map((e) => ({ sourceId: s.id, path: e.path })));
  }
}
