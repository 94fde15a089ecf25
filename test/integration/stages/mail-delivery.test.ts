import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mailDeps } from '../../../functions/runtime/mail.ts';
import { adapters } from '../../../functions/runtime/runtime.ts';
import { startLocalBackend, type LocalBackend } from '../../../infra/local/backend.ts';
import { changeRecordSchema, type ChangeRecord } from '../../../shared/model/change.ts';
import { subscriptionSchema, type Subscription } from '../../../shared/model/subscription.ts';
import { notifyChange, NotifyIncompleteError, type NotifyDeps } from '../../../shared/stages/notify-change.ts';
import { sendDigests, type DigestDeps } from '../../../shared/stages/send-digests.ts';
import { messageIdFor } from '../../../shared/stages/send-mail.ts';
import { FaultInjector, rejectRecipients, serviceError, type FaultRule } from '../../chaos/sdk-faults.ts';

const fixture = (name: string): ChangeRecord =>
  changeRecordSchema.parse(JSON.parse(readFileSync(new URL(`../../fixtures/changes/${name}.json`, import.meta.url), 'utf8')));
const NOT_VERIFIED = 'Email address is not verified. The following identities failed the check in region CN-NORTH-1: alerts@gazette-watch.local, {to}';
const SUPPRESSED = 'Address is on the account-level suppression list: {to}';

