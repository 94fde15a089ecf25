import * as z from 'zod';

/**
 * Deployment parameters of the stack, read from CDK context (`-c key=value` or cdk.json) and validated
 * here so a typo fails `cdk synth` with a readable message instead of producing a broken stack.
 */

/** An EventBridge Scheduler cron expression: cron(minutes hours day-of-month month day-of-week year). */
const schedulerCron = z
  .string()
  .regex(/^cron\(\S+ \S+ \S+ \S+ \S+ \S+\)$/, 'an EventBridge Scheduler expression such as cron(0 8 * * ? *)');

/** Plan intervals that divide an hour, so `cron(0/n * * * ? *)` fires evenly and windows tile the hour. */
const planIntervals = [5, 10, 15, 20, 30, 60] as const;

export const stackConfigSchema = z
  .object({
    /** Deployment stage: part of the stack name and of resource names, e.g. dev, prod. */
    stage: z.string().regex(/^[a-z][a-z0-9-]{0,15}$/, 'lower-case letters, digits and dashes, at most 16 characters'),
    /** Sender of every mail; must be in mailDomain (SES verifies the domain, DKIM via Easy DKIM). */
    mailFrom: z.email(),
    /** Domain verified as the SES identity. */
    mailDomain: z.string().regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'a lower-case domain name'),
    /** Who receives alarm notifications (an SNS email subscription to confirm once). */
    alarmEmail: z.email(),
    /**
     * The source list file (repository-relative JSON, schema shared/model/source.ts). It is validated at
     * synth so a broken list fails before deploy; it is loaded into the sources table — where plan reads
     * it — with `gw sources add <file>` against the deployed stack (the CliEnvironment output, docs/OPERATIONS.md).
     */
    sourcesFile: z.string().regex(/\.json$/, 'a .json file').default('sources/shanxi.json'),
    /** Minutes between plan runs; each run plans the sources whose own schedule fired in that window. */
    planIntervalMinutes: z.coerce
      .number()
      .int()
      .refine((n) => (planIntervals as readonly number[]).includes(n), `one of ${planIntervals.join(', ')}`)
      .default(60),
    /** Daily digest, Asia/Shanghai wall clock. */
    dailyDigestCron: schedulerCron.default('cron(0 8 * * ? *)'),
    /** Weekly digest, Asia/Shanghai wall clock. */
    weeklyDigestCron: schedulerCron.default('cron(0 8 ? * MON *)'),
    /** A source with no new issue for this many days counts as quiet (QuietSources metric and alarm). */
    quietDays: z.coerce.number().int().min(1).max(365).default(14),
    /** Failed source fetches per hour (all sources together) that raise the fetch-failure alarm. */
    fetchFailureAlarmThreshold: z.coerce.number().int().min(1).default(10),
    /** Base URL in mail links; defaults to the HTTP API's own URL (set it when a custom domain fronts the API). */
    publicBaseUrl: z.url().optional(),
    /** Contact URL in the crawler's User-Agent, so site operators can reach us. */
    userAgentContact: z.url().default('https://github.com/gazette-watch/gazette-watch'),
    /** HTTP API stage throttling (steady requests per second and burst). */
    apiRateLimit: z.coerce.number().int().min(1).max(10_000).default(20),
    apiBurstLimit: z.coerce.number().int().min(1).max(5_000).default(40),
    /** Weekly re-check of known land notices (takedowns, edits), Asia/Shanghai wall clock (issue 14). */
    recheckCron: schedulerCron.default('cron(0 3 ? * MON *)'),
    /** S3 Object Lock retention of archived objects, in days (evidence must outlive the procedures it proves). */
    archiveRetentionDays: z.coerce.number().int().min(1).max(36_500).default(3650),
    /** COMPLIANCE: nobody, not even the root user, can delete a locked version early; GOVERNANCE: a privileged role can. */
    archiveRetentionMode: z.enum(['COMPLIANCE', 'GOVERNANCE']).default('COMPLIANCE'),
    /** CloudWatch Logs retention of the functions' log groups. */
    logRetentionDays: z.coerce.number().int().min(1).default(90),
  })
  .refine((c) => c.mailFrom.toLowerCase().endsWith(`@${c.mailDomain}`), {
    message: 'mailFrom must be an address in mailDomain',
    path: ['mailFrom'],
  });

export type StackConfig = z.infer<typeof stackConfigSchema>;
export type StackConfigInput = z.input<typeof stackConfigSchema>;

export const stackConfigKeys = [
  'stage',
  'mailFrom',
  'mailDomain',
  'alarmEmail',
  'sourcesFile',
  'planIntervalMinutes',
  'dailyDigestCron',
  'weeklyDigestCron',
  'quietDays',
  'fetchFailureAlarmThreshold',
  'publicBaseUrl',
  'userAgentContact',
  'apiRateLimit',
  'apiBurstLimit',
  'logRetentionDays',
  'recheckCron',
  'archiveRetentionDays',
  'archiveRetentionMode',
] as const satisfies readonly (keyof StackConfigInput)[];

/** Parses the stack parameters; throws one error listing every problem. */
export function parseStackConfig(input: Record<string, unknown>): StackConfig {
  const parsed = stackConfigSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  - ${i.path.join('.') || '(config)'}: ${i.message}`).join('\n');
    throw new Error(`invalid gazette-watch stack parameters (pass them with -c key=value):\n${problems}`);
  }
  return parsed.data;
}

/** Reads the parameters from CDK context (`tryGetContext` of each known key). */
export function stackConfigFromContext(tryGetContext: (key: string) => unknown): StackConfig {
  const input: Record<string, unknown> = {};
  for (const key of stackConfigKeys) {
    const value = tryGetContext(key);
    if (value !== undefined && value !== '') input[key] = value;
  }
  return parseStackConfig(input);
}

/** The Scheduler expression of the plan run for an interval in minutes. */
export const planScheduleExpression = (intervalMinutes: number): string =>
  intervalMinutes >= 60 ? 'cron(0 * * * ? *)' : `cron(0/${intervalMinutes} * * * ? *)`;
