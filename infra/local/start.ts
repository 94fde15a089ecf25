/**
 * `npm start`: the whole pipeline on the embedded local cloud. Two monitoring cycles over the sample
 * gazette site — the second after the site publishes its next issue — then a summary in Chinese.
 * `npm start -- --serve` keeps the local cloud up afterwards and prints its URLs.
 */
import './local-env.ts';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startLocalCloud } from './cloud.ts';
import { runCycle } from './cycle.ts';
import { Progress } from './progress.ts';
import { formatCycleSummary } from './summary.ts';

const serve = process.argv.includes('--serve');
const dir = join(process.cwd(), '.local');
const progress = new Progress();
const t0 = performance.now();

process.stderr.write('公报哨兵 gazette-watch — 本地云 local cloud 启动中…\n');
const cloud = await startLocalCloud({ dir, now: new Date() });
process.stderr.write(`  DynamoDB ${cloud.emulators.dynamoEndpoint} · S3 ${cloud.emulators.s3Endpoint} · SES ${cloud.emulators.sesEndpoint} · 样例站点 ${cloud.site.baseUrl} · 订阅页 ${cloud.api.url}\n`);

try {
  const first = await runCycle(cloud, { progress });
  console.log(formatCycleSummary(1, first, '.local/outbox/'));

  process.stderr.write('\n样例站点发布下一期 the sample site publishes its next issue…\n');
  cloud.site.publishNext();
  cloud.setNow(new Date(cloud.runtime.now().getTime() + 7 * 24 * 3600 * 1000));
  const second = await runCycle(cloud, { progress });
  console.log(formatCycleSummary(2, second, '.local/outbox/'));
  console.log(`\n完成 done in ${((performance.now() - t0) / 1000).toFixed(1)} s · 邮件 mails: .local/outbox/*.eml / *.html`);
} finally {
  if (serve) {
    console.log('\n本地云保持运行 local cloud is up (Ctrl+C 退出):');
    console.log(`  DynamoDB  ${cloud.emulators.dynamoEndpoint}`);
    console.log(`  S3        ${cloud.emulators.s3Endpoint}/${cloud.runtime.config.bucket}`);
    console.log(`  SES 邮件   ${cloud.emulators.sesEndpoint}/  (web UI of captured mails)`);
    console.log(`  样例站点   ${cloud.site.baseUrl}/`);
    console.log(`  订阅页     ${cloud.api.url}/`);
    const connectionFile = join(dir, 'cloud.json');
    writeFileSync(connectionFile, `${JSON.stringify(cloud.connection(), null, 2)}\n`);
    console.log(`  命令行 CLI: npm run -s gw -- changes list（连接信息 ${connectionFile}）`);
    process.on('SIGINT', () => {
      rmSync(connectionFile, { force: true });
      void cloud.close().then(() => process.exit(0));
    });
  } else {
    await cloud.close();
  }
}
