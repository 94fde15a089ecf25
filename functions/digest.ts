import { digestEventSchema } from '../shared/model/messages.ts';
import { sendDigests, type DigestOutcome } from '../shared/stages/send-digests.ts';
import { logger } from './runtime/logger.ts';
import { adapters, lazy, mailDeps, runtimeFromEnv, type RuntimeSource } from './runtime/runtime.ts';

/** Scheduled (daily / weekly, Asia/Shanghai): one digest per subscriber with queued changes. */
export function createDigestHandler(runtime: RuntimeSource) {
  return async (event: unknown): Promise<DigestOutcome> => {
    const rt = await runtime();
    const a = adapters(rt);
    const input = digestEventSchema.parse(event);
    const outcome = await sendDigests(input, { ...mailDeps(rt), changes: a.changes, subscribers: a.subscribers });
    logger.info('digests sent', { ...outcome });
    return outcome;
  };
}

export const handler = createDigestHandler(lazy(() => runtimeFromEnv()));
