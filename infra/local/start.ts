/**
 * `npm start`: the whole pipeline on the embedded local cloud. Two monitoring cycles over the sample
 * gazette site — the second after the site publishes its next issue — then a summary in Chinese.
 * `npm start -- --serve` keeps the local cloud up afterwards, prints its URLs and lets its clock run.
 * Every subscriber's Atom feed is written to .local/feeds/, every webhook delivery (to the loopback receiver
 * started here, the one non-public origin webhooks may reach) to .local/webhooks/.
 */
import './local-env.ts';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { DEFAULT_API_PORT, startLocalCloud } from './cloud.ts';
import type { LocalConnection } from './connection-file.ts';
import { runCycle, type CycleSummary } from './cycle.ts';
import { Progress } from './progress.ts';
import { formatCycleSummary, formatServeNotes, type LocalOutputs } from './summary.ts';
import { adapters } from '../../functions/runtime/runtime.ts';
import { defaultPostPolicy } from '../../shared/webhooks/post.ts';
import { demoSubscribersWithWebhooks } from './demo-subscribers.ts';
import { clearFeeds, writeSubscriberFeeds } from './local-feeds.ts';
import { startWebhookReceiver } from './webhook-receiver.ts';

const serve = process.argv.includes('--serve');
const dir = join(process.cwd(), '.local');
const progress = new Progress();
const t0 = performance.now();
const apiPort = z.coerce.number().int().min(0).max(65535).default(DEFAULT_API_PORT).safeParse(process.env.GW_API_PORT);
if (!apiPort.success) {
  process.stderr.write(`GW_API_PORT 应为 0–65535 的端口号 must be a port number: ${process.env.GW_API_PORT}\n`);
  process.exit(2);
}

process.stderr.write('公报哨兵 gazette-watch — 本地云 local cloud 启动中…\n');
const cloud = await startLocalCloud({ dir, now: new Date(), apiPort: apiPort.data });
process.stderr.write(`  DynamoDB ${cloud.emulators.dynamoEndpoint} · S3 ${cloud.emulators.s3Endpoint} · SES ${cloud.emulators.sesEndpoint} · 样例站点 ${cloud.site.baseUrl} · 订阅页 ${cloud.api.url}\n`);

const lastRunOf = (cycle: number, s: CycleSummary): NonNullable<LocalConnection['lastRun']> => ({
  cycle,
  days: [...new Set(s.changes.map((c) => c.day))].sort(),
  changeIds: s.changes.map((c) => c.changeId),
});

const feedsDir = join(dir, 'feeds');
clearFeeds(feedsDir);
const receiver = await startWebhookReceiver({ dir: join(dir, 'webhooks'), now: cloud.runtime.now });
for (const subscriber of demoSubscribersWithWebhooks(cloud.runtime.now(), receiver)) await adapters(cloud.runtime).subscribers.put(subscriber);
const webhooks = { policy: { ...defaultPostPolicy, allowedOrigins: [receiver.origin] } };

/** The feeds written after a cycle and the webhook deliveries the receiver got during it. */
async function localOutputs(deliveredBefore: number): Promise<LocalOutputs> {
  const written = await writeSubscriberFeeds(cloud, feedsDir);
  const got = receiver.received.slice(deliveredBefore);
  const byKind: Record<string, number> = {};
  for (const d of got) byKind[d.kind] = (byKind[d.kind] ?? 0) + 1;
  return {
    feeds: { count: written.feeds.length, entries: written.feeds.reduce((n, f) => n + f.entries, 0), dir: '.local/feeds/' },
    webhooks: { count: got.length, verified: got.filter((d) => d.verified).length, byKind, dir: '.local/webhooks/' },
  };
}

let lastRun: LocalConnection['lastRun'];
let lastChanges: CycleSummary['changes'] = [];
try {
  const first = await runCycle(cloud, { progress, webhooks });
  lastRun = lastRunOf(1, first);
  console.log(formatCycleSummary(1, first, '.local/outbox/', await localOutputs(0)));

  process.stderr.write('\n样例站点发布下一期 the sample site publishes its next issue…\n');
  cloud.site.publishNext();
  cloud.setNow(new Date(cloud.runtime.now().getTime() + 7 * 24 * 3600 * 1000));
  const deliveredBefore = receiver.received.length;
  const second = await runCycle(cloud, { progress, webhooks });
  lastRun = lastRunOf(2, second);
  lastChanges = second.changes;
  console.log(formatCycleSummary(2, second, '.local/outbox/', await localOutputs(deliveredBefore)));
  console.log(`\n完成 done in ${((performance.now() - t0) / 1000).toFixed(1)} s · 邮件 mails: .local/outbox/*.eml / *.html · 订阅源 feeds: .local/feeds/*.atom · Webhook: .local/webhooks/*.json`);
} finally {
  if (serve) {
    cloud.runClock();
    const connectionFile = join(dir, 'cloud.json');
    const connection: LocalConnection = { ...cloud.connection(), ...(lastRun ? { lastRun } : {}), stablePorts: cloud.api.stablePort };
    writeFileSync(connectionFile, `${JSON.stringify(connection, null, 2)}\n`);
    console.log(formatServeNotes(cloud, connectionFile, { changes: lastChanges, feedsDir: '.local/feeds/', webhooksDir: '.local/webhooks/' }));
    process.on('SIGINT', () => {
      rmSync(connectionFile, { force: true });
      void receiver.close().then(() => cloud.close()).then(() => process.exit(0));
    });
  } else {
    await receiver.close();
    await cloud.close();
  }
}
