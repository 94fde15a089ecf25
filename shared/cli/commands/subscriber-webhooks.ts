/**
 * `gw subscribers webhook add|list|remove|enable <email> …` and `gw subscribers feed <email> [--reset]`:
 * a subscriber's webhooks and private feed URL. Secrets are never printed in full.
 */
import type { SubscriberRepository } from '../../store/ports.ts';
import { subscriberFeedUrl } from '../../feeds/feed-token.ts';
import { emailSchema, webhookFieldsSchema } from '../../subscribe/schemas.ts';
import { webhookView } from '../../webhooks/mask.ts';
import { webhookKindLabels } from '../../webhooks/schema.ts';
import { addWebhook, enableWebhook, removeWebhook, revokeFeed, WebhookSettingsError } from '../../webhooks/settings.ts';
import { UsageError } from '../command.ts';

export const WEBHOOK_USAGE =
  '用法 usage: gw subscribers webhook add <email> --kind dingtalk|wecom|feishu|generic --url <URL> [--secret <密钥>] | webhook list <email> | webhook remove <email> <id> | webhook enable <email> <id> | feed <email> [--reset]';

async function subscriberOf(repo: SubscriberRepository, email: string | undefined) {
  const parsed = emailSchema.safeParse(email ?? '');
  if (!parsed.success) throw new UsageError(WEBHOOK_USAGE);
  const s = await repo.findByEmail(parsed.data);
  if (!s) throw new UsageError(`没有此邮箱的订阅 no subscription for ${parsed.data}`);
  return s;
}

const describe = (w: ReturnType<typeof webhookView>): string =>
  [
    `${w.id.padEnd(12)} ${webhookKindLabels[w.kind]} ${w.status === 'active' ? '启用' : '已停用 disabled'}`,
    `  地址 ${w.url}${w.secret ? ` · 密钥 ${w.secret}` : ''}`,
    w.lastFailure ? `  最近失败 ${w.lastFailure.at} ${w.lastFailure.reason}${w.failingSince ? `（自 ${w.failingSince} 起连续失败）` : ''}` : null,
    w.lastSuccessAt ? `  最近成功 ${w.lastSuccessAt}` : null,
  ]
    .filter((l): l is string => l !== null)
    .join('\n');

export interface WebhookCommandContext {
  repo: SubscriberRepository;
  now: Date;
  publicBaseUrl: string;
  tokenSecret: string;
  out: (text: string) => void;
}

export async function runWebhookCommand(positional: string[], flags: { kind?: string; url?: string; secret?: string }, ctx: WebhookCommandContext): Promise<number> {
  const [action, email, id] = positional;
  const s = await subscriberOf(ctx.repo, email);
  try {
    if (action === 'add') {
      const input = webhookFieldsSchema.safeParse({ kind: flags.kind, url: flags.url, secret: flags.secret });
      if (!input.success) throw new UsageError(input.error.issues.map((i) => `--${String(i.path[0] ?? 'url')}: ${i.message}`).join(' | '));
      const { subscription, webhook } = addWebhook(s, input.data, ctx.now);
      await ctx.repo.put(subscription);
      ctx.out(`✓ 已添加 added ${s.email}\n${describe(webhookView(webhook))}\n`);
      return 0;
    }
    if (action === 'list') {
      const hooks = s.webhooks ?? [];
      for (const w of hooks) ctx.out(`${describe(webhookView(w))}\n`);
      ctx.out(`共 ${hooks.length} 个 Webhook\n`);
      return 0;
    }
    if ((action === 'remove' || action === 'enable') && id) {
      await ctx.repo.put(action === 'remove' ? removeWebhook(s, id, ctx.now) : enableWebhook(s, id, ctx.now));
      ctx.out(`✓ ${action === 'remove' ? '已删除 removed' : '已重新启用 enabled'} ${id}\n`);
      return 0;
    }
  } catch (err) {
    if (err instanceof WebhookSettingsError) throw new UsageError(err.message);
    throw err;
  }
  throw new UsageError(WEBHOOK_USAGE);
}

export async function runFeedCommand(email: string | undefined, reset: boolean, ctx: WebhookCommandContext): Promise<number> {
  let s = await subscriberOf(ctx.repo, email);
  if (reset) {
    s = revokeFeed(s, ctx.now);
    await ctx.repo.put(s);
    ctx.out('✓ 旧的订阅源地址已失效 earlier feed URLs are revoked\n');
  }
  ctx.out(`${subscriberFeedUrl(ctx.publicBaseUrl, ctx.tokenSecret, s)}\n`);
  return 0;
}
