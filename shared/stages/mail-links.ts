import { calendarToken } from '../calendar/feed-token.ts';
import { signToken } from '../notify/tokens.ts';
import type { MailLinks } from '../notify/render-digest.ts';
import { archiveUrl, diffPageOfKey, pagePaths } from '../web/urls.ts';

export interface LinkSettings {
  publicBaseUrl: string;
  tokenSecret: string;
  /** Base URL where archived originals, texts and diffs are served. */
  archiveBaseUrl: string;
  now: () => Date;
}

const LINK_LIFETIME_MS = 60 * 24 * 3600 * 1000;

/** The signed links one subscriber's mail carries (preferences, unsubscribe, archive, document and diff pages). */
export function mailLinksFor(subscriberId: string, settings: LinkSettings): MailLinks {
  const expiresAt = settings.now().getTime() + LINK_LIFETIME_MS;
  const base = settings.publicBaseUrl.replace(/\/$/, '');
  const archive = settings.archiveBaseUrl.replace(/\/$/, '');
  const token = (purpose: 'preferences' | 'unsubscribe') => signToken(settings.tokenSecret, { subscriberId, purpose, expiresAt });
  return {
    unsubscribeUrl: `${base}/unsubscribe?token=${encodeURIComponent(token('unsubscribe'))}`,
    preferencesUrl: `${base}/preferences?token=${encodeURIComponent(token('preferences'))}`,
    archiveUrl: (key: string) => archiveUrl(archive, key),
    // A revision's diff opens on its page (in the site's shell, with the versions around it); others in the archive.
    diffUrl: (key: string) => {
      const page = diffPageOfKey(key);
      return page ? `${base}${page}` : archiveUrl(archive, key);
    },
    documentUrl: (documentKey: string) => `${base}${pagePaths.document(documentKey)}`,
    evidenceUrl: (changeId: string) => `${base}/evidence/${encodeURIComponent(changeId)}`,
    calendarFeedUrl: `${base}/calendar/${calendarToken(settings.tokenSecret, subscriberId)}.ics`,
    deadlinesIcsUrl: (changeId: string) => `${base}/calendar/doc/${encodeURIComponent(changeId)}.ics`,
  };
}

/** The mailto form of List-Unsubscribe: the sender's local part with +unsubscribe. */
export function unsubscribeMailto(mailFrom: string, subscriberId: string): string {
  const address = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom;
  const [local, domain] = address.split('@');
  return `mailto:${local}+unsubscribe@${domain}?subject=unsubscribe%20${encodeURIComponent(subscriberId)}`;
}
