/**
 * Land notices (征收土地, 征地补偿安置, 收回国有土地使用权): the category's signals and subtype.
 * The facts themselves are extracted in ./land/.
 */
import { GENERIC_NOTICE_TITLE_WORDS, LAND_BODY_PATTERNS, LAND_TITLE_EXCLUSIONS, LAND_TITLE_PATTERNS } from './keywords.ts';
import { WEIGHT, type Signal } from './signals.ts';
import { firstKeywordIn } from './text.ts';

/** How much of the body opening is read when the title does not name the act. */
const BODY_OPENING = 600;

/** Land signals of a document from its title and the opening of its compacted text. */
export function landSignals(title: string, run: string): Signal[] {
  const excluded = firstKeywordIn(title, LAND_TITLE_EXCLUSIONS);
  if (excluded) return [];
  const signals: Signal[] = [];
  for (const rule of LAND_TITLE_PATTERNS) {
    const match = rule.pattern.exec(title);
    if (match) {
      signals.push({ category: 'land', weight: WEIGHT.decisive, evidence: `title: ${match[0]}`, subtype: rule.subtype });
      break;
    }
  }
  const opening = run.slice(0, BODY_OPENING);
  for (const rule of LAND_BODY_PATTERNS) {
    const match = rule.pattern.exec(opening);
    if (match) {
      const generic = signals.length === 0 && firstKeywordIn(title, GENERIC_NOTICE_TITLE_WORDS) !== null;
      signals.push({
        category: 'land',
        weight: generic ? WEIGHT.strong : WEIGHT.moderate,
        evidence: `text: ${match[0].length > 40 ? `${match[0].slice(0, 40)}…` : match[0]}`,
        subtype: rule.subtype,
      });
      break;
    }
  }
  return signals;
}
