/**
 * Articles of a newspaper page. Two layouts:
 * - headed (markdown-like extraction): every #-heading opens an article; short unterminated lines
 *   just above a heading (kicker, 上接第1版) belong to it;
 * - flowing (column text): an article opens at a dateline (本报…讯) or after a closing headline;
 *   headlines are often printed AFTER the body — a group of short unterminated blocks after body text
 *   closes the article when a dateline or the end follows, when it spans several blocks or carries a
 *   byline, or when the next block's first line is a headline run into the next article's first line.
 * A photo caption (ending in "… 摄") printed after a signed notice is an item of its own.
 */
import { endsSentence, isOrganLine } from './line-kinds.ts';
import type { PreparedText } from './prepare-lines.ts';

export interface ArticleAnchor {
  start: number;
  end: number;
  title: string;
  /** Lines (0-based) holding the headline, excluded from the body text. */
  titleLines: number[];
  /** Headline text that shares a line with body text: [line, characters of headline]. */
  split: { line: number; headChars: number } | null;
}

interface Block {
  lines: number[];
  kind: 'dateline' | 'headline' | 'byline' | 'body' | 'heading';
}

const DATELINE = /^(?:\*\*)?本报(?:[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日|[\u4e00-\u9fff]{0,8}?)(?:电|讯)/;
// Spaces between Chinese characters are gone after normalisation: 本报记者崔振海, 张昊宇武星星摄.
const BYLINE = /^.{2,24}摄$|^(?:本报|实习|特约)?记者[\u4e00-\u9fff、]{2,12}$|^通讯员[\u4e00-\u9fff、]{2,12}$|^[(（]?本组稿件由.+[)）]?$/;
const PHOTO_CREDIT = /摄$/;
const TRAILING_BYLINE = /(?<=[\u4e00-\u9fff”」》])(?:本报|实习|特约)记者[\u4e00-\u9fff、]{2,12}$/;
const HEADING = /^#{1,6}\s+\S/;
// Tested on every line of every publication: the literal openings are checked first, sparing most lines a regex call.
const BEN = '本'.charCodeAt(0);
const ASTERISK = '*'.charCodeAt(0);
const isDateline = (text: string): boolean => {
  const first = text.charCodeAt(0);
  return (first === BEN || first === ASTERISK) && (text.startsWith('本报') || text.startsWith('**本报')) && DATELINE.test(text);
};
const isHeading = (line: string): boolean => line.startsWith('#') && HEADING.test(line);
const HEADLINE_MAX = 30;

/** Two datelines, or one and two headings: each count stops as soon as it decides. */
export const looksLikeNewspaper = (prepared: PreparedText): boolean => {
  let datelines = 0;
  for (const li of prepared.info) {
    if (!li.blank && isDateline(li.plain) && ++datelines >= 2) return true;
  }
  // Without a dateline the headings do not matter (a gazette, most publications).
  if (datelines === 0) return false;
  let headings = 0;
  for (const line of prepared.lines) if (isHeading(line) && ++headings >= 2) return true;
  return false;
};

function blocksOf(prepared: PreparedText): Block[] {
  const blocks: Block[] = [];
  let current: number[] = [];
  const flush = (): void => {
    if (current.length === 0) return;
    blocks.push({ lines: current, kind: classify(prepared, current) });
    current = [];
  };
  for (let i = 0; i < prepared.info.length; i++) {
    const li = prepared.info[i];
    if (!li || li.blank || li.noise) {
      flush();
      continue;
    }
    if (isHeading(prepared.lines[i] ?? '')) {
      flush();
      blocks.push({ lines: [i], kind: 'heading' });
      continue;
    }
    // A dateline opens an article even when the extraction ran it into the previous paragraph.
    if (current.length > 0 && isDateline(li.plain)) flush();
    current.push(i);
  }
  flush();
  return blocks;
}

function classify(prepared: PreparedText, lines: number[]): Block['kind'] {
  const texts = lines.map((i) => prepared.info[i]?.plain ?? '');
  if (isDateline(texts[0] ?? '')) return 'dateline';
  if (texts.every((t) => BYLINE.test(t))) return 'byline';
  const last = texts[texts.length - 1] ?? '';
  if (texts.length <= 2 && texts.every((t) => t.length <= HEADLINE_MAX) && !endsSentence(last) && !/[，,、]$/.test(last) && !/[。！？]/.test(texts.join(''))) {
    return 'headline';
  }
  return 'body';
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/** A headline printed on the same line as the next article's first words: the first line is far longer than the block's others. */
function runInHeadline(prepared: PreparedText, block: Block): number | null {
  if (block.lines.length < 3) return null;
  const lengths = block.lines.map((i) => prepared.info[i]?.plain.length ?? 0);
  const first = lengths[0] ?? 0;
  const inner = lengths.slice(1, -1).length > 0 ? lengths.slice(1, -1) : lengths.slice(1);
  // Lines holding half-width punctuation carry more characters: the narrowest full line is the column width.
  const typical = Math.min(...inner);
  if (typical < 6 || first < median(inner) * 1.6) return null;
  // A paragraph's first line is indented by two characters, lost in extraction.
  const bodyChars = Math.max(1, typical - 2);
  return first - bodyChars;
}

/**
 * A headline's last line run into the first line of the next article's only paragraph (PDF extraction lost the
 * break): a headline repeats the words of the article it heads, so the longest opening of the line (no
 * punctuation, at most a headline's length) printed in that article's body is the headline's part.
 */
function echoedHeadline(prepared: PreparedText, block: Block, from: number, to: number): number | null {
  const first = prepared.info[block.lines[0]!]?.plain ?? '';
  const open = /^[^，,。；;：:！？、“”《》（）()]{6,30}/.exec(first)?.[0] ?? '';
  if (open.length < 6 || first.length < open.length + 10) return null;
  const body: string[] = [];
  for (let i = from; i <= to; i++) body.push(prepared.info[i]?.plain ?? '');
  const text = body.join('');
  for (let n = open.length; n >= 6; n--) if (text.includes(open.slice(0, n))) return n < first.length - 6 ? n : null;
  return null;
}

function headlineText(prepared: PreparedText, blocks: Block[], split: { line: number; headChars: number } | null): string {
  const parts: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'byline') continue;
    // A byline the extraction ran onto the headline's last line (…发布记本报记者王佳) is not the headline.
    const texts = b.lines.map((i) => (prepared.info[i]?.plain ?? '').replace(TRAILING_BYLINE, '')).filter((t) => t !== '' && !BYLINE.test(t));
    // Each printed line of a headline is a headline line of its own (kicker, main, subtitle).
    const text = texts.join(' ');
    if (text.length > 4 || blocks.length === 1) parts.push(text);
  }
  if (split) parts.push((prepared.info[split.line]?.plain ?? '').slice(0, split.headChars));
  return parts.join(' ').trim();
}

