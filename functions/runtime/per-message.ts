/**
 * Read-once views of the repositories for one notify message: the mail and webhook halves read the same
 * change and the same active subscriptions, so each is fetched once per message (issue 6 counts requests).
 */
import type { ChangeRecord } from '../../shared/model/change.ts';
import type { Subscription } from '../../shared/model/subscription.ts';
import type { ChangeRepository, SubscriberRepository } from '../../shared/store/ports.ts';

export function readOnceChanges(repo: ChangeRepository): ChangeRepository {
  const seen = new Map<string, Promise<ChangeRecord | null>>();
  return {
    get: (id) => {
      const hit = seen.get(id) ?? repo.get(id);
      seen.set(id, hit);
      return hit;
    },
    create: (c) => repo.create(c),
    addLink: (id, link) => repo.addLink(id, link),
    listByDay: (day) => repo.listByDay(day),
  };
}

export function readOnceSubscribers(repo: SubscriberRepository): SubscriberRepository {
  let active: Promise<Subscription[]> | undefined;
  return {
    get: (id) => repo.get(id),
    findByEmail: (email) => repo.findByEmail(email),
    put: (s) => repo.put(s),
    remove: (id) => repo.remove(id),
    listActive: () => (active ??= repo.listActive()),
    listAll: () => repo.listAll(),
    recordRejection: (id, rejection, suppress) => repo.recordRejection(id, rejection, suppress),
  };
}
