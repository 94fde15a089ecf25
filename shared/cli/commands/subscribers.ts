import { adapters } from '../../../functions/runtime/runtime.ts';
import { subscriptionSchema, type Subscription } from '../../model/subscription.ts';
import type { SubscriberRepository } from '../../store/ports.ts';
import { applyFilterFields, DEFAULT_FREQUENCY, emptyFilters } from '../../subscribe/apply-fields.ts';
import { describeFilters } from '../../subscribe/describe-filters.ts';
import { fieldErrors } from '../../subscribe/form-errors.ts';
import { emailSchema, preferenceFieldsSchema } from '../../subscribe/schemas.ts';
import { subscriberIdFor } from '../../subscribe/subscriber-id.ts';
import { flagValue, parseArgs } from '../args.ts';
import { UsageError, type CliCommand } from '../command.ts';
import { connectRuntime } from '../connect.ts';
import { runFeedCommand, runWebhookCommand, WEBHOOK_USAGE } from './subscriber-webhooks.ts';

const USAGE =
  '用法 usage: gw subscribers add <email> [--category land,appointment] [--jurisdiction 离石区,141100] [--place 西属巴街道,滨河北路] [--keyword 征收,补偿] [--issuer 吕梁市离石区人民政府] [--frequency immediate|daily|weekly] | list | remove <email> | webhook … | feed …';

/** The same filters as the subscription page, as comma-separated flag values. */
export interface AddOptions {
  categories?: string;
  jurisdictions?: string;
  places?: string;
  keywords?: string;
  issuers?: string;
  frequency?: string;
}

const flagOf: Record<string, string> = {
  categories: '--category',
  jurisdictions: '--jurisdiction',
  places: '--place',
  keywordsAny: '--keyword',
  issuers: '--issuer',
  frequency: '--frequency',
};

function readEmail(value: string | undefined): string {
  if (!value) throw new UsageError(USAGE);
  const parsed = emailSchema.safeParse(value);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? 'bad e-mail address');
  return parsed.data;
}

/**
 * Adds an operator-managed subscription (active at once: no opt-in mail), or updates the filters of an
 * existing one. An address that unsubscribed, bounced or complained is not re-activated.
 */
export async function addSubscriber(
  repo: SubscriberRepository,
  emailArg: string | undefined,
  options: AddOptions,
  context: { now: Date; newId: (email: string) => string },
): Promise<{ subscription: Subscription; created: boolean }> {
  const email = readEmail(emailArg);
  const fields = preferenceFieldsSchema.safeParse({
    ...(options.categories !== undefined ? { categories: options.categories } : {}),
    ...(options.jurisdictions !== undefined ? { jurisdictions: options.jurisdictions } : {}),
    ...(options.places !== undefined ? { places: options.places } : {}),
    ...(options.keywords !== undefined ? { keywordsAny: options.keywords } : {}),
    ...(options.issuers !== undefined ? { issuers: options.issuers } : {}),
    ...(options.frequency !== undefined ? { frequency: options.frequency } : {}),
  });
  if (!fields.success) {
    const errors = fieldErrors(fields.error);
    const lines = Object.entries(errors).map(([field, messages]) => `${flagOf[field] ?? field}: ${(messages ?? []).join('；')}`);
    throw new UsageError(lines.join(' | '));
  }
  const existing = await repo.findByEmail(email);
  if (existing && existing.status !== 'active' && existing.status !== 'pending') {
    throw new UsageError(`${email} 状态为 ${existing.status}，不再发送邮件 will not be mailed again (status ${existing.status})`);
  }
  const at = context.now.toISOString();
  const subscription = subscriptionSchema.parse({
    subscriberId: existing?.subscriberId ?? context.newId(email),
    email,
    name: existing?.name ?? null,
    status: 'active',
    filters: applyFilterFields(existing?.filters ?? emptyFilters(), fields.data),
    frequency: fields.data.frequency ?? existing?.frequency ?? DEFAULT_FREQUENCY,
    language: 'zh',
    timeZone: 'Asia/Shanghai',
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
    // Kept as they are: `add` changes filters only.
    ...(existing?.webhooks ? { webhooks: existing.webhooks } : {}),
    ...(existing?.feedGeneration !== undefined ? { feedGeneration: existing.feedGeneration } : {}),
  });
  await repo.put(subscription);
  return { subscription, created: !existing };
}

