/**
 * One segmented document → its category, subtype, evidence, confidence and extracted facts
 * (appointments, land facts, regulation facts). Pure and fast: one pass of cheap scans.
 */
import type { Classification, SegmentedDocument } from '../model/document.ts';
import { appointmentSignals } from './appointment-category.ts';
import { extractAppointments } from './appointments.ts';
import { findCommencements, mainCommencement } from './commencement.ts';
import { decideCategory, type Decision } from './decide.ts';
import { extractLandFacts } from './land/land-facts.ts';
import { landSignals } from './land-category.ts';
import { isNewsArticle } from './news.ts';
import { regulationSignals } from './regulation-category.ts';
import { CATEGORY_THRESHOLD } from './signals.ts';
import { extractRegulationFacts, findValidity } from './regulations.ts';
import { otherSubtype } from './subtypes.ts';
import { compactRun } from './text.ts';

/** Context the classifier needs beyond the document itself. */
export interface ClassifyContext {
  /** ISO date that relative dates (自发布之日起, 今年1月1日) resolve against. */
  publishedDate: string | null;
}

/** Confidence of an "other" document whose title names its kind, and of one that does not. */
const OTHER_NAMED_CONFIDENCE = 0.85;
const OTHER_UNNAMED_CONFIDENCE = 0.6;
/** Confidence of a newspaper article taken as news. */
const NEWS_CONFIDENCE = 0.75;
/** Each point a losing category scored lowers the confidence of "other" by this much. */
const OTHER_DOUBT_PER_POINT = 0.05;

/** An "other" document: its finer kind from the title, and what pointed elsewhere but fell short. */
function classifyOther(title: string, news: boolean, decision: Decision): Classification {
  const kind = otherSubtype(title, news);
  const base = kind.word !== null ? OTHER_NAMED_CONFIDENCE : kind.subtype === 'news' ? NEWS_CONFIDENCE : OTHER_UNNAMED_CONFIDENCE;
  const confidence = Math.max(0.3, base - OTHER_DOUBT_PER_POINT * decision.runnerUp);
  const evidence = [
    kind.word !== null ? `title: ${kind.word}` : news ? 'news: article without document number or issuer' : 'no category signal',
    ...decision.overruled.map((o) => `not ${o.category} (${o.score} < ${CATEGORY_THRESHOLD}): ${o.evidence.join('; ')}`),
  ];
  return {
    category: 'other',
    subtype: kind.subtype,
    confidence: Number(confidence.toFixed(2)),
    evidence,
    appointments: [],
    land: null,
    regulation: null,
  };
}

/** Classify one segmented document. */
export function classifyDocument(doc: SegmentedDocument, context: ClassifyContext): Classification {
  const title = compactRun(doc.title);
  const run = compactRun(doc.text);
  const anchor = doc.date ?? context.publishedDate;
  const news = isNewsArticle(doc, run);

  const appointments = extractAppointments(doc.text);
  const commencement = mainCommencement(findCommencements(run, anchor));
  const validity = findValidity(run, commencement);
  const signals = [
    ...appointmentSignals(title, appointments),
    ...landSignals(title, run),
    ...regulationSignals({ title, docNumber: doc.docNumber, run, commencement, validity, news }),
  ];
  const decision = decideCategory(signals);

  switch (decision.category) {
    case 'appointment':
      return {
        category: 'appointment',
        subtype: 'appointment',
        confidence: decision.confidence,
        evidence: decision.evidence,
        appointments: appointments.appointments,
        land: null,
        regulation: null,
      };
    case 'land':
      return {
        category: 'land',
        subtype: decision.subtype ?? 'land-requisition',
        confidence: decision.confidence,
        evidence: decision.evidence,
        appointments: [],
        land: extractLandFacts({ title: doc.title, text: doc.text }, anchor),
        regulation: null,
      };
    case 'regulation':
      return {
        category: 'regulation',
        subtype: 'regulation',
        confidence: decision.confidence,
        evidence: decision.evidence,
        appointments: [],
        land: null,
        regulation: extractRegulationFacts({ title, run, news }, anchor),
      };
    case 'other':
      return classifyOther(title, news, decision);
  }
}
