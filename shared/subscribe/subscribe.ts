import { subscriptionSchema, type Subscription } from '../model/subscription.ts';
import { applyFilterFields, DEFAULT_FREQUENCY, emptyFilters } from './apply-fields.ts';
import { sendSubscribeMail } from './confirmation-mail.ts';
import type { SubscribeDeps } from './deps.ts';
import type { SubscribeInput } from './schemas.ts';
import { subscriberIdFor } from './subscriber-id.ts';

/** What happened; never shown to the requester (the answer is the same for every address). */
export type SubscribeOutcome = 'confirmation-sent' | 'reminder-sent' | 'suppressed';

/**
 * Double opt-in. A new, pending or unsubscribed address gets a pending subscription with the requested
 * filters and a confirmation mail; an active one keeps its settings and gets a note with its
 * preferences link; a bounced or complained address is never mailed again.
 */
export async function subscribe(input: SubscribeInput, deps: SubscribeDeps): Promise<SubscribeOutcome> {
  const existing = await deps.subscribers.findByEmail(input.email);
  if (existing && (existing.status === 'bounced' || existing.status === 'complained')) return 'suppressed';
  if (existing?.status === 'active') {
    await sendSubscribeMail('already-subscribed', existing, deps);
    return 'reminder-sent';
  }
  const at = deps.now().toISOString();
  const record: Subscription = subscriptionSchema.parse({
    subscriberId: existing?.subscriberId ?? subscriberIdFor(deps.tokenSecret, input.email),
    email: input.email,
    name: input.name !== undefined ? input.name : (existing?.name ?? null),
    status: 'pending',
    filters: applyFilterFields(emptyFilters(), input),
    frequency: input.frequency ?? DEFAULT_FREQUENCY,
    language: 'zh',
    timeZone: 'Asia/Shanghai',
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
  });
  await deps.subscribers.put(record);
  await sendSubscribeMail('confirm', record, deps);
  return 'confirmation-sent';
}
