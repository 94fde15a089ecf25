/**
 * Where the land is: a labelled range (征收范围：…, 土地位置：…), else a 位于… phrase, else the
 * 乡镇/街道/村/社区/组 names after words such as 涉及, 使用, 占用, 征收 — plus the 四至
 * (东至…，南至…; or …以南、…以东 meaning the road is the northern / western edge).
 */
import type { Boundaries } from '../../model/document.ts';
import { charTest } from '../char-tests.ts';
import { sentenceEnd } from './normalise.ts';
import {
  GENERIC_PLACES,
  LOCATION_TAIL_WORDS,
  OWN_PLACE_PREFIXES,
  PLACE_LIST_JOINERS,
  PLACE_STOP_WORDS,
  PLACE_SUFFIXES,
  PLACE_TRIGGERS,
  RANGE_LABELS,
} from './vocabulary.ts';


const MAX_SEGMENT = 10;
/** Places listed in one run at most (a batch may take land of dozens of villages). */
const MAX_CHAINS = 80;
/** A village-level body printed after the village's name (稔村居委会). */
const BODY_AFTER_PLACE = ['居民委员会', '村民委员会', '居委会', '村委会', '经济合作社', '经济联合社'];
const SIDES_START = /[，,]?(?:四至|[东南西北](?:至|到|临|邻|抵|界))/;
const MAX_PHRASE = 120;
/** A labelled range may list many villages, grouped by town with ；. */
const MAX_RANGE = 400;
const RANGE_END = /[。\n]/;
/** Parcels each 位于 somewhere (宗地一位于A村…宗地二位于B村): at most this many are read. */
const MAX_SITES = 6;
const JOINER_CHARACTERS: readonly string[] = ['和', '及', '与', '或'];
/** Characters of a place segment: Chinese, and digits for numbered groups (11组). */
const SEGMENT_CHAR = /[\u4e00-\u9fff\d]/;
const CJK_START = /^[\u4e00-\u9fff]/;
const NUMBERED_GROUP = /^\d{1,3}(?:组|社|村民小组)$/;
const NUMBERED_GROUP_PREFIX = /^\d{1,3}(?:村民?小?)?$/;
/** Triggers so common (将…) that what follows counts only when it names a village-level place. */
const WEAK_TRIGGERS: readonly string[] = ['将'];
const VILLAGE_LEVEL = /[村社组]|镇|乡|街道|居委会/;

const isSegmentChar = charTest(SEGMENT_CHAR);
/** The last characters of the place suffixes: a segment ending in another cannot end in a suffix. */
const SUFFIX_ENDS = new Set(PLACE_SUFFIXES.map((s) => s.charAt(s.length - 1)));

/** One place segment (上王营庄村) starting at `at`: the shortest run of Chinese characters ending in a place suffix. */
function segmentAt(text: string, at: number): string | null {
  // Every segment tried here opens with the same character.
  const opensCjk = CJK_START.test(text.charAt(at));
  for (let len = 2; len <= MAX_SEGMENT && at + len <= text.length; len++) {
    if (!isSegmentChar(text, at + len - 1)) return null;
    const seg = text.slice(at, at + len);
    // A segment opens with a Chinese character; digits only number a group (11组), never a year (2023年第一批次村).
    if (!opensCjk && !NUMBERED_GROUP.test(seg)) {
      if (NUMBERED_GROUP_PREFIX.test(seg)) continue;
      return null;
    }
    if (!SUFFIX_ENDS.has(seg.charAt(seg.length - 1))) continue;
    const suffix = PLACE_SUFFIXES.find((s) => seg.endsWith(s) && seg.length > s.length);
    if (!suffix) continue;
    // Prefer the longer form when the suffix continues (…村 → …村民委员会).
    const longer = PLACE_SUFFIXES.find((s) => s.length > suffix.length && s.startsWith(suffix) && text.startsWith(s, at + len - suffix.length));
    const full = longer ? text.slice(at, at + len - suffix.length + longer.length) : seg;
    // 和平村, 幸和村 are villages: joiners are consumed before a segment is read, so their characters may stand in a name.
    if (PLACE_STOP_WORDS.some((w) => full.includes(w) && !JOINER_CHARACTERS.includes(w))) return null;
    // …计入我区: 我区/本县 is the issuer speaking of itself, not a place name.
    if (OWN_PLACE_PREFIXES.some((w) => full.endsWith(w))) return null;
    const body = BODY_AFTER_PLACE.find((b) => text.startsWith(b, at + full.length));
    return body ? full + body : full;
  }
  return null;
}

