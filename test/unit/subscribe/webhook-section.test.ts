/** The manage page's webhooks and feeds as rendered: masked as the CLI masks them, health in Chinese, values escaped. */
import { describe, expect, it } from 'vitest';
import { subscriptionSchema } from '../../../shared/model/subscription.ts';
import { preferencesPage } from '../../../shared/subscribe/pages/pages.ts';
import { webhookFieldErrors } from '../../../shared/subscribe/webhook-form.ts';
import { webhookFieldsSchema } from '../../../shared/subscribe/schemas.ts';
import { maskedUrl } from '../../../shared/webhooks/mask.ts';

const wecomKey = '693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa';
const subscription = subscriptionSchema.parse({
  subscriberId: 'sub-hooks',
  email: 'hooks@example.com',
  status: 'active',
  filters: {},
  frequency: 'daily',
  createdAt: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-20T02:00:00.000Z',
  webhooks: [
    { id: 'wecom-1', kind: 'wecom', url: `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${wecomKey}`, createdAt: '2026-11-20T02:00:00.000Z', lastSuccessAt: '2026-11-21T00:30:00.000Z' },
    {
      id: 'generic-2',
      kind: 'generic',
      url: 'https://hooks.example.com/gw?x=%3Cscript%3E',
      secret: 'a-long-generic-secret-9876',
      createdAt: '2026-11-20T02:00:00.000Z',
      failingSince: '2026-11-21T00:00:00.000Z',
      lastFailure: { at: '2026-11-21T00:00:00.000Z', status: null, reason: '<img src=x onerror=alert(1)> 超时 timed out after 5000 ms' },
    },
  ],
});
const feeds = { atom: 'https://gw.example/feeds/abc.def.atom', calendar: 'https://gw.example/calendar/abc.def.ics' };

describe('webhooks and feeds on the manage page', () => {
  const page = preferencesPage('tok"en', subscription, { unsubscribe: 'unsubscribe?token=u', feeds });

  it('lists each webhook masked as the CLI shows it, never its credential', () => {
    expect(page).not.toContain(wecomKey);
    expect(page).not.toContain('a-long-generic-secret-9876');
    expect(page).toContain(maskedUrl(subscription.webhooks![0]!).replace(/&/g, '&amp;'));
    expect(page).toContain('••••9876');
    expect(page).toContain('企业微信群机器人');
  });
  it('shows health in Chinese: last success, last failure with reason (escaped), the failure run', () => {
    expect(page).toContain('2026年11月21日 08:30（北京时间）');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt; 超时 timed out after 5000 ms');
    expect(page).not.toContain('<img');
    expect(page).toContain('自 2026年11月21日 08:00（北京时间） 起连续失败');
    // Active webhooks offer removal only.
    expect(page).toContain('删除 wecom-1');
    expect(page).not.toContain('重新启用');
  });
  it('posts every action with the page token in the form action, and shows both feeds with the reset', () => {
    for (const action of ['webhooks', 'feed-reset']) expect(page).toContain(`action="${action}?token=tok%22en"`);
    expect(page).toContain('<input type="hidden" name="action" value="remove"><input type="hidden" name="webhookId" value="wecom-1">');
    expect(page).toContain(`href="${feeds.atom}"`);
    expect(page).toContain(`href="${feeds.calendar}"`);
    expect(page).toContain('重置订阅源地址');
  });
  it('says that a pending subscription has no feed content yet, and leaves the section out without feed links', () => {
    expect(preferencesPage('t', { ...subscription, status: 'pending' }, { unsubscribe: 'u', feeds })).toContain('订阅生效后订阅源才有内容');
    expect(preferencesPage('t', subscription, { unsubscribe: 'u' })).not.toContain('重置订阅源地址');
  });
  it('shows the add form again with each message beside its field, the URL kept and the secret not', () => {
    const posted = { kind: 'feishu', url: 'https://open.feishu.cn/wrong', secret: '' };
    const parsed = webhookFieldsSchema.safeParse(posted);
    expect(parsed.success).toBe(false);
    const errors = webhookFieldErrors(parsed.error!);
    expect(errors.url?.[0]).toContain('地址格式应为');
    expect(errors.secret?.[0]).toContain('请填写签名密钥');
    const again = preferencesPage('t', subscription, { unsubscribe: 'u', feeds }, { webhook: { errors, state: { kind: 'feishu', url: posted.url } } });
    expect(again).toContain('<title>订阅设置（请修改后重新提交） · 公报哨兵</title>');
    expect(again).toMatch(/<input type="radio" id="w-kind-2" name="kind" value="feishu" checked>/);
    expect(again).toContain('value="https://open.feishu.cn/wrong"');
    expect(again).toMatch(/id="w-url"[^>]*aria-describedby="h-w-url we-url" aria-invalid="true"/);
    expect(again).toMatch(/id="w-secret"[^>]*aria-describedby="h-w-secret we-secret" aria-invalid="true"/);
    expect(again).toContain('<a href="#w-url">Webhook 地址</a>');
  });
});
