import { describe, expect, it } from 'vitest';
import { maskedUrl, webhookView } from '../../../shared/webhooks/mask.ts';
import { storedWebhookSchema } from '../../../shared/webhooks/schema.ts';

describe('secrets are never shown back in full', () => {
  it('masks the DingTalk token and secret, the WeCom key and the Feishu hook id', () => {
    const at = '2026-12-01T00:00:00.000Z';
    const d = storedWebhookSchema.parse({ id: 'd', kind: 'dingtalk', url: 'https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef', secret: 'SEC0123456789abcdefXYZW', createdAt: at });
    const view = webhookView(d);
    expect(view.url).not.toContain('0123456789abcdef');
    expect(view.url).toContain('cdef');
    expect(view.secret).toBe('••••XYZW');
    expect(JSON.stringify(view)).not.toContain('SEC0123456789');
    expect(maskedUrl({ kind: 'wecom', url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa' })).not.toContain('693a91f6');
    expect(maskedUrl({ kind: 'feishu', url: 'https://open.feishu.cn/open-apis/bot/v2/hook/2f3b1c0e-aaaa-bbbb-cccc-1234567890ab' })).not.toContain('2f3b1c0e');
  });
});