/** The chain of place segments at `at` (吴城镇上王营庄村), and lists of them (A村、B村), with where it ends. */
function chainAt(text: string, at: number): { chain: string; end: number } | null {
  let pos = at;
  const own = OWN_PLACE_PREFIXES.find((p) => text.startsWith(p, pos));
  if (own) pos += own.length;
  const chains: string[] = [];
  let chain = '';
  let end = pos;
  for (;;) {
    // A joiner between places (A村、B村, A村和B村) is read before a segment that would start with it.
    const joiner = chain ? PLACE_LIST_JOINERS.find((j) => text.startsWith(j, pos)) : undefined;
    if (joiner && chains.length < MAX_CHAINS && segmentAt(text, pos + joiner.length)) {
      chains.push(chain);
      chain = '';
      pos += joiner.length;
      continue;
    }
    const seg = segmentAt(text, pos);
    if (!seg || GENERIC_PLACES.includes(seg)) break;
    chain += seg;
    pos += seg.length;
    end = pos;
  }
  if (chain) chains.push(chain);
  return chains.length > 0 ? { chain: chains.join('、'), end } : null;
}

/** The chain of place segments at `at` (吴城镇上王营庄村), and lists of them (A村、B村). */
export function placeChainAt(text: string, at: number): string | null {
  return chainAt(text, at)?.chain ?? null;
}

function cutTail(phrase: string): string {
  let end = phrase.length;
  for (const w of LOCATION_TAIL_WORDS) {
    const i = phrase.indexOf(w);
    if (i > 0 && i < end) end = i;
  }
  return phrase.slice(0, end);
}

/** 宗地一：, 地块2： opening a parcel's line. */
const PARCEL_AT = /^(?:宗地|地块)[一二三四五六七八九十\d]{1,3}[:：]/;
const PARCEL_AREA = /面积为?[^，,；;]*[，,；;]?/;
const MAX_PARCELS = 12;

/** The parcels of a labelled range, from `at`: this one and those on the lines right after it, areas left out. */
function parcels(text: string, at: number, first: string): string {
  const out = [first.replace(PARCEL_AREA, '').replace(/[，,；;]?四至[:：]?/, '')];
  let pos = text.indexOf('\n', at);
  while (pos >= 0 && out.length < MAX_PARCELS) {
    const lineEnd = text.indexOf('\n', pos + 1);
    const line = text.slice(pos + 1, lineEnd < 0 ? text.length : lineEnd);
    if (!PARCEL_AT.test(line)) break;
    const sentence = line.slice(0, sentenceEnd(line, 0, MAX_RANGE, RANGE_END));
    out.push(sentence.replace(PARCEL_AREA, '').replace(/[，,；;]?四至[:：]?/, ''));
    pos = lineEnd;
  }
  return out.join('。');
}

/** 范围内 followed by what is taken there (国有土地上的房屋, 集体土地, 的土地及地上附着物). */
const RANGE_THEN_OBJECT = /范围内(?=的?(?:国有土地上|集体土地上)?的?(?:房屋|土地|建筑物|地上附着物))/;

