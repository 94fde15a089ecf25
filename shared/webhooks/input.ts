/**
 * A webhook as a subscriber enters it (manage page, CLI): the kind, the URL the platform gave them and the
 * signing secret. Each platform's URL has its documented form, on its own host, over https: a URL of another
 * shape is refused here, before anything is stored. The generic kind takes any https URL (the address guard
 * still refuses private targets when posting).
 */
import * as z from 'zod';
import { signedKinds, webhookKindSchema, type WebhookKind } from './schema.ts';

const forms: Record<Exclude<WebhookKind, 'generic'>, { hosts: string[]; path: RegExp; param: string | null; example: string }> = {
  dingtalk: { hosts: ['oapi.dingtalk.com'], path: /^\/robot\/send$/, param: 'access_token', example: 'https://oapi.dingtalk.com/robot/send?access_token=…' },
  wecom: { hosts: ['qyapi.weixin.qq.com'], path: /^\/cgi-bin\/webhook\/send$/, param: 'key', example: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…' },
  feishu: { hosts: ['open.feishu.cn', 'open.larksuite.com'], path: /^\/open-apis\/bot\/v2\/hook\/[A-Za-z0-9-]+$/, param: null, example: 'https://open.feishu.cn/open-apis/bot/v2/hook/…' },
};

export const webhookInputSchema = z
  .object({
    kind: z.enum(webhookKindSchema.options, { error: '请选择类型：dingtalk、wecom、feishu 或 generic choose dingtalk, wecom, feishu or generic' }),
    url: z.string({ error: '请填写 Webhook 地址 the webhook URL is required' }).trim().max(1000, { error: 'Webhook 地址太长 the URL is too long' }),
    secret: z
      .string()
      .trim()
      .max(256, { error: '密钥太长 the secret is too long' })
      .transform((s) => (s.length > 0 ? s : null))
      .nullable()
      .optional(),
  })
  .superRefine((input, ctx) => {
    let url: URL;
    try {
      url = new URL(input.url);
    } catch {
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'Webhook 地址无效 not a valid URL' });
      return;
    }
    if (url.protocol !== 'https:') ctx.addIssue({ code: 'custom', path: ['url'], message: 'Webhook 地址须为 https the URL must be https' });
    if (url.username || url.password) ctx.addIssue({ code: 'custom', path: ['url'], message: '地址不能含用户名密码 no credentials in the URL' });
    if (input.kind !== 'generic') {
      const form = forms[input.kind];
      const shaped = form.hosts.includes(url.hostname) && form.path.test(url.pathname) && (form.param === null || (url.searchParams.get(form.param) ?? '').length > 0);
      if (!shaped) ctx.addIssue({ code: 'custom', path: ['url'], message: `地址格式应为 the URL should look like ${form.example}` });
    }
    if (signedKinds.has(input.kind) && !input.secret) ctx.addIssue({ code: 'custom', path: ['secret'], message: '请填写签名密钥（机器人安全设置中的“加签”密钥）the signing secret is required' });
    if (input.kind === 'wecom' && input.secret) ctx.addIssue({ code: 'custom', path: ['secret'], message: '企业微信群机器人没有签名密钥，密钥就在地址的 key 中 WeCom robots have no separate secret' });
  });
export type WebhookInput = z.infer<typeof webhookInputSchema>;
