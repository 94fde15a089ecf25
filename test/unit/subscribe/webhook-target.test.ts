/** The address guard's verdict on a webhook URL when it is added: loopback and private targets refused in Chinese. */
import { describe, expect, it } from 'vitest';
import { refusedWebhookTarget } from '../../../shared/subscribe/webhook-target.ts';

describe('the address guard on a webhook URL being added', () => {
  it('refuses loopback, private and reserved literal addresses, saying why in Chinese', async () => {
    const cases: [string, string][] = [
      ['https://127.0.0.1/hook', '指向本机回环地址 127.0.0.1'],
      ['https://10.1.2.3/hook', '指向内网私有地址 10.1.2.3'],
      ['https://[::1]/hook', '指向本机回环地址 ::1'],
      ['https://[::ffff:192.168.0.1]/hook', '指向内嵌 IPv4 的 IPv6 地址'],
      ['https://169.254.169.254/latest', '指向链路本地地址（含云服务器元数据地址） 169.254.169.254'],
      ['https://[fd00::5]/hook', '指向内网私有地址 fd00::5'],
    ];
    for (const [url, said] of cases) {
      const verdict = await refusedWebhookTarget(url);
      expect(verdict, url).toMatch(/^不能使用此地址：/);
      expect(verdict, url).toContain(said);
      expect(verdict).toContain('公报哨兵只向公网地址推送');
    }
  });
  it('refuses a name that resolves to a private address (here the system resolver reading /etc/hosts for localhost)', async () => {
    expect(await refusedWebhookTarget('https://localhost:8443/hook')).toMatch(/127\.0\.0\.1|::1/);
  });
  it('refuses a name when any of its addresses is private, accepts one whose addresses are all public', async () => {
    const resolve = async (host: string) => (host === 'rebind.example.com' ? ['93.184.215.14', '10.0.0.7'] : ['93.184.215.14']);
    expect(await refusedWebhookTarget('https://rebind.example.com/hook', { resolve })).toContain('rebind.example.com 指向内网私有地址 10.0.0.7');
    expect(await refusedWebhookTarget('https://empty.example.com/hook', { resolve: async () => [] })).toContain('没有解析到任何地址');
    expect(await refusedWebhookTarget('https://hooks.example.com/hook', { resolve })).toBeNull();
    expect(await refusedWebhookTarget('https://8.8.8.8/hook')).toBeNull();
  });
  it('leaves a name that does not resolve now to the guard at delivery time, and lets the allowed origin through', async () => {
    const failing = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    expect(await refusedWebhookTarget('https://hooks.example.invalid/x', { resolve: failing })).toBeNull();
    expect(await refusedWebhookTarget('https://127.0.0.1:9999/hook', { allowedOrigins: ['https://127.0.0.1:9999'] })).toBeNull();
  });
});