/** One line per subscription: address, status, frequency, filters. */
export async function listSubscribers(repo: SubscriberRepository): Promise<string[]> {
  return (await repo.listAll()).map(
    (s) => `${s.email.padEnd(32)} ${s.status.padEnd(12)} ${describeFilters(s.filters, s.frequency).join('；')}`,
  );
}

/** Deletes the subscription of an address; false when there was none. */
export async function removeSubscriber(repo: SubscriberRepository, emailArg: string | undefined): Promise<boolean> {
  const existing = await repo.findByEmail(readEmail(emailArg));
  if (!existing) return false;
  await repo.remove(existing.subscriberId);
  return true;
}

export const command: CliCommand = {
  summary: '订阅者 subscribers: subscribers add <email> [--category …] [--jurisdiction …] [--place …] [--keyword …] [--issuer …] [--frequency …] | list | remove <email> | webhook add|list|remove|enable <email> … | feed <email> [--reset]',
  async run(args, io) {
    const parsed = parseArgs(args, ['category', 'jurisdiction', 'place', 'keyword', 'issuer', 'frequency', 'kind', 'url', 'secret']);
    const [action, email] = parsed.positional;
    if (action === 'webhook' || action === 'feed') {
      if (!email) throw new UsageError(WEBHOOK_USAGE);
      const rt = await connectRuntime();
      const ctx = { repo: adapters(rt).subscribers, now: rt.now(), publicBaseUrl: rt.config.publicBaseUrl, tokenSecret: rt.config.tokenSecret, out: (t: string) => io.stdout(t) };
      const kind = flagValue(parsed, 'kind');
      const url = flagValue(parsed, 'url');
      const secret = flagValue(parsed, 'secret');
      if (action === 'feed') return runFeedCommand(email, parsed.flags.has('reset'), ctx);
      return runWebhookCommand(parsed.positional.slice(1), { ...(kind ? { kind } : {}), ...(url ? { url } : {}), ...(secret ? { secret } : {}) }, ctx);
    }
    if (action !== 'add' && action !== 'list' && action !== 'remove') throw new UsageError(USAGE);
    const rt = await connectRuntime();
    const repo = adapters(rt).subscribers;
    if (action === 'add') {
      const { subscription, created } = await addSubscriber(
        repo,
        email,
        {
          categories: flagValue(parsed, 'category'),
          jurisdictions: flagValue(parsed, 'jurisdiction'),
          places: flagValue(parsed, 'place'),
          keywords: flagValue(parsed, 'keyword'),
          issuers: flagValue(parsed, 'issuer'),
          frequency: flagValue(parsed, 'frequency'),
        },
        { now: rt.now(), newId: (e) => subscriberIdFor(rt.config.tokenSecret, e) },
      );
      io.stdout(`✓ ${created ? '已添加 added' : '已更新 updated'} ${subscription.email}（已生效 active，无需确认邮件）\n`);
      for (const line of describeFilters(subscription.filters, subscription.frequency)) io.stdout(`  ${line}\n`);
      return 0;
    }
    if (action === 'list') {
      const lines = await listSubscribers(repo);
      for (const line of lines) io.stdout(`${line}\n`);
      io.stdout(`共 ${lines.length} 个订阅 subscriptions\n`);
      return 0;
    }
    if (await removeSubscriber(repo, email)) {
      io.stdout(`✓ 已删除 removed ${email?.trim().toLowerCase()}\n`);
      return 0;
    }
    io.stderr(`没有此邮箱的订阅 no subscription for ${email}\n`);
    return 1;
  },
};
