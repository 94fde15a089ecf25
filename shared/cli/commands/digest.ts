import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { adapters } from '../../../functions/runtime/runtime.ts';
import type { ChangeRecord } from '../../model/change.ts';
import type { Subscription } from '../../model/subscription.ts';
import { digestPeriod } from '../../notify/period.ts';
import { renderDigest, type RenderedMail } from '../../notify/render-digest.ts';
import { mailLinksFor } from '../../stages/mail-links.ts';
import type { ChangeRepository, DeliveryRepository } from '../../store/ports.ts';
import { emailSchema } from '../../subscribe/schemas.ts';
import { flagValue, parseArgs } from '../args.ts';
import { UsageError, type CliCommand } from '../command.ts';
import { connectRuntime } from '../connect.ts';

const USAGE = '用法 usage: gw digest preview <email> [--out file.html]';

export type Preview =
  | { kind: 'immediate' }
  | { kind: 'empty'; frequency: 'daily' | 'weekly' }
  | { kind: 'digest'; period: string; changes: ChangeRecord[]; mail: RenderedMail };

/**
 * What the subscriber's next digest holds: exactly the changes queued for it. Nothing queued is said
 * as such (no fallback to older matches); an immediate subscriber gets alerts, not digests.
 */
export async function previewDigest(
  subscription: Subscription,
  repos: { deliveries: Pick<DeliveryRepository, 'listPending'>; changes: Pick<ChangeRepository, 'get'> },
  settings: { publicBaseUrl: string; tokenSecret: string; archiveBaseUrl: string; now: () => Date },
): Promise<Preview> {
  if (subscription.frequency === 'immediate') return { kind: 'immediate' };
  const queued = (await repos.deliveries.listPending(subscription.frequency)).filter((p) => p.subscriberId === subscription.subscriberId);
  const changes = (await Promise.all(queued.map((p) => repos.changes.get(p.changeId)))).filter((c): c is ChangeRecord => c !== null);
  if (changes.length === 0) return { kind: 'empty', frequency: subscription.frequency };
  const period = digestPeriod(subscription.frequency, settings.now());
  const links = mailLinksFor(subscription.subscriberId, settings);
  return { kind: 'digest', period, changes, mail: renderDigest({ subscription, changes, period, links }) };
}

export const command: CliCommand = {
  summary: '摘要预览 digest preview <email> [--out file.html]: 下一封摘要的 HTML the next digest as HTML',
  async run(args, io) {
    const parsed = parseArgs(args, ['out']);
    const [action, emailArg] = parsed.positional;
    if (action !== 'preview' || !emailArg) throw new UsageError(USAGE);
    const email = emailSchema.safeParse(emailArg);
    if (!email.success) throw new UsageError(`请填写有效的邮箱地址 not an e-mail address: ${emailArg}`);
    const rt = await connectRuntime();
    const a = adapters(rt);
    const subscription = await a.subscribers.findByEmail(email.data);
    if (!subscription) throw new UsageError(`没有此订阅者 no subscriber ${email.data}（gw subscribers list 查看全部 lists them all）`);
    const preview = await previewDigest(subscription, a, {
      publicBaseUrl: rt.config.publicBaseUrl,
      tokenSecret: rt.config.tokenSecret,
      archiveBaseUrl: rt.archiveBaseUrl,
      now: rt.now,
    });
    if (preview.kind === 'immediate') {
      io.stdout(`${email.data} 是即时提醒订阅，没有摘要：每条变更单独发送 is an immediate subscriber: every change is mailed on its own, there is no digest\n`);
      return 0;
    }
    if (preview.kind === 'empty') {
      const when = preview.frequency === 'daily' ? '每日' : '每周';
      io.stdout(`${email.data} 的下一封${when}摘要还没有内容：没有排队的变更，不会发送 nothing is queued for the next ${preview.frequency} digest: none will be sent\n`);
      return 0;
    }
    const out = resolve(flagValue(parsed, 'out') ?? join('.local', 'digest-preview', `${email.data.replace(/[^a-z0-9@._-]/gi, '_')}.html`));
    mkdirSync(resolve(out, '..'), { recursive: true });
    writeFileSync(out, preview.mail.html);
    io.stdout(`${preview.mail.subject}\n${preview.changes.length} 项变更 changes（${preview.period}）→ ${out}\n`);
    return 0;
  },
};
