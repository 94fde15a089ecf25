import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SESClient } from '@aws-sdk/client-ses';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { runtimeFromEnv, type Runtime } from '../../functions/runtime/runtime.ts';
import { localConnectionSchema, localCredentials, localS3Credentials, type LocalConnection } from '../../infra/local/connection-file.ts';
import { UsageError } from './command.ts';

/** The running local cloud's connection file (.local/cloud.json); a usage error when there is none. */
export function readLocalConnection(cwd: string = process.cwd()): LocalConnection {
  const file = join(cwd, '.local', 'cloud.json');
  if (!existsSync(file)) {
    throw new UsageError('找不到运行中的本地云 no running local cloud: 先运行 `npm start -- --serve`，或设置 GW_MODE=production 及部署环境变量');
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    json = null;
  }
  const parsed = localConnectionSchema.safeParse(json);
  if (!parsed.success) throw new UsageError(`连接文件无法读取 unreadable ${file}: 重新运行 \`npm start -- --serve\``);
  return parsed.data;
}

/** What the last local run changed, or null (a deployed stack, or a local cloud that has not run a cycle). */
export function lastLocalRun(cwd: string = process.cwd()): NonNullable<LocalConnection['lastRun']> | null {
  if (process.env.GW_MODE === 'production') return null;
  return readLocalConnection(cwd).lastRun ?? null;
}

/**
 * The runtime the CLI works on: the running local cloud (`npm start -- --serve` writes .local/cloud.json),
 * or, with GW_MODE=production, the deployed stack named by the same environment variables the Lambdas get.
 */
export async function connectRuntime(cwd: string = process.cwd()): Promise<Runtime> {
  if (process.env.GW_MODE === 'production') return runtimeFromEnv(process.env);
  const conn = readLocalConnection(cwd);
  try {
    process.kill(conn.pid, 0);
  } catch {
    throw new UsageError(`本地云进程 ${conn.pid} 已退出 the local cloud has stopped: 重新运行 \`npm start -- --serve\``);
  }
  const common = { region: conn.region, credentials: localCredentials };
  return {
    config: conn.config,
    s3: new S3Client({ ...common, credentials: localS3Credentials, endpoint: conn.endpoints.s3, forcePathStyle: true }),
    db: DynamoDBDocumentClient.from(new DynamoDBClient({ ...common, endpoint: conn.endpoints.dynamodb }), {
      marshallOptions: { removeUndefinedValues: true },
    }),
    ses: new SESClient({ ...common, endpoint: conn.endpoints.ses }),
    queue: {
      send: () => Promise.reject(new UsageError('命令行不向本地队列投递消息 the CLI does not enqueue into the local cloud')),
    },
    now: () => new Date(),
    archiveBaseUrl: conn.archiveBaseUrl,
  };
}
