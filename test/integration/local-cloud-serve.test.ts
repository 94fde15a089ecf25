/** `npm start -- --serve` on the emulators: a clock that runs (rate-limit windows end) and a stable pages port. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer } from '../../infra/local/api-server.ts';
import { startLocalCloud, type LocalCloud } from '../../infra/local/cloud.ts';
import { DynamoRateLimitRepository } from '../../shared/store/dynamo/rate-limit-repository.ts';

const SIMULATED = new Date('2026-11-20T02:00:00Z');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the served local cloud', () => {
  let cloud: LocalCloud;
  beforeAll(async () => {
    cloud = await startLocalCloud({ dir: mkdtempSync(join(tmpdir(), 'gw-serve-')), now: SIMULATED });
  });
  afterAll(async () => {
    await cloud?.close();
  });

  it('keeps a still clock for the cycles, then a real one: a rate-limit window ends', async () => {
    expect(cloud.runtime.now().toISOString()).toBe(SIMULATED.toISOString());
    await sleep(50);
    expect(cloud.runtime.now().toISOString()).toBe(SIMULATED.toISOString());

    cloud.runClock();
    const limiter = new DynamoRateLimitRepository(cloud.runtime.db, cloud.runtime.config.tables.deliveries);
    expect((await limiter.hit('test:clock', 1, 1, cloud.runtime.now())).allowed).toBe(true);
    const refused = await limiter.hit('test:clock', 1, 1, cloud.runtime.now());
    expect(refused.allowed).toBe(false);
    await sleep(refused.retryAfterSeconds * 1000 + 100);
    expect(cloud.runtime.now().getTime() - SIMULATED.getTime()).toBeGreaterThanOrEqual(1000);
    expect((await limiter.hit('test:clock', 1, 1, cloud.runtime.now())).allowed).toBe(true);
  });

  it('a moved clock keeps running from where it was moved to', async () => {
    const week = new Date(SIMULATED.getTime() + 7 * 24 * 3600 * 1000);
    cloud.setNow(week);
    await sleep(120);
    const elapsed = cloud.runtime.now().getTime() - week.getTime();
    expect(elapsed).toBeGreaterThanOrEqual(100);
    expect(elapsed).toBeLessThan(5000);
  });

  it('serves the pages on the port asked for, and says so when it had to take another', async () => {
    const first = await startApiServer(() => cloud.runtime, { port: 0 });
    const port = Number(new URL(first.url).port);
    expect(first.stablePort).toBe(false);
    await first.close();
    const again = await startApiServer(() => cloud.runtime, { port });
    expect(again.url).toBe(first.url);
    expect(again.stablePort).toBe(true);
    const clash = await startApiServer(() => cloud.runtime, { port });
    expect(clash.stablePort).toBe(false);
    expect(clash.url).not.toBe(again.url);
    expect((await fetch(`${clash.url}/`)).status).toBe(200);
    await clash.close();
    await again.close();
  });
});
