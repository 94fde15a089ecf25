/**
 * Each signature recomputed the way its platform's documentation describes it (written out here with
 * node:crypto, step by step, not through sign.ts), so a slip in the product's signing cannot hide.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildWebhookRequest } from '../../../shared/webhooks/request.ts';
import { storedWebhookSchema } from '../../../shared/webhooks/schema.ts';
import { dingtalkSign, dingtalkSignedUrl, feishuSign, genericSignature } from '../../../shared/webhooks/sign.ts';
import { changeFixtureNames, loadChange } from '../notify/helpers.ts';

const at = new Date('2026-12-01T01:02:03.456Z');
const changes = changeFixtureNames().map(loadChange);
const input = { heading: '公报哨兵 · 测试', changes, pageUrl: (id: string) => `https://watch.example.com/evidence/${id}`, moreUrl: 'https://watch.example.com/feeds/x.atom', deliveryId: 'd-1', event: 'digest' as const };
const hook = (kind: string, url: string, secret: string | null) => storedWebhookSchema.parse({ id: `${kind}-1`, kind, url, secret, createdAt: at.toISOString() });

describe('DingTalk 加签: Base64(HmacSHA256(secret, timestamp + "\\n" + secret)), urlEncode, timestamp in ms', () => {
  const secret = 'SEC' + 'f'.repeat(61);
  it('puts timestamp (milliseconds) and the URL-encoded sign on the robot URL', () => {
    const req = buildWebhookRequest(hook('dingtalk', 'https://oapi.dingtalk.com/robot/send?access_token=abc', secret), input, at);
    const url = new URL(req.url);
    expect(url.searchParams.get('access_token')).toBe('abc');
    expect(url.searchParams.get('timestamp')).toBe(String(at.getTime()));
    const stringToSign = `${at.getTime()}\n${secret}`;
    const expected = createHmac('sha256', Buffer.from(secret, 'utf8')).update(Buffer.from(stringToSign, 'utf8')).digest().toString('base64');
    // The raw query holds the URL-encoded form (what quote_plus / URLEncoder produce for + / =); decoding gives the Base64.
    const raw = /[?&]sign=([^&]+)/.exec(req.url)?.[1] ?? '';
    expect(decodeURIComponent(raw)).toBe(expected);
    expect(raw).not.toMatch(/[+/=]/);
    expect(JSON.parse(req.body)).toMatchObject({ msgtype: 'markdown', markdown: { title: '公报哨兵 · 测试' } });
  });
  it('a re-signed URL replaces an earlier timestamp and sign', () => {
    const once = dingtalkSignedUrl('https://oapi.dingtalk.com/robot/send?access_token=abc', secret, 1);
    const twice = dingtalkSignedUrl(once, secret, 2);
    expect(new URL(twice).searchParams.getAll('timestamp')).toEqual(['2']);
    expect(new URL(twice).searchParams.get('sign')).toBe(dingtalkSign(secret, 2));
  });
});

describe('Feishu 签名校验: Base64(HmacSHA256(key = timestamp + "\\n" + secret, message "")), timestamp in s, both in the body', () => {
  it('signs with the documented key and empty message', () => {
    const secret = 'feishu-secret-value';
    const req = buildWebhookRequest(hook('feishu', 'https://open.feishu.cn/open-apis/bot/v2/hook/abc', secret), input, at);
    const body = JSON.parse(req.body) as { timestamp: string; sign: string; msg_type: string; card: { elements: Array<{ tag: string; content: string }> } };
    const ts = Math.floor(at.getTime() / 1000);
    expect(body.timestamp).toBe(String(ts));
    const expected = createHmac('sha256', Buffer.from(`${ts}\n${secret}`, 'utf8')).update(Buffer.alloc(0)).digest('base64');
    expect(body.sign).toBe(expected);
    expect(feishuSign(secret, ts)).toBe(expected);
    // Signing the other way round (DingTalk's scheme) gives something else: the two are not interchangeable.
    expect(body.sign).not.toBe(createHmac('sha256', secret).update(`${ts}\n${secret}`).digest('base64'));
    expect(body.msg_type).toBe('interactive');
    expect(body.card.elements[0]?.tag).toBe('markdown');
    expect(Buffer.byteLength(req.body)).toBeLessThanOrEqual(20 * 1024);
  });
});

describe('generic JSON: X-GW-Signature = sha256=hex(HMAC-SHA256(secret, timestamp + "." + body))', () => {
  it('signs exactly the bytes sent, with the timestamp header', () => {
    const secret = 'generic-secret';
    const req = buildWebhookRequest(hook('generic', 'https://hooks.example.org/gw', secret), input, at);
    const ts = req.headers['x-gw-timestamp'];
    expect(ts).toBe(String(Math.floor(at.getTime() / 1000)));
    expect(req.headers['x-gw-signature']).toBe(`sha256=${createHmac('sha256', secret).update(`${ts}.${req.body}`).digest('hex')}`);
    expect(req.headers['x-gw-delivery']).toBe('d-1');
    // One changed byte of the body no longer verifies.
    expect(genericSignature(secret, Number(ts), `${req.body} `)).not.toBe(req.headers['x-gw-signature']);
    const body = JSON.parse(req.body) as { changes: Array<{ changeId: string; pageUrl: string }>; event: string };
    expect(body.event).toBe('digest');
    expect(body.changes.map((c) => c.changeId)).toEqual(changes.slice(0, body.changes.length).map((c) => c.changeId));
  });
});

describe('WeCom group robot: the key is in the URL, markdown.content at most 4096 bytes', () => {
  it('posts markdown unsigned to the key URL', () => {
    const req = buildWebhookRequest(hook('wecom', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k-1', null), input, at);
    expect(req.url).toBe('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k-1');
    const body = JSON.parse(req.body) as { msgtype: string; markdown: { content: string } };
    expect(body.msgtype).toBe('markdown');
    expect(Buffer.byteLength(body.markdown.content, 'utf8')).toBeLessThanOrEqual(4096);
  });
  it('a signed kind without its secret is refused by the schema', () => {
    expect(() => hook('dingtalk', 'https://oapi.dingtalk.com/robot/send?access_token=abc', null)).toThrow(/签名密钥/);
  });
});
