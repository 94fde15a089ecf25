/**
 * Land documents (any a land or compensation lawyer must see): the category's signals and the procedure stage,
 * from the title, then the opening of the body, then the rest of it. The facts are extracted in ./land/.
 */
import type { LandStage } from '../model/document.ts';
import { NOT_LAND_TITLE_WORDS, OWN_ACT, STAGE_FORMS, subtypeOfStage, type StageForm } from './land/stage-forms.ts';
import { WEIGHT, type Signal } from './signals.ts';
import { anyWordPattern, firstKeywordIn } from './text.ts';

/** How much of the body counts as its opening, and how much is read at all. */
const OPENING = 1200;
const BODY = 8000;

export interface LandReading {
  signals: Signal[];
  /** The stage the strongest form names, or null when no form matched. */
  stage: LandStage | null;
}

/**
 * Any word some stage form needs, as one pattern built once: a text without one (most documents) is passed over
 * in one scan instead of one substring search per form and word.
 */
const ANY_NEEDED_WORD = anyWordPattern(STAGE_FORMS.flatMap((form) => form.needs));

function firstForm(text: string): { form: StageForm; match: string } | null {
  if (!ANY_NEEDED_WORD.test(text)) return null;
  for (const form of STAGE_FORMS) {
    if (!form.needs.some((w) => text.includes(w))) continue;
    const m = form.pattern.exec(text);
    if (m) return { form, match: m[0] };
  }
  return null;
}

/** The stage of the act the opening announces (a 批复 is an approval), or null. */
function ownActStage(opening: string): LandStage | null {
  const act = OWN_ACT.exec(opening);
  if (!act) return null;
  if (act[1] === undefined) return 'approval';
  const named = firstForm(act[1]);
  return named && named.form.stage !== 'other' ? named.form.stage : null;
}

/** How a sentence citing its legal basis opens. */
const CITING_OPENING = /^(?:根据|依据|依照|按照)《/;

const shorten = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * Land signals of a document from its title and compacted text; a news article needs the act in its headline or
 * lead. When the title names a rule (…征收土地管理办法), land is what the rule is about: the body only adds a hint.
 */
export function landSignals(title: string, run: string, news: boolean, titleNamesRule = false): LandReading {
  // 根据《…办法》…: a headline that opens by citing rules is the first sentence of an untitled page, not a rule's title.
  if (CITING_OPENING.test(title)) titleNamesRule = false;
  const inTitle = firstForm(title);
  if ((!inTitle || inTitle.form.stage === 'other') && firstKeywordIn(title, NOT_LAND_TITLE_WORDS)) return { signals: [], stage: null };
  const signals: Signal[] = [];
  let stage: LandStage | null = null;
  if (inTitle) {
    stage = inTitle.form.stage;
    // A stage named in the title decides; land words without a stage (征收补偿) only point to land.
    const weight = stage === 'other' ? WEIGHT.strong : WEIGHT.decisive;
    signals.push({ category: 'land', weight, evidence: `title: ${shorten(inTitle.match)}`, subtype: subtypeOfStage(stage, inTitle.match), stage });
  }
  const opening = run.slice(0, OPENING);
  const inOpening = firstForm(opening);
  if (inOpening) {
    // What the notice says it is (现将征地补偿安置方案公告如下, 现批复如下) names the stage before its title does.
    stage = ownActStage(opening) ?? stage ?? inOpening.form.stage;
    const weight = titleNamesRule ? WEIGHT.weak : news || inOpening.form.stage === 'other' ? WEIGHT.moderate : WEIGHT.strong;
    signals.push({ category: 'land', weight, evidence: `text: ${shorten(inOpening.match)}`, subtype: subtypeOfStage(stage, inTitle?.match ?? inOpening.match), stage });
  }
  // The rest of the body only adds weight to a document the title or the opening already points to land.
  if (signals.length > 0 && !news && !titleNamesRule && run.length > OPENING) {
    const inBody = firstForm(run.slice(OPENING, BODY));
    if (inBody && inBody.form.stage !== 'other') {
      stage ??= inBody.form.stage;
      signals.push({ category: 'land', weight: WEIGHT.weak, evidence: `text: ${shorten(inBody.match)}`, subtype: subtypeOfStage(stage), stage });
    }
  }
  return { signals, stage };
}