export function findArticles(prepared: PreparedText): ArticleAnchor[] {
  const blocks = blocksOf(prepared);
  return blocks.some((b) => b.kind === 'heading') ? headedArticles(prepared, blocks) : flowingArticles(prepared, blocks);
}

function headedArticles(prepared: PreparedText, blocks: Block[]): ArticleAnchor[] {
  interface Current { start: number; end: number; title: string; titleLines: number[]; signed: boolean }
  const articles: ArticleAnchor[] = [];
  let cur: Current | null = null;
  let preface: number[] = [];
  const close = (): void => {
    if (cur) articles.push({ start: cur.start, end: cur.end, title: cur.title, titleLines: cur.titleLines, split: null });
    cur = null;
  };
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    const first = b.lines[0]!;
    const last = b.lines[b.lines.length - 1]!;
    if (b.kind === 'heading') {
      // Kicker lines and jump notes (上接第1版) right above the heading belong to the new article.
      let start = preface[0] ?? first;
      const open = cur as Current | null;
      if (open) {
        for (let j = k - 1, taken = 0; j >= 0 && taken < 2; j--, taken++) {
          const pb = blocks[j]!;
          if (pb.kind !== 'headline' || pb.lines[0]! <= open.start || !movable(prepared, pb)) break;
          start = pb.lines[0]!;
        }
        if (start < first) open.end = lastContentBefore(prepared, start, open.start);
      }
      close();
      cur = { start, end: last, title: prepared.info[first]?.plain ?? '', titleLines: [first], signed: false };
      preface = [];
      continue;
    }
    if (!cur) {
      if (b.kind === 'headline') {
        preface.push(...b.lines);
        continue;
      }
      cur = { start: preface[0] ?? first, end: last, title: '', titleLines: [], signed: false };
      preface = [];
    }
    const c = cur as Current;
    if (c.signed && b.kind === 'body' && captionFollows(prepared, blocks, k)) {
      close();
      cur = { start: first, end: last, title: '', titleLines: [], signed: false };
      continue;
    }
    c.end = last;
    if (b.lines.some((i) => prepared.info[i]?.signatureDate)) c.signed = true;
  }
  close();
  return articles;
}

