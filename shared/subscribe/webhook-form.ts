/**
 * The manage page's add-webhook form as people read it: the messages of the input schema (shared/webhooks/input.ts,
 * Chinese first) by field, and what was typed shown again — never the secret.
 */
import type { z } from 'zod';
import { webhookKinds, type WebhookKind } from '../webhooks/schema.ts';

export const webhookFormFields = ['kind', 'url', 'secret'] as const;
export type WebhookFormField = (typeof webhookFormFields)[number];
export type WebhookErrors = Partial<Record<WebhookFormField | 'form', string[]>>;

export const webhookFieldLabels: Record<WebhookFormField | 'form', string> = { kind: '类型', url: 'Webhook 地址', secret: '签名密钥', form: '表单' };

const fallback: Record<WebhookFormField | 'form', string> = {
  kind: '请选择类型：钉钉、企业微信、飞书或通用 JSON choose a kind',
  url: '请填写群机器人设置中给出的 https 地址 enter the https URL the robot settings show',
  secret: '请填写签名密钥 enter the signing secret',
  form: '输入有误，请检查后重试 please check the form and try again',
};

const isField = (key: string): key is WebhookFormField => (webhookFormFields as readonly string[]).includes(key);
const isOurs = (message: string): boolean => /\p{Script=Han}/u.test(message);

export function webhookFieldErrors(error: z.ZodError): WebhookErrors {
  const out: WebhookErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '');
    const field = isField(key) ? key : 'form';
    const message = isOurs(issue.message) ? issue.message : fallback[field];
    const list = (out[field] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return out;
}

/** The form as typed, to show again beside its errors: the kind and URL, not the secret. */
export interface WebhookFormState {
  kind: WebhookKind;
  url: string;
}

export function webhookFormStateOfPost(body: Record<string, unknown>): WebhookFormState {
  const kind = webhookKinds.find((k) => k === body.kind) ?? 'dingtalk';
  return { kind, url: typeof body.url === 'string' ? body.url : '' };
}

/** The same, flat, for JSON clients (`field` is the input key; '' for the request as a whole). */
export function webhookIssueList(errors: WebhookErrors): { field: string; message: string }[] {
  return Object.entries(errors).flatMap(([field, messages]) => (messages ?? []).map((message) => ({ field: field === 'form' ? '' : field, message })));
}
