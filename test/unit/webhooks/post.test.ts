/** The retry policy over a scripted transport (a unit test of the error paths: no network involved). */
import { describe, expect, it } from 'vitest';
import { defaultPostPolicy, postWithRetries, type HttpAnswer, type HttpPost } from '../../../shared/webhooks/post.ts';

type Step = HttpAnswer | 'timeout' | 'reset';

function scripted(steps: Step[]) {
  const calls: string[] = [];
  const sleeps: number[] = [];
  const post: HttpPost = async ({ url }) => {
    calls.push(url);
    const step = steps.shift() ?? { status: 200, body: '{"errcode":0}', retryAfter: null };
    if (step === 'timeout') throw Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' });
    if (step === 'reset') throw new Error('socket hang up');
    return step;
  };
  return { calls, sleeps, deps: { post, sleep: async (ms: number) => void sleeps.push(ms), resolve: async () => ['203.119.129.2'] } };
}
const ok = (body = '{"errcode":0,"errmsg":"ok"}'): HttpAnswer => ({ status: 200, body, retryAfter: null });
const status = (code: number): HttpAnswer => ({ status: code, body: 'x', retryAfter: null });
const build = (url = 'https://oapi.dingtalk.com/robot/send?access_token=a') => () => ({ url, headers: {}, body: '{}' });

describe('webhook retries', () => {
  it('retries 5xx with doubling backoff and delivers once the endpoint answers 200', async () => {
    const t = scripted([status(503), status(502), ok()]);
    const r = await postWithRetries('dingtalk', build(), defaultPostPolicy, t.deps);
    expect(r.outcome.kind).toBe('delivered');
    expect(r.attempts).toBe(3);
    expect(t.sleeps).toEqual([defaultPostPolicy.backoffMs, defaultPostPolicy.backoffMs * 2]);
  });
  it('retries timeouts and dropped connections', async () => {
    const t = scripted(['timeout', 'reset', ok()]);
    expect((await postWithRetries('dingtalk', build(), defaultPostPolicy, t.deps)).outcome.kind).toBe('delivered');
    expect(t.calls).toHaveLength(3);
  });
  it('does not retry a 4xx', async () => {
    const t = scripted([status(400)]);
    const r = await postWithRetries('generic', build('https://hooks.example.org/x'), defaultPostPolicy, t.deps);
    expect(r.outcome).toMatchObject({ kind: 'permanent', status: 400 });
    expect(t.calls).toHaveLength(1);
  });
  it('gives up after the attempts with the last reason', async () => {
    const t = scripted([status(500), status(500), status(500), status(500), ok()]);
    const r = await postWithRetries('dingtalk', build(), defaultPostPolicy, t.deps);
    expect(r.outcome).toMatchObject({ kind: 'retryable', status: 500 });
    expect(t.calls).toHaveLength(defaultPostPolicy.attempts);
  });
  it('reads the platform code of a 200: a wrong signature is a refusal, a rate limit is retried', async () => {
    const refused = scripted([ok('{"errcode":310000,"errmsg":"sign not match"}')]);
    expect((await postWithRetries('dingtalk', build(), defaultPostPolicy, refused.deps)).outcome).toMatchObject({ kind: 'permanent', reason: expect.stringMatching(/310000/) });
    const throttled = scripted([ok('{"code":9499,"msg":"too many request"}'), ok('{"code":0,"msg":"success"}')]);
    expect((await postWithRetries('feishu', build('https://open.feishu.cn/open-apis/bot/v2/hook/x'), defaultPostPolicy, throttled.deps)).outcome.kind).toBe('delivered');
    expect(throttled.calls).toHaveLength(2);
  });
  it('honours Retry-After on a 429', async () => {
    const t = scripted([{ status: 429, body: '', retryAfter: '7' }, ok()]);
    await postWithRetries('dingtalk', build(), defaultPostPolicy, t.deps);
    expect(t.sleeps).toEqual([7000]);
  });
  it('does not follow a redirect', async () => {
    const t = scripted([{ status: 302, body: '', retryAfter: null }]);
    expect((await postWithRetries('generic', build('https://hooks.example.org/x'), defaultPostPolicy, t.deps)).outcome.kind).toBe('permanent');
  });
});

describe('the address guard applies to webhook targets', () => {
  for (const url of ['http://127.0.0.1:9000/hook', 'http://[::1]/hook', 'http://10.1.2.3/hook', 'http://169.254.169.254/latest/meta-data', 'http://[::ffff:7f00:1]/x']) {
    it(`refuses ${url} without posting`, async () => {
      const t = scripted([]);
      const r = await postWithRetries('generic', build(url), defaultPostPolicy, t.deps);
      expect(r.outcome.kind).toBe('permanent');
      expect(t.calls).toHaveLength(0);
    });
  }
  it('refuses a public name that resolves to a private address', async () => {
    const t = scripted([]);
    const r = await postWithRetries('generic', build('https://hooks.example.org/x'), defaultPostPolicy, { ...t.deps, resolve: async () => ['192.168.1.10'] });
    expect(r.outcome).toMatchObject({ kind: 'permanent', reason: expect.stringMatching(/192\.168\.1\.10/) });
    expect(t.calls).toHaveLength(0);
  });
  it('allows a loopback origin only when it is listed explicitly', async () => {
    const t = scripted([ok()]);
    const r = await postWithRetries('generic', build('http://127.0.0.1:9000/hook'), { ...defaultPostPolicy, allowedOrigins: ['http://127.0.0.1:9000'] }, t.deps);
    expect(r.outcome.kind).toBe('delivered');
    const other = scripted([ok()]);
    expect((await postWithRetries('generic', build('http://127.0.0.1:9001/hook'), { ...defaultPostPolicy, allowedOrigins: ['http://127.0.0.1:9000'] }, other.deps)).outcome.kind).toBe('permanent');
  });
});
