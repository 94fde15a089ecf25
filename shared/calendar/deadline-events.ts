/**
 * The calendar events of one land document: one all-day event per deadline that has a date, with a stable
 * UID (a calendar that imports the .ics twice, or re-reads the feed, updates the event instead of adding it again).
 * Pure.
 */
import type { ChangeRecord } from '../model/change.ts';

export interface CalendarEvent {
  uid: string;
  /** YYYY-MM-DD, the last day of the period. */
  date: string;
  summary: string;
  description: string;
  url: string | null;
}

type DeadlineSource = Pick<ChangeRecord, 'changeId' | 'title' | 'docNumber' | 'issuer' | 'land' | 'links'>;

export function deadlineEvents(change: DeadlineSource, options: { evidenceUrl?: string } = {}): CalendarEvent[] {
  const deadlines = change.land?.deadlines ?? [];
  return deadlines.flatMap((d, index) => {
    if (!d.date) return [];
    // A period the law fixes is marked 法定 in the event's title and its provision named in the description.
    const purpose = `${d.statutory ? '法定·' : ''}${d.purpose ? `${d.purpose}截止` : '期限届满'}`;
    const project = change.land?.project ? `（${change.land.project}）` : '';
    const description = [
      `${change.title}${change.docNumber ? `（${change.docNumber}）` : ''}`,
      change.issuer ? `发文机关：${change.issuer}` : null,
      `${d.statutory ? '法定期限' : '原文规定'}：${d.text}`,
      d.statutory && d.basis ? `法律依据：${d.basis}` : null,
      `截止日期按原文推算（工作日扣除法定节假日、计入调休上班日；期末逢休息日顺延至其后第一个工作日，民法典第二百零三条），请以原文为准。`,
      `原文：${change.links[0]?.url ?? ''}`,
      options.evidenceUrl ? `证据与存档：${options.evidenceUrl}` : null,
    ]
      .filter((l): l is string => l !== null)
      .join('\n');
    return [{ uid: `${change.changeId}-${index}@gazette-watch`, date: d.date, summary: `【${purpose}】${change.title}${project}`.slice(0, 200), description, url: options.evidenceUrl ?? change.links[0]?.url ?? null }];
  });
}
