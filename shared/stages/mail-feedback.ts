import * as z from 'zod';
import type { SubscriberRepository } from '../store/ports.ts';

/** The parts of an SES bounce/complaint notification (delivered through SNS) that matter here. */
export const sesNotificationSchema = z.object({
  notificationType: z.string().optional(),
  eventType: z.string().optional(),
  bounce: z.object({ bounceType: z.string(), bouncedRecipients: z.array(z.object({ emailAddress: z.string() })) }).optional(),
  complaint: z.object({ complainedRecipients: z.array(z.object({ emailAddress: z.string() })) }).optional(),
});
export type SesNotification = z.infer<typeof sesNotificationSchema>;

/** An SNS message body read as an SES notification, or why it cannot be (never throws). */
export function readSesNotification(body: string): { ok: true; notification: SesNotification } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (err) {
    return { ok: false, reason: `not JSON: ${(err as Error).message}` };
  }
  const parsed = sesNotificationSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: `not an SES notification: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}` };
  return { ok: true, notification: parsed.data };
}

/**
 * Suppresses the addresses of permanent bounces (status bounced) and complaints (status complained).
 * Transient bounces change nothing. Returns the addresses suppressed.
 */
export async function applyMailFeedback(notification: SesNotification, subscribers: SubscriberRepository, now: Date): Promise<string[]> {
  const type = notification.notificationType ?? notification.eventType;
  let status: 'bounced' | 'complained';
  let addresses: string[];
  if (type === 'Bounce' && notification.bounce?.bounceType === 'Permanent') {
    status = 'bounced';
    addresses = notification.bounce.bouncedRecipients.map((r) => r.emailAddress);
  } else if (type === 'Complaint' && notification.complaint) {
    status = 'complained';
    addresses = notification.complaint.complainedRecipients.map((r) => r.emailAddress);
  } else {
    return [];
  }
  const suppressed: string[] = [];
  for (const raw of addresses) {
    const email = (/<([^>]+)>/.exec(raw)?.[1] ?? raw).trim().toLowerCase();
    const subscription = await subscribers.findByEmail(email);
    if (!subscription || subscription.status === status) continue;
    await subscribers.put({ ...subscription, status, updatedAt: now.toISOString() });
    suppressed.push(email);
  }
  return suppressed;
}
