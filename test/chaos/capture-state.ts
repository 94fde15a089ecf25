import type { LocalCloud } from '../../infra/local/cloud.ts';
import type { QueueName } from '../../shared/model/messages.ts';
import { scanAll } from '../../shared/store/dynamo/query-all.ts';
import type { RunState } from './run-state.ts';

const QUEUES: QueueName[] = ['fetch', 'extract', 'process', 'notify'];

/** Mails the SES emulator captured (what really reached the provider). */
async function sesCaptured(cloud: LocalCloud): Promise<number> {
  const res = await fetch(`${cloud.emulators.sesEndpoint}/store`);
  return ((await res.json()) as { emails: unknown[] }).emails.length;
}

/** Reads a run's outcome from the stored state (DynamoDB scans), the queues and the captured mails. */
export async function captureState(cloud: LocalCloud): Promise<RunState & { sesMails: number }> {
  const rt = cloud.runtime;
  const t = rt.config.tables;
  const scan = (table: string) => scanAll(rt.db, { TableName: table, ConsistentRead: true });
  const [changes, issues, documents, deliveries] = await Promise.all([scan(t.changes), scan(t.issues), scan(t.documents), scan(t.deliveries)]);
  const str = (v: unknown) => String(v);
  const deliveryItems = deliveries.filter((d) => str(d.sk).startsWith('DELIVERY#'));
  return {
    mails: cloud.outbox.sent.map((m) => `${m.to}|${m.deliveryKey}`),
    sesMails: await sesCaptured(cloud),
    digestItems: deliveryItems
      .filter((d) => str(d.sk).startsWith('DELIVERY#DIGEST#') && d.state === 'sent')
      .flatMap((d) => ((d.covers as string[] | undefined) ?? []).map((c) => `${str(d.pk).slice(4)}|${c}`)),
    changes: changes.map((c) => str(c.pk)),
    // Issue ids hash the URL, which holds the sample site's port (new each run): compare by path.
    issues: issues.map((i) => `${str(i.sourceId)}${new URL(str(i.url)).pathname}:${str(i.status)}`),
    pending: deliveries.filter((d) => str(d.sk).startsWith('PENDING#')).map((d) => `${str(d.subscriberId)}|${str(d.changeId)}`),
    heads: documents.filter((d) => d.sk === 'HEAD').map((d) => `${str(d.pk)}@${str(d.version)}`),
    stuck: {
      queued: QUEUES.reduce((n, q) => n + cloud.queue.depth(q), 0),
      deadLetters: [...cloud.queue.deadLetters.values()].reduce((n, l) => n + l.length, 0),
      fetched: issues.filter((i) => i.status === 'fetched').length,
      sending: deliveryItems.filter((d) => d.state === 'sending').length,
    },
  };
}
