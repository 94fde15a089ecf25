import { describe, expect, it } from 'vitest';
import { startSimulatedSourcesInChild } from '../../../../infra/local/sample-site/simulated-sources-process.ts';

describe('simulated sources in a child process', () => {
  it('serve the listed issues, count requests, publish and stop on close', async () => {
    const site = await startSimulatedSourcesInChild({ sources: 3, hosts: 2, issuesPerSource: [1, 2, 0], issueBytes: 2048, minIntervalMs: 0 });
    try {
      expect(site.sources.map((s) => s.id)).toEqual(['sim-00000', 'sim-00001', 'sim-00002']);
      const indexOf = async (n: number) => {
        const discovery = site.sources[n]!.discovery;
        if (discovery.method !== 'html-index') throw new Error('expected an html-index source');
        return (await fetch(discovery.indexUrl)).text();
      };
      expect((await indexOf(1)).match(/gb-\d+\.pdf/g)).toEqual(['gb-1.pdf', 'gb-2.pdf']);
      expect(await indexOf(2)).not.toMatch(/gb-\d+\.pdf/);
      await site.publish(2);
      expect((await indexOf(2)).match(/gb-\d+\.pdf/g)).toEqual(['gb-1.pdf']);
      expect(await site.requests()).toBe(3);
      expect((await site.memory()).rss).toBeGreaterThan(10 * 2 ** 20);
    } finally {
      await site.close();
    }
  }, 60_000);
});
