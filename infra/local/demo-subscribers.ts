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
