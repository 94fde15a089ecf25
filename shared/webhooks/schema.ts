/**
 * A subscriber's webhooks as stored on the subscriber record: where to post, with which secret, and
 * the delivery health the 7-day rule reads (failing since, last failure, disabled).
 */
import * as z from 'zod';

export const webhookKinds = ['dingtalk', 'wecom', 'feishu', 'generic'] as const;
export const webhookKindSchema = z.enum(webhookKinds);
export type WebhookKind = z.infer<typeof webhookKindSchema>;

/** What each platform is called in Chinese text (pages, CLI, mails). */
export const webhookKindLabels: Record<WebhookKind, string> = {
  dingtalk: '钉钉群机器人',
  wecom: '企业微信群机器人',
  feishu: '飞书群机器人',
  generic: '通用 JSON Webhook',
};

/** Kinds whose requests are signed with the subscriber's secret (WeCom's key is part of its URL). */
export const signedKinds: ReadonlySet<WebhookKind> = new Set(['dingtalk', 'feishu', 'generic']);

export const webhookFailureSchema = z.object({
  at: z.string(),
  /** HTTP status, or null for a timeout, a refused address or a connection error. */
  status: z.number().int().nullable(),
  reason: z.string(),
});
export type WebhookFailure = z.infer<typeof webhookFailureSchema>;

export const storedWebhookSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/),
    kind: webhookKindSchema,
    url: z.url({ protocol: /^https?$/ }),
    secret: z.string().min(1).max(256).nullable().default(null),
    status: z.enum(['active', 'disabled']).default('active'),
    createdAt: z.string(),
    /** When the current run of failures began (null: the last delivery worked). */
    failingSince: z.string().nullable().default(null),
    lastFailure: webhookFailureSchema.nullable().default(null),
    lastSuccessAt: z.string().nullable().default(null),
    /** Set when 7 days of failures disabled it (the subscriber was told by mail). */
    disabledAt: z.string().nullable().default(null),
  })
  .refine((w) => !signedKinds.has(w.kind) || w.secret !== null, { error: '该类型的 Webhook 需要签名密钥 this kind of webhook needs its signing secret', path: ['secret'] });
export type StoredWebhook = z.infer<typeof storedWebhookSchema>;

export const MAX_WEBHOOKS = 10;
export const webhookListSchema = z.array(storedWebhookSchema).max(MAX_WEBHOOKS).optional();
