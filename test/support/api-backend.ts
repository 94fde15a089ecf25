/**
 * The set-up of the integration tests that talk to the api function over HTTP: the local backend on the
 * emulators, the local API server in front of it (its address as the public base URL), and the store adapters.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adapters } from '../../functions/runtime/runtime.ts';
import { startApiServer, type ApiServer } from '../../infra/local/api-server.ts';
import { startLocalBackend, type LocalBackend } from '../../infra/local/backend.ts';
import type { RateLimits } from '../../shared/subscribe/rate-limit.ts';

export interface ApiBackend {
  backend: LocalBackend;
  api: ApiServer;
  a: ReturnType<typeof adapters>;
  close(): Promise<void>;
}

export async function startApiBackend(dirPrefix: string, options: { now?: Date; limits?: RateLimits } = {}): Promise<ApiBackend> {
  const backend = await startLocalBackend({ dir: mkdtempSync(join(tmpdir(), dirPrefix)), ...(options.now ? { now: options.now } : {}) });
  const api = await startApiServer(() => backend.runtime, options.limits ? { limits: options.limits } : {});
  backend.setPublicBaseUrl(api.url);
  return {
    backend,
    api,
    a: adapters(backend.runtime),
    async close() {
      await api.close();
      await backend.close();
    },
  };
}
