import { createDigestHandler } from '../../functions/digest.ts';
import { createExtractHandler } from '../../functions/extract.ts';
import { createFetchHandler } from '../../functions/fetch.ts';
import { createNotifyHandler } from '../../functions/notify.ts';
import { createPlanHandler } from '../../functions/plan.ts';
import { createProcessHandler } from '../../functions/process.ts';
import { adapters } from '../../functions/runtime/runtime.ts';
import type { ChangeRecord } from '../../shared/model/change.ts';
import { extractedTextSchema } from '../../shared/model/extracted-text.ts';
import { processMessageSchema } from '../../shared/model/messages.ts';
import type { LocalCloud } from './cloud.ts';
import type { WebhookOptions } from '../../functions/runtime/webhooks.ts';
import { Progress } from './progress.ts';
import { dynamoRequestCounter } from './request-counter.ts';

export interface CycleSummary {
  sourcesChecked: number;
  issuesFetched: number;
  issuesFailed: { url: string; reason: string }[];
  documentsProcessed: number;
  changes: ChangeRecord[];
  mailsSent: number;
  deadLetters: number;
  stageMs: Record<'plan' | 'fetch' | 'extract' | 'process' | 'notify' | 'digest', number>;
  /** DynamoDB requests sent during each stage (issue 6: requests per processed document). */
  dynamoRequests: Record<'plan' | 'fetch' | 'extract' | 'process' | 'notify' | 'digest', number>;
  /** Pages read by OCR in the extract stage (scanned issues and image-only pages). */
  ocrPages: number;
}

/**
 * One monitoring cycle on the local cloud, stage by stage, invoking the real Lambda handlers with
 * real event shapes: plan (scheduled event) → fetch/process/notify (SQS batches) → digests (scheduled).
 * `webhooks` sets how notify and digest post to webhooks (the local receiver's origin is allowed there).
 */
export async function runCycle(cloud: LocalCloud, options: { progress?: Progress; webhooks?: WebhookOptions } = {}): Promise<CycleSummary> {
  const progress = options.progress ?? new Progress(true);
  const rt = cloud.runtime;
  const a = adapters(rt);
  const runtime = () => rt;
  const mailsBefore = cloud.outbox.sent.length;
  const processedBefore = new Set((await a.issues.listByStatus('processed')).map((i) => i.issueId));
  const failedBefore = new Set((await a.issues.listByStatus('failed')).map((i) => i.issueId));
  const notifyBefore = cloud.queue.log('notify').length;
  const stageMs = { plan: 0, fetch: 0, extract: 0, process: 0, notify: 0, digest: 0 };
  const dynamoRequests = { ...stageMs };
  const requests = dynamoRequestCounter(rt.db);
  const timed = async <T>(stage: keyof typeof stageMs, fn: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const requestsBefore = requests.count;
    const out = await fn();
    stageMs[stage] = performance.now() - t0;
    dynamoRequests[stage] = requests.count - requestsBefore;
    return out;
  };

  progress.stage('计划 plan — 哪些信息源到期');
  const planned = await timed('plan', () => createPlanHandler(runtime)({ all: true }));
  progress.done('计划 plan', `${planned.planned.length} 个信息源`, stageMs.plan);

  progress.stage('抓取 fetch — 发现新期次并存入 S3');
  const fetched = await timed('fetch', () => cloud.queue.drain('fetch', createFetchHandler(runtime), (d, t) => progress.bar('fetch', d, t)));
  const issuesFetched = cloud.queue.depth('extract');
  progress.done('抓取 fetch', `${fetched} 条抓取消息 fetch messages（含复查的后续消息），${issuesFetched} 个新期次`, stageMs.fetch);

  progress.stage('抽取 extract — 文字层或 OCR，逐页记录来源');
  const textsBefore = cloud.queue.log('process').length;
  await timed('extract', () => cloud.queue.drain('extract', createExtractHandler(runtime, cloud.toolEnv), (d, t) => progress.bar('extract', d, t)));
  const ocrPages = await ocrPagesSince(cloud, textsBefore);
  progress.done('抽取 extract', `${cloud.queue.depth('process')} 期文本，${ocrPages} 页经 OCR 识别`, stageMs.extract);

  progress.stage('处理 process — 切分文件、分类、比对');
  const notifyQueuedBefore = cloud.queue.log('notify').length;
  await timed('process', () => cloud.queue.drain('process', createProcessHandler(runtime), (d, t) => progress.bar('process', d, t)));
  const processedNow = (await a.issues.listByStatus('processed')).filter((i) => !processedBefore.has(i.issueId));
  const failedNow = (await a.issues.listByStatus('failed')).filter((i) => !failedBefore.has(i.issueId));
  const documentsProcessed = processedNow.reduce((n, i) => n + (i.documentCount ?? 0), 0);
  progress.done('处理 process', `${processedNow.length} 期，${documentsProcessed} 份文件，${cloud.queue.log('notify').length - notifyQueuedBefore} 项变更`, stageMs.process);

  progress.stage('通知 notify — 匹配订阅，即时提醒');
  const notifyMessages = cloud.queue.depth('notify');
  await timed('notify', () => cloud.queue.drain('notify', createNotifyHandler(runtime, { ...(options.webhooks ? { webhooks: options.webhooks } : {}) }), (d, t) => progress.bar('notify', d, t)));
  progress.done('通知 notify', `${notifyMessages} 项变更已匹配`, stageMs.notify);

  progress.stage('摘要 digest — 每日、每周摘要邮件');
  const digest = createDigestHandler(runtime, { ...(options.webhooks ? { webhooks: options.webhooks } : {}) });
  const at = rt.now().toISOString();
  const daily = await timed('digest', async () => {
    const d = await digest({ frequency: 'daily', at });
    const w = await digest({ frequency: 'weekly', at });
    return d.sent + w.sent;
  });
  progress.done('摘要 digest', `${daily} 封摘要`, stageMs.digest);

  const changeIds = changeIdsSince(cloud, notifyBefore);
  const changes = (await Promise.all(changeIds.map((id) => a.changes.get(id)))).filter((c): c is ChangeRecord => c !== null);
  const uniqueChanges = [...new Map(changes.map((c) => [c.changeId, c])).values()];
  return {
    sourcesChecked: planned.planned.length,
    issuesFetched,
    issuesFailed: failedNow.map((i) => ({ url: i.url, reason: i.reason ?? '' })),
    documentsProcessed,
    changes: uniqueChanges,
    mailsSent: cloud.outbox.sent.length - mailsBefore,
    deadLetters: [...cloud.queue.deadLetters.values()].reduce((n, l) => n + l.length, 0),
    stageMs,
    dynamoRequests,
    ocrPages,
  };
}

/** The change ids handed to notify since the cycle began (from the local queue's log). */
function changeIdsSince(cloud: LocalCloud, before: number): string[] {
  return cloud.queue.log('notify').slice(before).map((body) => (JSON.parse(body) as { changeId: string }).changeId);
}

/** Pages OCR'd in the texts extract handed to process since `before` (read back from the stored page maps). */
async function ocrPagesSince(cloud: LocalCloud, before: number): Promise<number> {
  const blobs = adapters(cloud.runtime).blobs;
  let pages = 0;
  for (const body of cloud.queue.log('process').slice(before)) {
    const { textKey } = processMessageSchema.parse(JSON.parse(body));
    const text = extractedTextSchema.parse(JSON.parse(await blobs.getText(textKey)));
    pages += text.pages.filter((p) => p.method === 'ocr').length;
  }
  return pages;
}
