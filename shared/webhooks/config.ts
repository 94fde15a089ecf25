/**
 * Webhook delivery settings from the environment (parsed once by the functions, zod, fails fast):
 * GW_WEBHOOK_ALLOWED_ORIGINS — origins allowed although not public (only the local cloud's own receiver;
 * empty in production), GW_WEBHOOK_TIMEOUT_MS, GW_WEBHOOK_ATTEMPTS.
 */
import * as z from 'zod';
import { defaultPostPolicy, type PostPolicy } from './post.ts';

export const webhookEnvNames = { allowedOrigins: 'GW_WEBHOOK_ALLOWED_ORIGINS', timeoutMs: 'GW_WEBHOOK_TIMEOUT_MS', attempts: 'GW_WEBHOOK_ATTEMPTS' } as const;

const origin = z
  .url({ protocol: /^https?$/ })
  .transform((u) => new URL(u).origin);

export const webhookPolicySchema = z.object({
  allowedOrigins: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((o) => o.trim()).filter((o) => o.length > 0))
    .pipe(z.array(origin)),
  timeoutMs: z.coerce.number().int().min(500).max(30_000).default(defaultPostPolicy.timeoutMs),
  attempts: z.coerce.number().int().min(1).max(8).default(defaultPostPolicy.attempts),
});

export function webhookPolicyFromEnv(env: Record<string, string | undefined>): PostPolicy {
  const parsed = webhookPolicySchema.safeParse({ allowedOrigins: env[webhookEnvNames.allowedOrigins], timeoutMs: env[webhookEnvNames.timeoutMs], attempts: env[webhookEnvNames.attempts] });
  if (!parsed.success) throw new Error(`invalid webhook configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return { ...defaultPostPolicy, ...parsed.data };
}