/** A short block that may open the next article: not a signature, closing formula or photo credit. */
function movable(prepared: PreparedText, block: Block): boolean {
  return block.lines.every((i) => {
    const li = prepared.info[i];
    const text = li?.plain ?? '';
    return !li?.signatureDate && !/^特此/.test(text) && !isOrganLine(text) && !PHOTO_CREDIT.test(text);
  });
}

/** The block is a caption: it or the block right after it ends with a photographer's byline (…摄). */
function captionFollows(prepared: PreparedText, blocks: Block[], k: number): boolean {
  for (const b of [blocks[k], blocks[k + 1]]) {
    if (!b) continue;
    const lastText = prepared.info[b.lines[b.lines.length - 1]!]?.plain ?? '';
    if (lastText.length <= 24 && PHOTO_CREDIT.test(lastText)) return true;
  }
  return false;
}

function lastContentBefore(prepared: PreparedText, line: number, floor: number): number {
  for (let j = line - 1; j > floor; j--) {
    const li = prepared.info[j];
    if (li && !li.blank && !li.noise) return j;
  }
  return floor;
}

function flowingArticles(prepared: PreparedText, blocks: Block[]): ArticleAnchor[] {
  const articles: ArticleAnchor[] = [];
  let cur: { start: number; end: number; title: string; titleLines: number[]; hasBody: boolean; split: ArticleAnchor['split'] } | null = null;
  let pending: Block[] = [];
  const close = (head: Block[], split: ArticleAnchor['split']): void => {
    if (!cur) return;
    const titleLines = head.flatMap((b) => b.lines);
    if (split) titleLines.push(split.line);
    const title = head.length > 0 || split ? headlineText(prepared, head, split) : cur.title;
    const end = split ? split.line : Math.max(cur.end, ...titleLines);
    articles.push({ start: cur.start, end, title, titleLines: [...cur.titleLines, ...titleLines], split: cur.split });
    cur = null;
  };
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    const first = b.lines[0]!;
    const last = b.lines[b.lines.length - 1]!;
    if (b.kind === 'headline' || b.kind === 'byline') {
      pending.push(b);
      continue;
    }
    // body or dateline
    if (pending.length > 0) {
      const headlines = pending.filter((p) => p.kind === 'headline').length;
      const open = cur as { start: number; end: number; hasBody: boolean } | null;
      const runIn: number | null = runInHeadline(prepared, b) ?? (open?.hasBody && b.lines.length === 1 && pending.some((p) => p.kind === 'headline') ? echoedHeadline(prepared, b, open.start, open.end) : null);
      const closes = cur?.hasBody === true && (b.kind === 'dateline' || headlines >= 2 || pending.some((p) => p.kind === 'byline') || runIn !== null);
      if (closes) {
        const split = runIn !== null ? { line: first, headChars: runIn } : null;
        close(pending, split);
        cur = { start: first, end: last, title: '', titleLines: [], hasBody: true, split: split ? { line: first, headChars: split.headChars } : null };
      } else if (!cur || !cur.hasBody) {
        // Headline printed above the body.
        const titleLines = pending.flatMap((p) => p.lines);
        const start: number = cur ? cur.start : (pending[0]?.lines[0] ?? first);
        cur = { start, end: last, title: headlineText(prepared, pending, null), titleLines, hasBody: true, split: null };
      } else {
        cur.end = last; // a subheading inside the article
      }
      pending = [];
      continue;
    }
    if (b.kind === 'dateline' && cur?.hasBody) close([], null);
    if (!cur) cur = { start: first, end: last, title: '', titleLines: [], hasBody: true, split: null };
    cur.end = last;
    cur.hasBody = true;
  }
  if (cur && pending.length > 0) close(pending, null);
  else if (cur) close([], null);
  return articles;
}