describe('mail delivery: per-recipient isolation, owned claims, digest coverage', () => {
  let backend: LocalBackend;
  let a: ReturnType<typeof adapters>;
  let notifyDeps: NotifyDeps;
  let digestDeps: DigestDeps;
  let now = new Date('2026-12-01T01:00:00.000Z');
  /** Rules the SES and DynamoDB injectors apply, changed per test. */
  const rules: FaultRule[] = [];
  let changes: ChangeRecord[];

  const subscriber = (id: string, frequency: Subscription['frequency']): Subscription =>
    subscriptionSchema.parse({ subscriberId: id, email: `${id}@example.com`, status: 'active', frequency, filters: {}, createdAt: now.toISOString(), updatedAt: now.toISOString() });
  const mailsTo = (id: string) => backend.outbox.sent.filter((m) => m.to === `${id}@example.com`);

  beforeAll(async () => {
    backend = await startLocalBackend({ dir: mkdtempSync(join(tmpdir(), 'gw-mail-')), now });
    backend.setNow(now);
    a = adapters(backend.runtime);
    const injector = new FaultInjector([(call, n) => rules.reduce<ReturnType<FaultRule>>((d, r) => d ?? r(call, n), null)]);
    injector.install(backend.runtime.ses, 'ses');
    injector.install(backend.runtime.db, 'dynamodb');
    const base = mailDeps(backend.runtime);
    notifyDeps = { ...base, changes: a.changes, subscribers: a.subscribers };
    digestDeps = { ...base, changes: a.changes, subscribers: a.subscribers };
    changes = ['appointment-shanyin', 'land-recovery-taiyuan', 'regulation-shanxi-relics'].map(fixture);
    for (const c of changes) await a.changes.create(c);
  });
  afterAll(async () => {
    await backend.close();
  });
  beforeEach(async () => {
    rules.length = 0;
    for (const s of await a.subscribers.listAll()) await a.subscribers.remove(s.subscriberId);
    for (const f of ['daily', 'weekly'] as const) for (const p of await a.deliveries.listPending(f)) await a.deliveries.removePending(p.subscriberId, p.changeId);
  });

  it('records a permanent SES rejection on that delivery and subscriber and still alerts everyone else', async () => {
    for (const id of ['alice', 'blocked', 'carol']) await a.subscribers.put(subscriber(id, 'immediate'));
    rules.push(rejectRecipients({ 'blocked@example.com': NOT_VERIFIED }));
    const change = changes[0] as ChangeRecord;
    const outcome = await notifyChange({ changeId: change.changeId }, notifyDeps);
    expect(outcome.alertsSent).toBe(2);
    expect(outcome.rejected.map((r) => r.subscriberId)).toEqual(['blocked']);
    expect(mailsTo('alice')).toHaveLength(1);
    expect(mailsTo('carol')).toHaveLength(1);
    expect(mailsTo('blocked')).toHaveLength(0);
    const [delivery] = await a.deliveries.listDeliveries('blocked', `ALERT#${change.changeId}`);
    expect(delivery).toMatchObject({ state: 'rejected' });
    expect(delivery?.reason).toMatch(/not-verified/);
    const profile = await a.subscribers.get('blocked');
    expect(profile?.lastRejection).toMatchObject({ kind: 'not-verified', deliveryKey: `ALERT#${change.changeId}` });
    expect(profile?.status).toBe('active'); // sandbox: verify the address, nothing is wrong with it
    // A replay sends nothing and does not retry the refused address.
    const again = await notifyChange({ changeId: change.changeId }, notifyDeps);
    expect(again.alertsSent).toBe(0);
    expect(backend.outbox.sent.filter((m) => m.deliveryKey === `ALERT#${change.changeId}`)).toHaveLength(2);
  });

  it('goes on to the next subscriber when a digest is refused; a suppressed address is marked bounced', async () => {
    for (const id of ['d-first', 'd-suppressed', 'd-last']) await a.subscribers.put(subscriber(id, 'daily'));
    for (const c of changes) await notifyChange({ changeId: c.changeId }, notifyDeps);
    rules.push(rejectRecipients({ 'd-suppressed@example.com': SUPPRESSED }));
    const outcome = await sendDigests({ frequency: 'daily', at: now.toISOString() }, digestDeps);
    expect(outcome.sent).toBe(2);
    expect(outcome.rejected.map((r) => r.subscriberId)).toEqual(['d-suppressed']);
    expect(outcome.failed).toEqual([]);
    expect(mailsTo('d-first')).toHaveLength(1);
    expect(mailsTo('d-last')).toHaveLength(1);
    expect((await a.subscribers.get('d-suppressed'))?.status).toBe('bounced');
    expect((await a.subscribers.get('d-suppressed'))?.lastRejection?.kind).toBe('suppressed');
  });

  it('sends one alert when two workers get the same message at once; the duplicate is retried, not sent', async () => {
    await a.subscribers.put(subscriber('dup', 'immediate'));
    const change = changes[1] as ChangeRecord;
    const results = await Promise.allSettled([notifyChange({ changeId: change.changeId }, notifyDeps), notifyChange({ changeId: change.changeId }, notifyDeps)]);
    expect(mailsTo('dup')).toHaveLength(1);
    const sent = results.filter((r) => r.status === 'fulfilled' && r.value.alertsSent === 1);
    expect(sent).toHaveLength(1);
    const other = results.find((r) => !(r.status === 'fulfilled' && r.value.alertsSent === 1));
    // Either it saw the lease (busy: retried later) or it came after the send (done).
    if (other?.status === 'rejected') expect(other.reason).toBeInstanceOf(NotifyIncompleteError);
    await notifyChange({ changeId: change.changeId }, notifyDeps);
    expect(mailsTo('dup')).toHaveLength(1);
  });

  it('takes over an expired lease of a dead worker and sends the same Message-ID; a live lease is left alone', async () => {
    await a.subscribers.put(subscriber('heir', 'immediate'));
    const change = changes[2] as ChangeRecord;
    const key = `ALERT#${change.changeId}`;
    const messageId = messageIdFor('heir', key, backend.runtime.config.mailFrom);
    const claim = (owner: string, leaseUntil: string) =>
      a.deliveries.claim({ subscriberId: 'heir', deliveryKey: key, owner, at: now.toISOString(), leaseUntil, messageId, covers: [change.changeId] });
    expect((await claim('dead-worker', new Date(now.getTime() + 60_000).toISOString())).kind).toBe('claimed');
    await expect(notifyChange({ changeId: change.changeId }, notifyDeps)).rejects.toThrow(NotifyIncompleteError);
    expect(mailsTo('heir')).toHaveLength(0);
    now = new Date(now.getTime() + 61_000);
    backend.setNow(now);
    expect((await notifyChange({ changeId: change.changeId }, notifyDeps)).alertsSent).toBe(1);
    const [mail] = mailsTo('heir');
    expect(mail?.raw).toContain(`Message-ID: ${messageId}`);
    expect((await a.deliveries.listDeliveries('heir', key))[0]).toMatchObject({ state: 'sent', takeovers: 1 });
  });

  it('overlapping digest runs send one digest per subscriber', async () => {
    for (const id of ['o-1', 'o-2']) await a.subscribers.put(subscriber(id, 'weekly'));
    for (const c of changes) await notifyChange({ changeId: c.changeId }, notifyDeps);
    const event = { frequency: 'weekly' as const, at: now.toISOString() };
    const [x, y] = await Promise.all([sendDigests(event, digestDeps), sendDigests(event, digestDeps)]);
    expect((x?.sent ?? 0) + (y?.sent ?? 0)).toBe(2);
    expect(mailsTo('o-1')).toHaveLength(1);
    expect(mailsTo('o-2')).toHaveLength(1);
    expect(await sendDigests(event, digestDeps)).toMatchObject({ sent: 0, alreadySent: 0 });
  });

  it('never mails a digest item twice when removing it from the queue failed after the digest was sent', async () => {
    await a.subscribers.put(subscriber('cover', 'daily'));
    for (const c of changes) await notifyChange({ changeId: c.changeId }, notifyDeps);
    rules.push((call) => (call.port === 'dynamodb' && call.operation === 'DeleteItemCommand' ? { when: 'before', error: serviceError('dynamodb', call.operation, 'before') } : null));
    const first = await sendDigests({ frequency: 'daily', at: now.toISOString() }, digestDeps);
    expect(first.sent).toBe(1);
    expect(first.failed.map((f) => f.subscriberId)).toEqual(['cover']);
    expect((await a.deliveries.listPending('daily')).filter((p) => p.subscriberId === 'cover')).toHaveLength(3);
    rules.length = 0;
    const nextDay = new Date(now.getTime() + 24 * 3600 * 1000);
    const second = await sendDigests({ frequency: 'daily', at: nextDay.toISOString() }, digestDeps);
    expect(second.sent).toBe(0);
    expect(mailsTo('cover')).toHaveLength(1);
    expect((await a.deliveries.listPending('daily')).filter((p) => p.subscriberId === 'cover')).toHaveLength(0);
  });
});
