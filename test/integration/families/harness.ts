import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SQSEvent } from 'aws-lambda';
import { createExtractHandler } from '../../../functions/extract.ts';
import { createFetchHandler } from '../../../functions/fetch.ts';
import { createNotifyHandler } from '../../../functions/notify.ts';
import { createProcessHandler } from '../../../functions/process.ts';
import { adapters } from '../../../functions/runtime/runtime.ts';
import { startLocalBackend, type LocalBackend } from '../../../infra/local/backend.ts';
import { startSampleSite, type SampleSite } from '../../../infra/local/sample-site/index.ts';
import type { Source } from '../../../shared/model/source.ts';

/** The local cloud without the seed sources: emulators, tables, the sample site, the real Lambda handlers. */
export interface FamilyCloud {
  backend: LocalBackend;
  site: SampleSite;
  /** Stores the sources, then runs fetch → extract → process → notify through the handlers (SQS batches), like a cycle. */
  cycle(sources: Source[]): Promise<{ fetched: number; processed: number; notified: number; deadLetters: number }>;
  close(): Promise<void>;
}

export async function startFamilyCloud(name: string, now = new Date('2024-01-20T02:00:00Z')): Promise<FamilyCloud> {
  const backend = await startLocalBackend({ dir: mkdtempSync(join(tmpdir(), `gw-${name}-`)), now });
  const site = await startSampleSite({ now: backend.runtime.now });
  const runtime = () => backend.runtime;
  const a = adapters(backend.runtime);
  return {
    backend,
    site,
    async cycle(sources) {
      for (const s of sources) {
        await a.sources.put(s);
        await backend.queue.send('fetch', { sourceId: s.id, requestedAt: backend.runtime.now().toISOString() });
      }
      const fetched = await backend.queue.drain('fetch', (e: SQSEvent) => createFetchHandler(runtime)(e));
      await backend.queue.drain('extract', (e: SQSEvent) => createExtractHandler(runtime)(e));
      const processed = await backend.queue.drain('process', (e: SQSEvent) => createProcessHandler(runtime)(e));
      const notified = await backend.queue.drain('notify', (e: SQSEvent) => createNotifyHandler(runtime)(e));
      const deadLetters = [...backend.queue.deadLetters.values()].reduce((n, l) => n + l.length, 0);
      return { fetched, processed, notified, deadLetters };
    },
    async close() {
      await site.close();
      await backend.close();
    },
  };
}
