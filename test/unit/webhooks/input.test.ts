import { describe, expect, it } from 'vitest';
import { webhookInputSchema } from '../../../shared/webhooks/input.ts';
import { addWebhook, enableWebhook, removeWebhook, revokeFeed } from '../../../shared/webhooks/settings.ts';
import { subscription } from '../notify/helpers.ts';

const issues = (input: unknown) => {
  const r = webhookInputSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('webhook input: each platform URL in its documented form', () => {
  it('accepts the documented forms', () => {
    expect(issues({ kind: 'dingtalk', url: 'https://oapi.dingtalk.com/robot/send?access_token=abc123', secret: 'SECxyz' })).toEqual([]);
    expect(issues({ kind: 'wecom', url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx' })).toEqual([]);
    expect(issues({ kind: 'feishu', url: 'https://open.feishu.cn/open-apis/bot/v2/hook/2f3b-11aa', secret: 's' })).toEqual([]);
    expect(issues({ kind: 'generic', url: 'https://hooks.example.org/gw', secret: 's' })).toEqual([]);
  });
  it('refuses other hosts, plain http, a missing token, a missing secret, a secret for WeCom', () => {
    expect(issues({ kind: 'dingtalk', url: 'https://evil.example.com/robot/send?access_token=a', secret: 's' }).join()).toMatch(/url: 地址格式应为/);
    expect(issues({ kind: 'generic', url: 'http://hooks.example.org/gw', secret: 's' }).join()).toMatch(/https/);
    expect(issues({ kind: 'dingtalk', url: 'https://oapi.dingtalk.com/robot/send', secret: 's' }).join()).toMatch(/url/);
    expect(issues({ kind: 'feishu', url: 'https://open.feishu.cn/open-apis/bot/v2/hook/x' }).join()).toMatch(/secret: 请填写签名密钥/);
    expect(issues({ kind: 'wecom', url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k', secret: 'x' }).join()).toMatch(/secret/);
    expect(issues({ kind: 'slack', url: 'https://hooks.slack.com/x' }).join()).toMatch(/kind/);
    expect(issues({ kind: 'generic', url: 'not a url', secret: 's' }).join()).toMatch(/url/);
  });
});

describe('webhook settings', () => {
  const now = new Date('2026-12-01T00:00:00.000Z');
  const input = webhookInputSchema.parse({ kind: 'generic', url: 'https://hooks.example.org/gw', secret: 'generic-secret' });
  it('adds with a fresh id, refuses a duplicate URL, removes and re-enables', () => {
    const { subscription: one, webhook } = addWebhook(subscription(), input, now);
    expect(webhook).toMatchObject({ id: 'generic-1', status: 'active', secret: 'generic-secret' });
    expect(() => addWebhook(one, input, now)).toThrow(/已添加/);
    const two = addWebhook(one, { ...input, url: 'https://hooks.example.org/other' }, now).subscription;
    expect(two.webhooks?.map((w) => w.id)).toEqual(['generic-1', 'generic-2']);
    const disabled = { ...two, webhooks: two.webhooks!.map((w) => ({ ...w, status: 'disabled' as const, disabledAt: now.toISOString(), failingSince: now.toISOString() })) };
    expect(enableWebhook(disabled, 'generic-2', now).webhooks?.[1]).toMatchObject({ status: 'active', failingSince: null, disabledAt: null });
    expect(removeWebhook(two, 'generic-1', now).webhooks?.map((w) => w.id)).toEqual(['generic-2']);
    expect(() => removeWebhook(two, 'nope', now)).toThrow(/nope/);
  });
  it('revoking the feed raises its generation', () => {
    expect(revokeFeed(revokeFeed(subscription(), now), now).feedGeneration).toBe(2);
  });
});