/** 征收范围。…。 / 土地位置：… */
function labelledRange(text: string): string | null {
  for (const label of RANGE_LABELS) {
    let i = text.indexOf(label);
    while (i >= 0) {
      let at = i + label.length;
      const sep = /^(?:为|是|[:：。]|\n+)/.exec(text.slice(at, at + 4));
      if (sep) {
        at += sep[0].length;
        const phrase = text
          .slice(at, sentenceEnd(text, at, MAX_RANGE, RANGE_END))
          .replace(/[(（](?:详见|见)[^)）]*[)）]?$/, '')
          .replace(/[(（](?:详见|见)[^)）]*[)）]/g, '')
          .replace(/内$/, '');
        // …规划红线范围内国有土地上的房屋(…)；上述…: the range ends where what is taken within it is named.
        const within = RANGE_THEN_OBJECT.exec(phrase);
        if (within) return phrase.slice(0, within.index + RANGE_WITHIN.length);
        // 收回范围：宗地一：面积…，四至：…。\n宗地二：…: each parcel is known by its 四至, all of them kept.
        if (PARCEL_AT.test(phrase)) return parcels(text, at, phrase);
        // The 四至 go to `boundaries`; keep them here only when nothing else is printed.
        const beforeSides = phrase.slice(0, phrase.search(SIDES_START) >= 0 ? phrase.search(SIDES_START) : phrase.length).replace(/[，,]+$/, '');
        const kept = beforeSides.length >= 2 ? beforeSides : phrase;
        if (kept.length >= 2) return kept;
      }
      i = text.indexOf(label, i + label.length);
    }
  }
  return null;
}

/** The object of a range before the places themselves (项目用地范围内, 规划红线范围内). */
const RANGE_WITHIN = '范围内';
const RANGE_OBJECT = /^[\u4e00-\u9fff]{2,12}$/;

/**
 * 位于项目用地范围内A镇B村第3村民小组被征收土地…: the range names the project, the places follow it.
 * Null when no place chain follows 范围内 in text[at, end).
 */
function withinRange(text: string, at: number, end: number): string | null {
  const k = text.indexOf(RANGE_WITHIN, at);
  if (k < 0 || k >= end || !RANGE_OBJECT.test(text.slice(at, k))) return null;
  const from = k + RANGE_WITHIN.length;
  if (!placeChainAt(text, from)) return null;
  return cutTail(text.slice(from, end)).replace(/被(?:征收|征用|收回)$/, '');
}

/** Parenthesised places right after an area (用地面积6.5亩(A街道B经济联合社、C村)): where that land lies. */
const AREA_PLACES = /(?:亩|公顷|平方米|㎡)[(（]([^()（）]{2,80})[)）]/g;

function placesAfterArea(text: string): string | null {
  for (const m of text.matchAll(AREA_PLACES)) {
    const inner = m[1] ?? '';
    const chain = placeChainAt(inner, 0);
    if (chain && VILLAGE_LEVEL.test(chain)) return inner;
  }
  return null;
}

/** 位于晋源区南中环街以南、晋阳大道以东… up to where the land itself is named. */
function situatedAt(text: string): string | null {
  for (const w of ['坐落于', '坐落在', '位于', '地处']) {
    const sites: string[] = [];
    for (let i = text.indexOf(w); i >= 0 && sites.length < MAX_SITES; i = text.indexOf(w, i + w.length)) {
      const at = i + w.length;
      const end = Math.min(sentenceEnd(text, at, MAX_PHRASE, /[。；;\n，,]/), at + MAX_PHRASE);
      const phrase = withinRange(text, at, end) ?? cutTail(text.slice(at, end));
      if (phrase.length >= 2 && !sites.includes(phrase)) sites.push(phrase);
    }
    if (sites.length > 0) return sites.join('；');
  }
  return null;
}

/** How far past a chain the next one of the same sentence is looked for (A村旱地0.8公顷，B村旱地1公顷). */
const NEXT_CHAIN_REACH = 40;
const NEXT_CHAIN_SEPARATOR = /[，,、；;]/;
const isChainSeparator = charTest(NEXT_CHAIN_SEPARATOR);
const isChainEnd = charTest(/[。\n]/);

