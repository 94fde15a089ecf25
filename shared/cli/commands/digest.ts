import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { adapters } from '../../../functions/runtime/runtime.ts';
import type { ChangeRecord } from '../../model/change.ts';
import { matchesSubscription } from '../../notify/match.ts';
import { digestPeriod } from '../../notify/period.ts';
import { renderDigest } from '../../notify/render-digest.ts';
import { mailLinksFor } from '../../stages/mail-links.ts';
import { shanghaiDay } from '../../util/shanghai-time.ts';
import { flagValue, parseArgs } from '../args.ts';
import { UsageError, type CliCommand } from '../command.ts';
import { connectRuntime } from '../connect.ts';
import { daysBetween } from './changes.ts';

const DAY_MS = 24 * 3600 * 1000;

export const command: CliCommand = {
  summary: '摘要预览 digest preview <email> [--out file.html]: 下一封摘要的 HTML',
  async run(args, io) {
    const parsed = parseArgs(args, ['out']);
    const [action, email] = parsed.positional;
    if (action !== 'preview' || !email) throw new UsageError('用法 usage: gw digest preview <email> [--out file.html]');
    const rt = await connectRuntime();
    const a = adapters(rt);
    const subscription = await a.subscribers.findByEmail(email);
    if (!subscription) throw new UsageError(`没有此订阅者 no subscriber ${email}`);

    // What the next digest holds: the changes queued for it; for an immediate subscriber (or nothing queued),
    // the matching changes of the last seven days.
    let changes: ChangeRecord[] = [];
    if (subscription.frequency !== 'immediate') {
      const queued = (await a.deliveries.listPending(subscription.frequency)).filter((p) => p.subscriberId === subscription.subscriberId);
      changes = (await Promise.all(queued.map((p) => a.changes.get(p.changeId)))).filter((c): c is ChangeRecord => c !== null);
    }
    if (changes.length === 0) {
      const days = daysBetween(shanghaiDay(new Date(rt.now().getTime() - 7 * DAY_MS)), shanghaiDay(rt.now()));
      for (const day of days) changes.push(...(await a.changes.listByDay(day)));
      changes = changes.filter((c) => matchesSubscription(c, subscription));
    }
    const period = subscription.frequency === 'immediate' ? null : digestPeriod(subscription.frequency, rt.now());
    const links = mailLinksFor(subscription.subscriberId, {
      publicBaseUrl: rt.config.publicBaseUrl,
      tokenSecret: rt.config.tokenSecret,
      archiveBaseUrl: rt.archiveBaseUrl,
      now: rt.now,
    });
    const mail = renderDigest({ subscription, changes, period, links });
    const out = resolve(flagValue(parsed, 'out') ?? join('.local', 'digest-preview', `${email.replace(/[^a-z0-9@._-]/gi, '_')}.html`));
    mkdirSync(resolve(out, '..'), { recursive: true });
    writeFileSync(out, mail.html);
    io.stdout(`${mail.subject}\n${changes.length} 项变更 changes → ${out}\n`);
    return 0;
  },
};
