import { describe, expect, it } from 'vitest';
import { lazy, runtimeCoreFromEnv } from '../../../../functions/runtime/core.ts';
import { envNames } from '../../../../shared/model/runtime-config.ts';
import { tableEnvVar, tableIds } from '../../../../shared/store/tables.ts';

/** A Lambda environment as the stack writes it (values are placeholders; nothing is called). */
function lambdaEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {
    AWS_LAMBDA_FUNCTION_NAME: 'gazette-watch-api',
    [envNames.mode]: 'production',
    [envNames.bucket]: 'archive',
    [envNames.fetchQueueUrl]: 'https://sqs.cn-north-1.amazonaws.com.cn/000000000000/fetch',
    [envNames.extractQueueUrl]: 'https://sqs.cn-north-1.amazonaws.com.cn/000000000000/extract',
    [envNames.processQueueUrl]: 'https://sqs.cn-north-1.amazonaws.com.cn/000000000000/process',
    [envNames.notifyQueueUrl]: 'https://sqs.cn-north-1.amazonaws.com.cn/000000000000/notify',
    [envNames.mailFrom]: 'alerts@example.org',
    [envNames.publicBaseUrl]: 'https://gw.example.org/',
    ...extra,
  };
  for (const t of tableIds) env[tableEnvVar(t)] = `gw-${t}`;
  return env;
}

describe('runtimeCoreFromEnv: the signing secret', () => {
  it('reads the secret named by TOKEN_SECRET_ARN through the reader the function passes', async () => {
    const asked: string[] = [];
    const core = await runtimeCoreFromEnv(lambdaEnv({ TOKEN_SECRET_ARN: 'arn:aws-cn:secretsmanager:cn-north-1:0:secret:t' }), async (id) => {
      asked.push(id);
      return 'a-secret-of-enough-length';
    });
    expect(asked).toEqual(['arn:aws-cn:secretsmanager:cn-north-1:0:secret:t']);
    expect(core.config.tokenSecret).toBe('a-secret-of-enough-length');
    expect(core.archiveBaseUrl).toBe('https://gw.example.org/archive');
  });

  it('takes TOKEN_SECRET as given and never asks for the secret then', async () => {
    const core = await runtimeCoreFromEnv(lambdaEnv({ [envNames.tokenSecret]: 'unused-process-signs-no-links', TOKEN_SECRET_ARN: 'arn:x' }), () => {
      throw new Error('must not be called');
    });
    expect(core.config.tokenSecret).toBe('unused-process-signs-no-links');
  });

  it('refuses an ARN in a function that reads no secrets, naming the function', async () => {
    await expect(runtimeCoreFromEnv(lambdaEnv({ TOKEN_SECRET_ARN: 'arn:x' }))).rejects.toThrow(/TOKEN_SECRET_ARN.*gazette-watch-api/);
  });
});

describe('lazy', () => {
  it('builds once on first use and reuses the result; a failed build is built again next time', async () => {
    let builds = 0;
    const source = lazy(async () => {
      builds++;
      if (builds === 1) throw new Error('not yet');
      return builds;
    });
    await expect(source()).rejects.toThrow('not yet');
    expect(await source()).toBe(2);
    expect(await source()).toBe(2);
    expect(builds).toBe(2);
  });
});