/** Adds a chain unless a longer one already starts with it (长乐市 before 长乐市湖南镇仙宅村), replacing shorter ones. */
function addChain(found: string[], chain: string): void {
  if (found.some((f) => f.startsWith(chain))) return;
  for (let k = found.length - 1; k >= 0; k--) if (chain.startsWith(found[k] ?? '')) found.splice(k, 1);
  found.push(chain);
}

/** Place names after trigger words, each once, in order; further places of the same sentence follow a separator. */
function placesAfterTriggers(text: string): string | null {
  const found: string[] = [];
  for (const t of PLACE_TRIGGERS) {
    const weak = WEAK_TRIGGERS.includes(t);
    for (let i = text.indexOf(t); i >= 0 && found.length < MAX_CHAINS; i = text.indexOf(t, i + t.length)) {
      let next = chainAt(text, i + t.length);
      if (!next || (weak && !VILLAGE_LEVEL.test(next.chain))) continue;
      while (next && found.length < MAX_CHAINS) {
        addChain(found, next.chain);
        const from: number = next.end;
        next = null;
        for (let j = from; j < Math.min(text.length, from + NEXT_CHAIN_REACH) && !isChainEnd(text, j); j++) {
          if (!isChainSeparator(text, j)) continue;
          const after = chainAt(text, j + 1);
          if (after && VILLAGE_LEVEL.test(after.chain)) next = after;
          break;
        }
      }
    }
  }
  return found.length > 0 ? found.join('、') : null;
}

/** The first place chain printed in `text` (a county named in the title: 关于召开西华县…听证会的公告). */
function firstChain(text: string): string | null {
  for (let i = 0; i < text.length; i++) {
    const chain = placeChainAt(text, i);
    if (chain) return chain;
  }
  return null;
}

/** @param title the notice's title, read when the body names no place. */
export function extractLocation(text: string, title = ''): string | null {
  return (
    labelledRange(text) ??
    situatedAt(text) ??
    placesAfterArea(text) ??
    placesAfterTriggers(text) ??
    firstChain(title.replace(/^.*?关于/, ''))
  );
}

const DIRECTIONS: ReadonlyArray<{ word: string; key: keyof Boundaries; opposite: keyof Boundaries }> = [
  { word: '东', key: 'east', opposite: 'west' },
  { word: '南', key: 'south', opposite: 'north' },
  { word: '西', key: 'west', opposite: 'east' },
  { word: '北', key: 'north', opposite: 'south' },
];
const TO_FORM = /(?:^|[^东南西北])([东南西北])(?:至|到|临|邻|抵|侧至|界)([^，,；;。\n、]{1,30})/g;
const SIDE_FORM = /([^，,；;。\n、]{1,30}?)以([东南西北])(?![东南西北])/g;
const SIDE_LEAD = /^.*(?:位于|坐落于|收回|征收|范围为|范围是)/;

/**
 * 东至…，南至… anywhere in the text (at least two sides), or …以南、…以东 inside the location phrase
 * (the road south of which the land lies is its northern edge).
 */
export function extractBoundaries(text: string, location: string | null): Boundaries | null {
  const to: Boundaries = { east: null, south: null, west: null, north: null };
  let count = 0;
  for (const m of text.matchAll(TO_FORM)) {
    const d = DIRECTIONS.find((x) => x.word === m[1]);
    if (!d || to[d.key] !== null) continue;
    to[d.key] = (m[2] ?? '').replace(/[(（][^)）]*[)）]?$/, '');
    count++;
  }
  if (count >= 2) return to;
  const side: Boundaries = { east: null, south: null, west: null, north: null };
  count = 0;
  for (const m of (location ?? '').matchAll(SIDE_FORM)) {
    const d = DIRECTIONS.find((x) => x.word === m[2]);
    const name = (m[1] ?? '').replace(SIDE_LEAD, '');
    if (!d || side[d.opposite] !== null || name.length < 2) continue;
    side[d.opposite] = name;
    count++;
  }
  return count >= 2 ? side : null;
}
