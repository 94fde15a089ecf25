import type { SendMailDeps } from '../stages/send-mail.ts';
import type { ArchiveLinks, ChangeRepository, Mailer, SubscriberRepository } from '../store/ports.ts';
import type { RateLimitRepository } from './ports.ts';
import type { RateLimits } from './rate-limit.ts';

/** What the subscription API needs: built per request by functions/api.ts from the Runtime. */
export interface SubscribeDeps {
  subscribers: SubscriberRepository;
  rateLimits: RateLimitRepository;
  limits: RateLimits;
  mailer: Mailer;
  mailFrom: string;
  configurationSet: string | null;
  /** Where the pages are served; the confirm link is `${publicBaseUrl}/confirm?token=…`. */
  publicBaseUrl: string;
  tokenSecret: string;
  /** Base URL of archived files (the signed mail links need it). */
  archiveBaseUrl: string;
  /** Presigned links behind GET /archive/{key}. */
  archive: ArchiveLinks;
  now: () => Date;
  onSent?: SendMailDeps['onSent'];
  /** Stored changes: the confirmation page shows the latest that match (absent: it shows none). */
  changes?: Pick<ChangeRepository, 'listByDay'>;
  /**
   * Every subscribe request takes at least this long, whatever the address (new, active, bounced):
   * the answer's timing tells nothing about the address. Default SUBSCRIBE_FLOOR_MS.
   */
  subscribeFloorMs?: number;
}
