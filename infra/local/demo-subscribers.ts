import { subscriptionSchema, type Subscription } from '../../shared/model/subscription.ts';

/** The demo subscribers the local run seeds (all active: they are ours, no opt-in mail needed). */
export function demoSubscribers(now: Date): Subscription[] {
  const at = now.toISOString();
  const base = { status: 'active' as const, language: 'zh' as const, timeZone: 'Asia/Shanghai' as const, createdAt: at, updatedAt: at };
  return [
    {
      ...base,
      subscriberId: 'demo-lawyer',
      email: 'lawyer@example.com',
      name: '王律师（征地补偿）',
      frequency: 'immediate' as const,
      filters: { categories: ['land' as const], jurisdictions: ['离石区', '太原市', '绛县'] },
    },
    {
      ...base,
      subscriberId: 'demo-shanyin-hr',
      email: 'shanyin-watch@example.com',
      name: '山阴县人事任免关注者',
      frequency: 'daily' as const,
      filters: { categories: ['appointment' as const], jurisdictions: ['山阴县'] },
    },
    {
      ...base,
      subscriberId: 'demo-shanxi-rules',
      email: 'regulations@example.com',
      name: '山西新法规关注者',
      frequency: 'weekly' as const,
      filters: { categories: ['regulation' as const], jurisdictions: ['山西省'] },
    },
  ].map((s) => subscriptionSchema.parse(s));
}

/** The local receiver's side of the demo webhooks: it registers an endpoint and returns its URL. */
export interface DemoWebhookTarget {
  register(endpoint: { kind: 'dingtalk' | 'generic'; name: string; secret: string }): string;
}

/** Demo signing secrets (local only: the receiver checks the signatures with them). */
export const demoWebhookSecrets = { dingtalk: 'SECdemo0dingtalk0robot0secret0for0local0run', generic: 'demo-generic-webhook-secret-local' } as const;

/**
 * The demo subscribers with webhooks on the local receiver: the land lawyer's alerts also go to a DingTalk
 * group robot, the Shanyin watcher's daily digest to a generic signed JSON endpoint.
 */
export function demoSubscribersWithWebhooks(now: Date, target: DemoWebhookTarget): Subscription[] {
  const at = now.toISOString();
  const hooks: Record<string, { id: string; kind: 'dingtalk' | 'generic'; name: string }> = {
    'demo-lawyer': { id: 'dingtalk-1', kind: 'dingtalk', name: 'lawyer-group' },
    'demo-shanyin-hr': { id: 'generic-1', kind: 'generic', name: 'shanyin-hr' },
  };
  return demoSubscribers(now).map((s) => {
    const hook = hooks[s.subscriberId];
    if (!hook) return s;
    const secret = demoWebhookSecrets[hook.kind];
    const url = target.register({ kind: hook.kind, name: hook.name, secret });
    return subscriptionSchema.parse({ ...s, webhooks: [{ id: hook.id, kind: hook.kind, url, secret, createdAt: at }] });
  });
}
