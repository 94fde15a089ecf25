import * as z from 'zod';

/** plan -> fetch: one message per due source. */
export const fetchMessageSchema = z.object({ sourceId: z.string().min(1), requestedAt: z.string() });
export type FetchMessage = z.infer<typeof fetchMessageSchema>;

/** fetch -> process: one message per newly stored issue. */
export const processMessageSchema = z.object({
  sourceId: z.string().min(1),
  issueId: z.string().min(1),
  rawKey: z.string().min(1),
});
export type ProcessMessage = z.infer<typeof processMessageSchema>;

/** process -> notify: one message per change record. */
export const notifyMessageSchema = z.object({ changeId: z.string().min(1) });
export type NotifyMessage = z.infer<typeof notifyMessageSchema>;

/** digest schedule -> digest: which frequency is due now. */
export const digestEventSchema = z.object({
  frequency: z.enum(['daily', 'weekly']),
  /** Overrides "now" (ISO instant) for replays and the local run. */
  at: z.string().optional(),
});
export type DigestEvent = z.infer<typeof digestEventSchema>;

export const queueNames = ['fetch', 'process', 'notify'] as const;
export type QueueName = (typeof queueNames)[number];
