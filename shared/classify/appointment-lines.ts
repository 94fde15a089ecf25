/**
 * Turns a personnel document's text into clauses: one list entry or one act each.
 * PDF extraction wraps lines anywhere, so a line break only separates clauses where the
 * printed text shows a boundary (punctuation, or the next line opening a new entry).
 */
import { ACT_HINT, CLAUSE_HINT } from './appointment-forms.ts';
import { anyWordPattern, compactLines, minimalWords, wordsOf } from './text.ts';

/** A next line that opens a new entry (张三同志…, 张三、李四同志…, a list header) or closes the list (特此通知). */
const ENTRY_START = /^(?:[\u4e00-\u9fa5·]{2,6}(?:、[\u4e00-\u9fa5·]{2,6}){0,8}同志|(?:决定)?(?:任命|免去|聘任|解聘|聘用)[：:]|[一二三四五六七八九十\d]+[、．.]|特此|此复|[（(]?此件|附件)/;
/** A line that is only a list header printed without a colon: 一、任命 / 决定免去 / 免去下列人员职务 */
const BARE_HEADER = /^(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、．.])?(?:决定)?(?:任命|免去|聘任|解聘|免职)(?:如下|(?:以下|下列)(?:同志|人员)(?:的?职务)?)?$/;
/** The longest line BARE_HEADER matches: （十二）决定免去以下同志的职务 (a longer line is not tested). */
const BARE_HEADER_MAX = 16;

/** Characters that end a clause when they end a line. */
const BOUNDARY_CODES: ReadonlySet<number> = new Set([...'。；：！？'].map((c) => c.charCodeAt(0)));

/** Joins wrapped lines, keeping line breaks that separate entries as '；'. */
export function joinWrappedLines(text: string): string {
  return joinCompactLines(compactLines(text));
}

/** joinWrappedLines of a text already compacted (compactLines). */
export function joinCompactLines(compacted: string): string {
  const lines = compacted.split('\n').filter((l) => l.length > 0);
  const parts: string[] = [];
  let previous = '';
  for (const line of lines) {
    const atBoundary = previous.length === 0 || BOUNDARY_CODES.has(previous.charCodeAt(previous.length - 1));
    if (!atBoundary && (previous.endsWith('职务') || ENTRY_START.test(line))) parts.push('；');
    const header = line.length <= BARE_HEADER_MAX && BARE_HEADER.test(line) ? `${line}：` : line;
    parts.push(header);
    previous = header;
  }
  return parts.join('');
}

/**
 * Any word without which a sentence holds no act and opens no list: the act and clause hints together, a word
 * that holds another (聘任 holds 聘) left to the shorter one.
 */
const ANY_HINT = anyWordPattern(minimalWords([...wordsOf(ACT_HINT), ...wordsOf(CLAUSE_HINT)]));
const COMMA = '，'.charCodeAt(0);
/** Whether a sentence holds a clause: a character other than ， (what /^，*$/ tells, without a regex call each). */
function hasClause(sentence: string): boolean {
  for (let i = 0; i < sentence.length; i++) if (sentence.charCodeAt(i) !== COMMA) return true;
  return false;
}

/**
 * One sentence of a personnel text, split into its clauses (at ，) only when a reader asks for them: most
 * sentences of a long text hold no hint of an act and are passed over whole.
 */
export class Sentence {
  #clauses: string[] | null = null;
  #hinted: boolean | null = null;

  constructor(readonly text: string) {}

  /** The clauses, in reading order, none empty. */
  get clauses(): readonly string[] {
    return (this.#clauses ??= this.text.split('，').filter((c) => c.length > 0));
  }

  /** Whether the sentence holds an act or clause hint (no hint word spans a ，, so this is any clause's). */
  get hinted(): boolean {
    return (this.#hinted ??= ANY_HINT.test(this.text));
  }
}

/** Sentences: the run split at 。；！？, each kept in reading order (none without a clause). */
export function splitSentences(run: string): Sentence[] {
  return run
    .split(/[。；！？]/)
    .filter(hasClause)
    .map((sentence) => new Sentence(sentence));
}
