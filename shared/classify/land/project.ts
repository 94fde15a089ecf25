/**
 * The project the land is for: a name ending in 项目 (else 建设用地, else 工程), read from the title first,
 * then from the body; scanning back from the ending stops at punctuation or at words such as 关于, 收回, 将.
 */
import { GENERIC_PROJECTS, PROJECT_STOP_WORDS, PROJECT_SUFFIXES } from './vocabulary.ts';

const BOUNDARY = /[，,。；;：:、\n\t《》"“”「」]/;
const MAX_NAME = 60;
const BODY_REACH = 4000;

function nameEndingAt(text: string, end: number, suffixLength: number): string | null {
  let i = end;
  let depth = 0;
  while (i > 0 && end - i < MAX_NAME) {
    // Stop words count only outside brackets and once the name is longer than its ending.
    if (depth === 0 && end - i > suffixLength && PROJECT_STOP_WORDS.some((w) => text.startsWith(w, i - w.length))) break;
    const c = text.charAt(i - 1);
    if (c === ')' || c === '）') depth++;
    else if (c === '(' || c === '（') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && BOUNDARY.test(c)) break;
    i--;
  }
  const name = text.slice(i, end);
  if (GENERIC_PROJECTS.includes(name) || /^(?:本|该|此|各|其他|[一二三四五六七八九十\d]+个)/.test(name)) return null;
  return name.length >= 5 ? name : null;
}

function firstProject(text: string, suffix: string): string | null {
  let at = text.indexOf(suffix);
  while (at >= 0) {
    const name = nameEndingAt(text, at + suffix.length, suffix.length);
    if (name) return name;
    at = text.indexOf(suffix, at + suffix.length);
  }
  return null;
}

export function extractProject(title: string, text: string): string | null {
  for (const source of [title, text.slice(0, BODY_REACH)]) {
    for (const suffix of PROJECT_SUFFIXES) {
      const name = firstProject(source, suffix);
      if (name) return name;
    }
  }
  return null;
}
