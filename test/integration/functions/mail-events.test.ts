import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SNSEvent, SNSEventRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailEventsHandler } from '../../../functions/mail-events.ts';
import { adapters } from '../../../functions/runtime/runtime.ts';
import { startLocalBackend, type LocalBackend } from '../../../infra/local/backend.ts';
import { subscriptionSchema } from '../../../shared/model/subscription.ts';

const snsRecord = (messageId: string, message: string): SNSEventRecord => ({
  EventVersion: '1.0',
  EventSubscriptionArn: 'arn:aws:sns:local:000000000000:mail-events:sub',
  EventSource: 'aws:sns',
  Sns: {
    SignatureVersion: '1',
    Timestamp: '2026-12-01T00:00:00.000Z',
    Signature: '',
    SigningCertUrl: '',
    MessageId: messageId,
    Message: message,
    MessageAttributes: {},
    Type: 'Notification',
    UnsubscribeUrl: '',
    TopicArn: 'arn:aws:sns:local:000000000000:mail-events',
    Subject: '',
  },
});

describe('mail-events handler on the local cloud', () => {
  let backend: LocalBackend;
  let a: ReturnType<typeof adapters>;

  beforeAll(async () => {
    backend = await startLocalBackend({ dir: mkdtempSync(join(tmpdir(), 'gw-mail-events-')) });
    a = adapters(backend.runtime);
    const at = '2026-12-01T00:00:00.000Z';
    for (const [id, email] of [['s-a', 'a@example.com'], ['s-b', 'b@example.com']]) {
      await a.subscribers.put(subscriptionSchema.parse({ subscriberId: id, email, status: 'active', frequency: 'daily', filters: {}, createdAt: at, updatedAt: at }));
    }
  });
  afterAll(async () => {
    await backend.close();
  });

  it('applies the valid records of a batch and skips an unparsable one with its reason', async () => {
    const handler = createMailEventsHandler(() => backend.runtime);
    const event: SNSEvent = {
      Records: [
        snsRecord('m1', JSON.stringify({ notificationType: 'Bounce', bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: 'A@example.com' }] } })),
        snsRecord('m2', '{"notificationType": "Bounce", "bou'),
        snsRecord('m3', JSON.stringify({ notificationType: 'Complaint', complaint: 'not an object' })),
        snsRecord('m4', JSON.stringify({ eventType: 'Complaint', complaint: { complainedRecipients: [{ emailAddress: '"B" <b@example.com>' }] } })),
      ],
    };
    const outcome = await handler(event);
    expect(outcome.suppressed).toEqual(['a@example.com', 'b@example.com']);
    expect(outcome.skipped.map((s) => s.messageId)).toEqual(['m2', 'm3']);
    expect(outcome.skipped[0]?.reason).toMatch(/not JSON/);
    expect(outcome.skipped[1]?.reason).toMatch(/not an SES notification: complaint/);
    expect((await a.subscribers.get('s-a'))?.status).toBe('bounced');
    expect((await a.subscribers.get('s-b'))?.status).toBe('complained');
    // A replay changes nothing.
    expect((await handler(event)).suppressed).toEqual([]);
  });
});
