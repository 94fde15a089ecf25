/** iCalendar text (RFC 5545) of deadline events, built with ical-generator; and the .ics attachment of one alert. */
import ical from 'ical-generator';
import type { ChangeRecord } from '../model/change.ts';
import type { MailAttachment } from '../notify/mail-types.ts';
import { deadlineEvents, type CalendarEvent } from './deadline-events.ts';

/** Noon UTC of a calendar day: the same day in every time zone from UTC-11 to UTC+11. */
const dayOf = (iso: string): Date => new Date(`${iso}T12:00:00Z`);

export function buildIcs(name: string, events: readonly CalendarEvent[], stamp: Date): string {
  const calendar = ical({ name, prodId: { company: 'gazette-watch', product: 'land-deadlines', language: 'ZH' }, timezone: 'Asia/Shanghai', ttl: 6 * 3600 });
  for (const e of events) {
    calendar.createEvent({ id: e.uid, start: dayOf(e.date), allDay: true, summary: e.summary, description: e.description, url: e.url, stamp });
  }
  return calendar.toString();
}

export type { MailAttachment } from '../notify/mail-types.ts';

/** The .ics a land alert can carry: its dated deadlines, or null when it has none. */
export function deadlineAttachment(change: Pick<ChangeRecord, 'changeId' | 'title' | 'docNumber' | 'issuer' | 'land' | 'links'>, stamp: Date, evidenceUrl?: string): MailAttachment | null {
  const events = deadlineEvents(change, evidenceUrl ? { evidenceUrl } : {});
  if (events.length === 0) return null;
  return {
    filename: `deadlines-${change.changeId}.ics`,
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    content: buildIcs(`期限：${change.title}`.slice(0, 80), events, stamp),
  };
}
