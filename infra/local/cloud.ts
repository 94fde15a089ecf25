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
  /**
   * From now on the local clock runs in real time from wherever it stands (`--serve`: rate-limit
   * windows and link lifetimes end); setNow still moves it.
   */
  runClock(): void;
}

/** The port npm start asks for the subscription pages, so mail links keep their address between runs. */
export const DEFAULT_API_PORT = 8787;

/**
 * The whole local cloud on loopback: the backend (emulators, tables, bucket, runtime), the subscription
 * API, the sample gazette site with its sources registered, and the demo subscribers.
 */
export async function startLocalCloud(options: { dir: string; now?: Date; apiPort?: number }): Promise<LocalCloud> {
  const backend = await startLocalBackend(options);
  const api = await startApiServer(() => backend.runtime, { port: options.apiPort ?? 0 });
  // The backend's clock stands still (reproducible cycles); runClock() lets it run from where it stands.
  const frozen = backend.runtime.now;
  let running = false;
  let anchor = 0;
  backend.runtime.now = () => (running ? new Date(frozen().getTime() + (Date.now() - anchor)) : frozen());
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
    setNow(at: Date) {
      backend.setNow(at);
      anchor = Date.now();
    },
    runClock() {
      if (running) return;
      backend.setNow(frozen());
      anchor = Date.now();
      running = true;
    },
    async close() {
      await api.close();
      await site.close();
      await backend.close();
    },
  };
}
