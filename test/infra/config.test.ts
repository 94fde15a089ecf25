import { describe, expect, it } from 'vitest';
import { parseStackConfig, planScheduleExpression, stackConfigFromContext } from '../../infra/config.ts';
import { baseContext, buildStack } from './helpers.ts';

describe('stack parameters', () => {
  it('fills the defaults', () => {
    expect(parseStackConfig(baseContext)).toMatchObject({
      stage: 'test',
      sourcesFile: 'sources/shanxi.json',
      planIntervalMinutes: 60,
      dailyDigestCron: 'cron(0 8 * * ? *)',
      weeklyDigestCron: 'cron(0 8 ? * MON *)',
      quietDays: 14,
      apiRateLimit: 20,
    });
  });

  it('coerces numbers given as -c strings', () => {
    const ctx: Record<string, unknown> = { ...baseContext, planIntervalMinutes: '15', quietDays: '7' };
    expect(stackConfigFromContext((k) => ctx[k])).toMatchObject({ planIntervalMinutes: 15, quietDays: 7 });
  });

  it('lists every problem at once', () => {
    expect(() => parseStackConfig({ stage: 'Prod!', mailFrom: 'nope', planIntervalMinutes: 7, dailyDigestCron: '0 8 * * *' })).toThrowError(
      /stage[\s\S]*mailFrom[\s\S]*mailDomain[\s\S]*alarmEmail[\s\S]*planIntervalMinutes[\s\S]*dailyDigestCron/,
    );
  });

  it('requires the sender to be in the verified domain', () => {
    expect(() => parseStackConfig({ ...baseContext, mailFrom: 'alerts@other.example.cn' })).toThrowError(/mailFrom must be an address in mailDomain/);
  });

  it('plan schedule tiles the hour', () => {
    expect(planScheduleExpression(60)).toBe('cron(0 * * * ? *)');
    expect(planScheduleExpression(15)).toBe('cron(0/15 * * * ? *)');
  });

  it('refuses to build a stack with an invalid or missing source list', () => {
    expect(() => buildStack({ sourcesFile: 'sources/missing.json' })).toThrowError(/sourcesFile not found/);
    expect(() => buildStack({ sourcesFile: 'package.json' })).toThrowError(/sourcesFile package\.json is invalid/);
  });
});
