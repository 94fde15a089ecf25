/**
 * The manage page's webhook posts read (add, remove, re-enable, feed reset) and the add form as people read it: the messages of the input schema (shared/webhooks/input.ts,
 * Chinese first) by field, and what was typed shown again — never the secret.
 */
import type { z } from 'zod';
import { webhookKinds, type WebhookKind } from '../webhooks/schema.ts';
import type { WebhookAction } from './manage-webhooks.ts';
import { webhookActionFieldSchema, webhookChoiceSchema, webhookFieldsSchema } from './schemas.ts';

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

/** A manage post read: the action to apply, or the add form's messages and what was typed. */
export type ParsedAction = { ok: true; action: WebhookAction } | { ok: false; errors: WebhookErrors; state?: WebhookFormState };

const addAction = (posted: Record<string, unknown>): ParsedAction => {
  const parsed = webhookFieldsSchema.safeParse(posted);
  return parsed.success ? { ok: true, action: { kind: 'add', input: parsed.data } } : { ok: false, errors: webhookFieldErrors(parsed.error), state: webhookFormStateOfPost(posted) };
};

const choiceAction =
  (kind: 'remove' | 'enable') =>
  (posted: Record<string, unknown>): ParsedAction => {
    const parsed = webhookChoiceSchema.safeParse(posted);
    return parsed.success ? { ok: true, action: { kind, webhookId: parsed.data.webhookId } } : { ok: false, errors: { form: parsed.error.issues.map((i) => i.message) } };
  };

/** POST /webhooks: `action` add (the default: the add form), remove or enable (a webhook's buttons). */
export function webhookPost(posted: Record<string, unknown>): ParsedAction {
  const parsed = webhookActionFieldSchema.safeParse(posted.action);
  if (!parsed.success) return { ok: false, errors: { form: parsed.error.issues.map((i) => i.message) } };
  const { action, ...fields } = posted;
  return parsed.data === 'add' ? addAction(fields) : choiceAction(parsed.data)(fields);
}

export const resetFeedPost = (): ParsedAction => ({ ok: true, action: { kind: 'reset-feed' } });
