import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapters } from '../../../functions/runtime/runtime.ts';
import { startLocalBackend } from '../../../infra/local/backend.ts';
import { startEmulatorsInChild, type ChildEmulators } from '../../../infra/local/emulators-process.ts';
import { emptyHealth } from '../../../shared/store/ports.ts';

describe('emulators in a child process', () => {
  it('serve the same tables and bucket to the real SDK clients, report their memory and stop on close', async () => {
    let child: ChildEmulators | undefined;
    const backend = await startLocalBackend({ dir: mkdtempSync(join(tmpdir(), 'gw-child-emu-')), emulators: async (o) => (child = await startEmulatorsInChild(o)) });
    try {
      const a = adapters(backend.runtime);
      await a.sources.putHealth({ ...emptyHealth('child-1'), lastCheckedAt: '2026-11-02T01:00:00.000Z' });
      expect((await a.sources.getHealth('child-1')).lastCheckedAt).toBe('2026-11-02T01:00:00.000Z');
      await a.blobs.put('text/child/1.json', '{"公报":1}', { contentType: 'application/json' });
      expect(await a.blobs.exists('text/child/1.json')).toBe(true);
      const memory = await child!.memory();
      expect(memory.rss).toBeGreaterThan(10 * 2 ** 20);
      expect(memory.peak).toBeGreaterThanOrEqual(memory.rss);
    } finally {
      await backend.close();
    }
    await expect(fetch(backend.emulators.dynamoEndpoint)).rejects.toThrow();
  }, 60_000);
});
