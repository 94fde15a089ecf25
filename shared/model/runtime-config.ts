import * as z from 'zod';
import { tableEnvVar, tableIds, type TableId } from '../store/tables.ts';
import { lazySchema } from './lazy-schema.ts';

/**
 * The environment every Lambda receives (set by the CDK stack, or by the local cloud).
 * Parsed once at cold start by functions/ — domain code never reads process.env.
 */
export const envNames = {
  mode: 'GW_MODE',
  bucket: 'BUCKET_NAME',
  fetchQueueUrl: 'QUEUE_URL_FETCH',
  extractQueueUrl: 'QUEUE_URL_EXTRACT',
  processQueueUrl: 'QUEUE_URL_PROCESS',
  notifyQueueUrl: 'QUEUE_URL_NOTIFY',
  mailFrom: 'MAIL_FROM',
  configurationSet: 'SES_CONFIGURATION_SET',
  publicBaseUrl: 'PUBLIC_BASE_URL',
  tokenSecret: 'TOKEN_SECRET',
  userAgentContact: 'USER_AGENT_CONTACT',
  ocrMaxPages: 'GW_OCR_MAX_PAGES',
  ocrTimeBudgetSeconds: 'GW_OCR_TIME_BUDGET_SECONDS',
  ocrDpi: 'GW_OCR_DPI',
  maxAttempts: 'GW_MAX_ATTEMPTS',
} as const;

/**
 * Bounds of the extract stage per issue (issue 20) and of retries per issue (issue 15.5). Defaults fit the
 * extract function's 15-minute timeout: ≈ 3 s per 300-dpi page on one core, 200 pages, 12 minutes.
 */
export const extractLimitsSchema = lazySchema(() => z.object({
  /** Pages OCR'd per issue at most; the rest are recorded as unread (a partial issue). */
  ocrMaxPages: z.coerce.number().int().positive().max(5000).default(200),
  /** Wall-clock seconds of OCR per issue; pages past it are recorded as unread. */
  ocrTimeBudgetSeconds: z.coerce.number().positive().max(3600).default(720),
  /** Render resolution for OCR (≥ 300 reads CJK reliably). */
  ocrDpi: z.coerce.number().int().min(150).max(600).default(300),
  /** Attempts (extract or process runs that failed on anything but the file itself) before the issue is failed. */
  maxAttempts: z.coerce.number().int().positive().max(100).default(5),
}));
export type ExtractLimits = z.infer<typeof extractLimitsSchema>;

const tableShape = (): Record<TableId, z.ZodString> => Object.fromEntries(tableIds.map((id) => [id, z.string().min(1)])) as Record<TableId, z.ZodString>;

export const runtimeConfigSchema = lazySchema(() => z.object({
  /** production refuses private/loopback fetch targets; local allows them. */
  mode: z.enum(['production', 'local']),
  bucket: z.string().min(1),
  tables: z.object(tableShape()),
  queues: z.object({ fetch: z.string().min(1), extract: z.string().min(1), process: z.string().min(1), notify: z.string().min(1) }),
  limits: extractLimitsSchema.prefault({}),
  mailFrom: z.string().min(3),
  configurationSet: z.string().min(1).nullable(),
  /** Base URL of the subscription API/pages, for links in mails. */
  publicBaseUrl: z.string().url(),
  /** HMAC secret for signed links (confirm, preferences, unsubscribe). */
  tokenSecret: z.string().min(16),
  userAgentContact: z.string().url(),
}));
export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

/** Reads and validates the runtime config from an environment; throws a readable error. */
export function runtimeConfigFromEnv(env: Record<string, string | undefined>): RuntimeConfig {
  const parsed = runtimeConfigSchema.safeParse({
    mode: env[envNames.mode] ?? 'production',
    bucket: env[envNames.bucket],
    tables: Object.fromEntries(tableIds.map((id) => [id, env[tableEnvVar(id)]])),
    queues: {
      fetch: env[envNames.fetchQueueUrl],
      extract: env[envNames.extractQueueUrl],
      process: env[envNames.processQueueUrl],
      notify: env[envNames.notifyQueueUrl],
    },
    limits: {
      ocrMaxPages: env[envNames.ocrMaxPages],
      ocrTimeBudgetSeconds: env[envNames.ocrTimeBudgetSeconds],
      ocrDpi: env[envNames.ocrDpi],
      maxAttempts: env[envNames.maxAttempts],
    },
    mailFrom: env[envNames.mailFrom],
    configurationSet: env[envNames.configurationSet] ?? null,
    publicBaseUrl: env[envNames.publicBaseUrl],
    tokenSecret: env[envNames.tokenSecret],
    userAgentContact: env[envNames.userAgentContact] ?? 'https://github.com/gazette-watch/gazette-watch',
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid runtime configuration: ${problems}`);
  }
  return parsed.data;
}
