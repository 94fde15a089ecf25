import { describe, expect, it } from 'vitest';
import { HostPacer, type PacerClock } from '../../../shared/ingest/host-pacer.ts';

/** A clock that only moves when someone sleeps (or a request "takes" time). */
function fakeClock(): PacerClock & { t: number; slept: number[] } {
  const clock = {
    t: 1_000,
    slept: [] as number[],
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.slept.push(ms);
      clock.t += ms;
    },
  };
  return clock;
}

describe('HostPacer', () => {
  it('lets the request after robots.txt go without waiting the interval, and still one at a time', async () => {
    const clock = fakeClock();
    const pacer = new HostPacer(clock);
    const work = (ms: number) => async () => {
      clock.t += ms;
    };
    await pacer.run('http://www.example.gov.cn/robots.txt', 0, work(300), { startsInterval: false });
    await pacer.run('http://www.example.gov.cn/index.html', 5000, work(300));
    expect(clock.slept).toEqual([]);
    // The index did start the interval: the next request waits it out.
    await pacer.run('http://www.example.gov.cn/1.pdf', 5000, work(300));
    expect(clock.slept).toEqual([5000]);
  });

  it('runs requests to one host one at a time, the minimum interval apart, whichever source asks', async () => {
    const clock = fakeClock();
    const pacer = new HostPacer(clock);
    const log: string[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const request = (name: string, url: string, interval: number, takesMs: number) =>
      pacer.run(url, interval, async () => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        log.push(`${name} start ${clock.t}`);
        await Promise.resolve();
        clock.t += takesMs;
        inFlight--;
        return name;
      });
    // Two sources on www.example.gov.cn in one batch, asking at the same moment.
    const results = await Promise.all([
      request('a1', 'http://www.example.gov.cn/a/index.html', 2000, 100),
      request('b1', 'http://WWW.example.gov.cn/b/index.html', 2000, 50),
      request('a2', 'http://www.example.gov.cn/a/1.pdf', 2000, 10),
    ]);
    expect(results).toEqual(['a1', 'b1', 'a2']);
    expect(maxInFlight).toBe(1);
    expect(log).toEqual(['a1 start 1000', 'b1 start 3100', 'a2 start 5150']);
  });

  it('does not make other hosts wait, and keys hosts by name and port', async () => {
    const clock = fakeClock();
    const pacer = new HostPacer(clock);
    await pacer.run('http://a.gov.cn/x', 5000, async () => undefined);
    await pacer.run('http://b.gov.cn/x', 5000, async () => undefined);
    await pacer.run('http://a.gov.cn:8080/x', 5000, async () => undefined);
    expect(clock.slept).toEqual([]);
    await pacer.run('http://a.gov.cn/y', 5000, async () => undefined);
    expect(clock.slept).toEqual([5000]);
  });

  it('waits only for what is left of the interval, and frees the host when a request fails', async () => {
    const clock = fakeClock();
    const pacer = new HostPacer(clock);
    await expect(pacer.run('https://x.gov.cn/', 1000, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    clock.t += 400;
    await pacer.run('https://x.gov.cn/', 1000, async () => undefined);
    expect(clock.slept).toEqual([600]);
  });
});
