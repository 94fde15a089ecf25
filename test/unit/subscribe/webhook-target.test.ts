/** The address guard's verdict on a webhook URL when it is added: loopback and private targets refused in Chinese. */
import { describe, expect, it } from 'vitest';
import { refusedWebhookTarget } from '../../../shared/subscribe/webhook-target.ts';

describe('the address guard on a webhook URL being added', () => {
  it('refuses loopback, private and reserved literal addresses, saying why in Chinese', async () => {
    for (const url of ['https://127.0.0.1/hook', 'https://10.1.2.3/hook', 'https://[::1]/hook', 'https://[::ffff:192.168.0.1]/hook', 'https://169.254.169.254/latest']) {
      const verdict = await refusedWebhookTarget(url);
      expect(verdict, url).toMatch(/^不能使用此地址：拒绝访问内网地址/);
      expect(verdict).toContain('公网地址');
    }
  });
  it('refuses a name that resolves to a private address (here the system resolver reading /etc/hosts for localhost)', async () => {
    expect(await refusedWebhookTarget('https://localhost:8443/hook')).toMatch(/127\.0\.0\.1|::1/);
  });
  it('refuses a name when any of its addresses is private, accepts one whose addresses are all public', async () => {
    const resolve = async (host: string) => (host === 'rebind.example.com' ? ['93.184.215.14', '10.0.0.7'] : ['93.184.215.14']);
    expect(await refusedWebhookTarget('https://rebind.example.com/hook', { resolve })).toContain('10.0.0.7');
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
