/** Personnel documents: the category's signals from the title and the extracted acts. */
import { APPOINTMENT_TITLE_WORDS, NOT_APPOINTMENT_TITLE_WORDS } from './keywords.ts';
import type { AppointmentExtraction } from './appointments.ts';
import { WEIGHT, type Signal } from './signals.ts';
import { firstKeywordIn } from './text.ts';

/** Acts from which a document is taken to be mainly about them. */
const MANY_ACTS = 3;

export function appointmentSignals(title: string, extraction: AppointmentExtraction): Signal[] {
  const signals: Signal[] = [];
  const word = firstKeywordIn(title, APPOINTMENT_TITLE_WORDS);
  if (word) signals.push({ category: 'appointment', weight: WEIGHT.moderate, evidence: `title: ${word}`, subtype: 'appointment' });
  if (word && title.includes('同志')) signals.push({ category: 'appointment', weight: WEIGHT.weak, evidence: 'title: 同志', subtype: 'appointment' });
  const count = extraction.appointments.length;
  if (count > 0) {
    // A found act is enough on its own: a personnel decision may come in any layout.
    signals.push({
      category: 'appointment',
      weight: WEIGHT.strong,
      evidence: `text: ${count} 项任免 (${extraction.forms.join(' ')})`,
      subtype: 'appointment',
    });
  }
  if (count >= MANY_ACTS) signals.push({ category: 'appointment', weight: WEIGHT.weak, evidence: `text: ≥${MANY_ACTS} 项任免`, subtype: 'appointment' });
  const listHeader = extraction.forms.find((form) => form.endsWith('：'));
  if (count > 0 && listHeader) signals.push({ category: 'appointment', weight: WEIGHT.weak, evidence: `text: ${listHeader}`, subtype: 'appointment' });
  const not = firstKeywordIn(title, NOT_APPOINTMENT_TITLE_WORDS);
  if (not && signals.length > 0) signals.push({ category: 'appointment', weight: -WEIGHT.decisive, evidence: `title: ${not} (not a personnel act)` });
  return signals;
}
