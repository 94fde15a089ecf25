import type { ChangeRecord } from '../../shared/model/change.ts';
import type { Category } from '../../shared/model/document.ts';
import { absolute, apiPaths, pagePaths } from '../../shared/web/urls.ts';
import type { CycleSummary } from './cycle.ts';

const webhookNames: Record<string, string> = { dingtalk: '钉钉', wecom: '企业微信', feishu: '飞书', generic: '通用' };
const categoryNames: Record<Category, string> = { land: '土地征收与补偿', appointment: '人事任免', regulation: '新法规', other: '其他' };

/** What the local run wrote besides mails: the subscribers' Atom feeds and the webhook deliveries its receiver got. */
export interface LocalOutputs {
  feeds: { count: number; entries: number; dir: string };
  webhooks: { count: number; verified: number; byKind: Record<string, number>; dir: string };
}

/** A cycle's summary in Chinese (English labels where they help operators). */
export function formatCycleSummary(cycle: number, s: CycleSummary, outboxDir: string, local?: LocalOutputs): string {
  const perCategory = (Object.keys(categoryNames) as Category[])
    .map((c) => `${categoryNames[c]} ${s.changes.filter((ch) => ch.category === c).length}`)
    .join(' · ');
  const fresh = s.changes.filter((c) => c.kind === 'new').length;
  const revised = s.changes.filter((c) => c.kind === 'revised').length;
  const lines = [
    `━━ 第 ${cycle} 轮监测 cycle ${cycle} ━━`,
    `  信息源 sources checked   ${s.sourcesChecked}`,
    `  新期次 issues fetched    ${s.issuesFetched}${s.issuesFailed.length ? `（失败 ${s.issuesFailed.length}）` : ''}`,
    `  文件 documents processed ${s.documentsProcessed}`,
    `  变更 changes             ${s.changes.length}（新文件 ${fresh}，修订 ${revised}）`,
    `  按类别 by category       ${perCategory}`,
    `  扫描页 OCR pages         ${s.ocrPages}（${s.changes.filter((c) => (c.ocrPages?.length ?? 0) > 0).length} 项变更含扫描页 changes with scanned pages）`,
    `  邮件 mails sent          ${s.mailsSent} → ${outboxDir}`,
    ...(local
      ? [
          `  订阅源 Atom feeds        ${local.feeds.count} 个订阅者的订阅源，共 ${local.feeds.entries} 条 → ${local.feeds.dir}`,
          `  Webhook 推送 deliveries  ${local.webhooks.count} 次（${Object.entries(local.webhooks.byKind).map(([k, n]) => `${webhookNames[k] ?? k} ${n}`).join('，') || '无'}；签名校验通过 ${local.webhooks.verified}）→ ${local.webhooks.dir}`,
        ]
      : []),
    `  用时 stage ms            ${Object.entries(s.stageMs).map(([k, v]) => `${k} ${Math.round(v)}`).join(' · ')}`,
    `  DynamoDB 请求 requests   ${Object.entries(s.dynamoRequests).map(([k, v]) => `${k} ${v}`).join(' · ')}`,
  ];
  for (const f of s.issuesFailed) lines.push(`  ✗ 失败 failed: ${f.url} — ${f.reason}`);
  if (s.deadLetters > 0) lines.push(`  ⚠ 死信 dead letters: ${s.deadLetters}`);
  if (s.changes.length <= 12) {
    for (const c of s.changes) {
      lines.push(`  ${c.kind === 'new' ? '＋新' : '～修订'} [${categoryNames[c.category]}] ${c.title}${c.docNumber ? `（${c.docNumber}）` : ''}`);
    }
  }
  return lines.join('\n');
}

/** What the run left to look at besides mails: its changes (one is shown as pages) and where feeds and webhooks went. */
export interface ServeExamples {
  changes: readonly Pick<ChangeRecord, 'changeId' | 'documentKey' | 'kind'>[];
  feedsDir: string;
  webhooksDir: string;
}

/** A document page, a change page (a revision's where there is one: it links its diff) and the OpenAPI document. */
export function pageLines(apiUrl: string, examples: ServeExamples): string[] {
  const shown = examples.changes.find((c) => c.kind === 'revised') ?? examples.changes[0];
  return [
    ...(shown
      ? [
          `  文件页     ${absolute(apiUrl, pagePaths.document(shown.documentKey))}  (document page)`,
          `  变更页     ${absolute(apiUrl, pagePaths.change(shown.changeId))}  (change page)`,
        ]
      : ['  文件页     本次运行没有变更 no changes this run: no document page to show']),
    `  JSON API   ${absolute(apiUrl, apiPaths.openapi)}  (OpenAPI 3.1)`,
    `  订阅源     ${examples.feedsDir}<订阅者 subscriber>.atom  (Atom feeds written by this run)`,
    `  Webhook    ${examples.webhooksDir}NNN-<kind>.json  (每次推送的请求头和正文 headers and body of every delivery)`,
  ];
}

/** What `--serve` prints once the cycles are done: the URLs, the CLI, and how long mail links live. */
export function formatServeNotes(
  cloud: { emulators: { dynamoEndpoint: string; s3Endpoint: string; sesEndpoint: string }; runtime: { config: { bucket: string } }; site: { baseUrl: string }; api: { url: string; stablePort: boolean } },
  connectionFile: string,
  examples?: ServeExamples,
): string {
  const lines = [
    '',
    '本地云保持运行 local cloud is up (Ctrl+C 退出 to stop):',
    `  DynamoDB  ${cloud.emulators.dynamoEndpoint}`,
    `  S3        ${cloud.emulators.s3Endpoint}/${cloud.runtime.config.bucket}`,
    `  SES 邮件   ${cloud.emulators.sesEndpoint}/  (web UI of captured mails)`,
    `  样例站点   ${cloud.site.baseUrl}/`,
    `  订阅页     ${cloud.api.url}/`,
    ...(examples ? pageLines(cloud.api.url, examples) : []),
    `  命令行 CLI: npm run -s gw -- changes list（上一轮的变更 the last cycle's changes；连接信息 ${connectionFile}）`,
    '  时钟 clock: 从模拟时间起实时走动 runs in real time from the simulated date (rate-limit windows end)',
    '  注意 note: 本地数据只在内存中，邮件里的链接只在本次 --serve 运行期间有效 local data lives in memory: links in local mails work only while this --serve runs',
  ];
  lines.push(
    cloud.api.stablePort
      ? `            订阅页端口每次相同 the pages keep port ${new URL(cloud.api.url).port} between runs (GW_API_PORT to change it)`
      : `  ⚠ 端口已被占用，本次换了端口 the usual port was taken: links in earlier mails point elsewhere (GW_API_PORT sets another)`,
  );
  return lines.join('\n');
}
