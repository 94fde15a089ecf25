/**
 * One segmented document → its category, subtype, evidence, confidence and extracted facts
 * (appointments, land facts, regulation facts). Pure and fast: one pass of cheap scans.
 */
import type { Appointment, Category, Classification, SegmentedDocument } from '../model/document.ts';
import { appointmentSignals } from './appointment-category.ts';
import { appointmentsInLines } from './appointments.ts';
import { findCommencements, mainCommencement } from './commencement.ts';
import { decideCategory, type Decision } from './decide.ts';
import { extractLandFacts } from './land/land-facts.ts';
import { landSignals } from './land-category.ts';
import { hasNewsLead, isNewsArticle } from './news.ts';
import { publishedRuleName, regulationSignals } from './regulation-category.ts';
import { ruleNameInTitle } from './rule-names.ts';
import { CATEGORY_THRESHOLD } from './signals.ts';
import { extractRegulationFacts, findValidity } from './regulations.ts';
import { readingView, type ReadingView } from './reading/view.ts';
import { printedDocumentDate } from './signature-date.ts';
import { otherSubtype } from './subtypes.ts';
import { compactRun, compactText } from './text.ts';

/** Context the classifier needs beyond the document itself. */
export interface ClassifyContext {
  /** ISO date that relative dates (自发布之日起, 今年1月1日) resolve against. */
  publishedDate: string | null;
  /** The 题注 of a rule (./headnote.ts) when segmentation kept it out of the text: its commencement counts. */
  headnote?: string | null;
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
    tags: [],
    subtype: kind.subtype,
    confidence: Number(confidence.toFixed(2)),
    evidence,
    appointments: [],
    land: null,
    regulation: null,
  };
}

/** A segmented document whose title may be missing (a page that does not print it). */
export type ClassifiableDocument = Omit<SegmentedDocument, 'title'> & { title: string | null };

/** Appointments with person and post as printed (a traditional page keeps its characters). */
function printedAppointments(found: readonly Appointment[], view: ReadingView): Appointment[] {
  if (!view.converted) return [...found];
  return found.map((a) => ({ person: view.printed(a.person), action: a.action, position: view.printed(a.position) }));
}

/** Classify one segmented document. */
export function classifyDocument(doc: ClassifiableDocument, context: ClassifyContext): Classification {
  const titleView = readingView(doc.title ?? '');
  const view = readingView(doc.text);
  const title = compactRun(titleView.text);
  // One compaction of the body serves every reader: the appointment lists read its lines, the rest its run.
  const { lines, run } = compactText(view.text);
  const anchor = doc.date ?? context.publishedDate ?? printedDocumentDate(view.text);
  const news = isNewsArticle({ ...doc, title }, run);

  const extraction = appointmentsInLines(lines);
  // A rule's 题注 (…公布 自…起施行) reads as the opening of its text.
  const ruleRun = context.headnote ? `${compactRun(readingView(context.headnote).text)}。${run}` : run;
  const commencement = mainCommencement(findCommencements(ruleRun, anchor));
  const validity = findValidity(ruleRun, commencement);
  const land = landSignals(title, run, hasNewsLead(run), ruleNameInTitle(title, publishedRuleName) !== null);
  const signals = [
    ...appointmentSignals(title, extraction),
    ...land.signals,
    ...regulationSignals({ title, docNumber: doc.docNumber, run, commencement, validity, news }),
  ];
  const decision = decideCategory(signals);
  if (decision.category === 'other') return classifyOther(title, news, decision);

  const belongs = (category: Exclude<Category, 'other'>): boolean => decision.category === category || decision.tags.includes(category);
  const landFacts = belongs('land')
    ? { stage: land.stage ?? 'other', ...extractLandFacts({ title: titleView.text, text: view.text }, anchor, view.printed, land.stage ?? 'other') }
    : null;
  return {
    category: decision.category,
    tags: decision.tags,
    subtype: decision.subtype ?? (decision.category === 'land' ? 'land-requisition' : decision.category),
    confidence: decision.confidence,
    evidence: decision.evidence,
    appointments: belongs('appointment') ? printedAppointments(extraction.appointments, view) : [],
    land: landFacts,
    regulation: belongs('regulation') ? extractRegulationFacts({ title, run: ruleRun, news }, anchor, { main: commencement, validity }) : null,
  };
}
