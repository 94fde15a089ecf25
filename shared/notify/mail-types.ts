/** What the renderers produce and the links they need from the caller. */
export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
  /** Files sent with the mail (a land alert's deadlines as .ics). */
  attachments?: MailAttachment[];
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface MailLinks {
  /** One-click unsubscribe page (signed token inside). */
  unsubscribeUrl: string;
  /** Preferences page (signed token inside). */
  preferencesUrl: string;
  /** Public URL of an archived original, from its S3 key. */
  archiveUrl: (key: string) => string;
  /** Public URL of a revision's HTML diff view, from its S3 key. */
  diffUrl: (key: string) => string;
  /** The evidence page of a change, and the .ics of its deadlines (issue 14). */
  evidenceUrl?: (changeId: string) => string;
  deadlinesIcsUrl?: (changeId: string) => string;
  /** The page of a document (versions, appearances, facts) (issue 17). */
  documentUrl?: (documentKey: string) => string;
  /** The subscriber's own calendar feed of land deadlines. */
  calendarFeedUrl?: string;
}
