/** `npm start` writes every subscriber's Atom feed to .local/feeds/<subscriber>.atom, built as the API serves it. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { adapters } from '../../functions/runtime/runtime.ts';
import { buildAtom } from '../../shared/feeds/build-atom.ts';
import { feedToken } from '../../shared/feeds/feed-token.ts';
import { subscriberSelection } from '../../shared/feeds/feeds.ts';
import { recentChanges } from '../../shared/feeds/recent-changes.ts';
import type { LocalCloud } from './cloud.ts';

export interface WrittenFeeds {
  dir: string;
  feeds: { subscriberId: string; file: string; entries: number }[];
}

export function clearFeeds(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}

export async function writeSubscriberFeeds(cloud: Pick<LocalCloud, 'runtime'>, dir: string): Promise<WrittenFeeds> {
  const rt = cloud.runtime;
  const a = adapters(rt);
  const now = rt.now();
  const changes = await recentChanges(a.changes, now);
  mkdirSync(dir, { recursive: true });
  const feeds: WrittenFeeds['feeds'] = [];
  for (const s of await a.subscribers.listAll()) {
    const selection = subscriberSelection(s, `/feeds/${feedToken(rt.config.tokenSecret, s.subscriberId, s.feedGeneration ?? 0)}.atom`);
    const matching = changes.filter(selection.matches);
    const file = join(dir, `${s.subscriberId.replace(/[^A-Za-z0-9_-]/g, '_')}.atom`);
    writeFileSync(file, buildAtom({ title: selection.title, path: selection.path, idPath: selection.idPath, publicBaseUrl: rt.config.publicBaseUrl, changes: matching, now }));
    feeds.push({ subscriberId: s.subscriberId, file, entries: new Set(matching.map((c) => `${c.documentKey}\n${c.version}`)).size });
  }
  return { dir, feeds };
}
