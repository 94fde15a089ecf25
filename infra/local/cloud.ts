import { adapters } from '../../functions/runtime/runtime.ts';
import { startApiServer, type ApiServer } from './api-server.ts';
import { startLocalBackend, type LocalBackend } from './backend.ts';
import { demoSubscribers } from './demo-subscribers.ts';
import { startSampleSite, type SampleSite } from './sample-site/server.ts';

export interface LocalCloud extends LocalBackend {
  site: SampleSite;
  /** The subscription API and pages (mail links point here). */
  api: ApiServer;
  /** Where the local cloud keeps its files (.local/). */
  dir: string;
}

/**
 * The whole local cloud on loopback: the backend (emulators, tables, bucket, runtime), the subscription
 * API, the sample gazette site with its sources registered, and the demo subscribers.
 */
export async function startLocalCloud(options: { dir: string; now?: Date }): Promise<LocalCloud> {
  const backend = await startLocalBackend(options);
  const api = await startApiServer(() => backend.runtime);
  backend.setPublicBaseUrl(api.url);
  const site = await startSampleSite({ now: backend.runtime.now });
  const a = adapters(backend.runtime);
  for (const source of site.sources) {
    // The sample site is on loopback: no need to wait between requests.
    await a.sources.put({ ...source, politeness: { ...source.politeness, minIntervalMs: 0 } });
  }
  for (const subscriber of demoSubscribers(backend.runtime.now())) await a.subscribers.put(subscriber);
  return {
    ...backend,
    site,
    api,
    dir: options.dir,
    async close() {
      await api.close();
      await site.close();
      await backend.close();
    },
  };
}
