/**
 * Matching a change against a subscription's filters, with the reasons (which filter, which
 * term, where it was found) for digests and debugging.
 *
 * Semantics: only 'active' subscriptions match. Every non-empty filter group must pass (AND
 * between groups); inside a group one term is enough (OR), except keywordsAll (every term)
 * and keywordsExcluded (no term). Categories and subtypes form one "kind" group: a change
 * passes when its category OR its subtype is listed, so "all land + plans" can be expressed.
 * Empty filters match everything.
 */
import type { ChangeRecord } from '../model/change.ts';
import type { Subscription } from '../model/subscription.ts';
import { areaCovers } from './jurisdiction.ts';
import { appointmentActionLabels, categoryHeadings, subtypeLabels } from './labels.ts';
import { normalizeForSearch } from './text-normalize.ts';

export type FilterName =
  | 'status'
  | 'kind'
  | 'jurisdictions'
  | 'issuers'
  | 'keywordsAny'
  | 'keywordsAll'
  | 'keywordsExcluded'
  | 'places';

export interface FilterCheck {
  filter: FilterName;
  passed: boolean;
  /** Why, in Chinese, e.g. 地区：吕梁市(141100) 包含 离石区(141102). */
  reason: string;
}

export interface MatchExplanation {
  matched: boolean;
  /** One check per filter group that is set (and the status check first). */
  checks: FilterCheck[];
}

/** A searchable part of a change, with the name used in explanations. */
interface Field {
  label: string;
  text: string;
}

function factFields(change: ChangeRecord): Field[] {
  const fields: Field[] = [];
  for (const a of change.appointments) {
    fields.push({ label: '任免', text: `${a.person} ${appointmentActionLabels[a.action]} ${a.position}` });
  }
  const land = change.land;
  if (land) {
    const parts = [
      land.project,
      land.location,
      land.area,
      land.implementer,
      land.requisitioner ?? null,
      ...land.compensation.flatMap((c) => [c.text, c.appliesTo]),
      ...land.deadlines.flatMap((d) => [d.text, d.purpose ?? null]),
      ...(land.legalBasis ?? []),
    ];
    fields.push({ label: '土地信息', text: parts.filter((p): p is string => p !== null).join('\n') });
  }
  const regulation = change.regulation;
  if (regulation) {
    const parts = [regulation.name ?? null, regulation.validity ?? null, ...regulation.repeals];
    fields.push({ label: '法规信息', text: parts.filter((p): p is string => p !== null).join('\n') });
  }
  return fields;
}

/** Title, excerpt and extracted facts: what keywords are searched in. */
export function keywordFields(change: ChangeRecord): Field[] {
  return [{ label: '标题', text: change.title }, { label: '摘要', text: change.excerpt }, ...factFields(change)];
}

function placeFields(change: ChangeRecord): Field[] {
  return [
    { label: '位置', text: change.land?.location ?? '' },
    { label: '项目', text: change.land?.project ?? '' },
    { label: '标题', text: change.title },
    { label: '摘要', text: change.excerpt },
  ];
}

/** Where the term occurs (the first field's label), or null. Whitespace and width are ignored. */
function findIn(fields: readonly Field[], term: string): string | null {
  const needle = normalizeForSearch(term);
  if (needle.length === 0) return null;
  for (const field of fields) {
    if (normalizeForSearch(field.text).includes(needle)) return field.label;
  }
  return null;
}

const placeSuffixes = ['村民委员会', '居民委员会', '村委会', '居委会', '街道办事处', '街道', '社区', '村', '镇', '乡'];

/** 王家庄村 → 王家庄, so a watcher's village still matches text that omits the suffix. */
export function placeCore(place: string): string {
  const clean = normalizeForSearch(place);
  for (const suffix of placeSuffixes) {
    if (clean.endsWith(suffix) && clean.length - suffix.length >= 2) return clean.slice(0, -suffix.length);
  }
  return clean;
}

function quoteList(terms: readonly string[]): string {
  return terms.map((t) => `“${t}”`).join('、');
}

function checkKind(sub: Subscription, change: ChangeRecord): FilterCheck | null {
  const { categories, subtypes } = sub.filters;
  if (categories.length === 0 && subtypes.length === 0) return null;
  if (categories.includes(change.category)) {
    return { filter: 'kind', passed: true, reason: `类别：${categoryHeadings[change.category]}` };
  }
  const tagged = (change.tags ?? []).find((t) => categories.includes(t));
  if (tagged) {
    return { filter: 'kind', passed: true, reason: `类别：${categoryHeadings[tagged]}（兼属）` };
  }
  if (subtypes.includes(change.subtype)) {
    return { filter: 'kind', passed: true, reason: `子类：${subtypeLabels[change.subtype]}` };
  }
  const wanted = [...categories.map((c) => categoryHeadings[c]), ...subtypes.map((s) => subtypeLabels[s])];
  return {
    filter: 'kind',
    passed: false,
    reason: `类别不符：${categoryHeadings[change.category]}/${subtypeLabels[change.subtype]}，订阅的是 ${wanted.join('、')}`,
  };
}

function checkJurisdictions(sub: Subscription, change: ChangeRecord): FilterCheck | null {
  const terms = sub.filters.jurisdictions;
  if (terms.length === 0) return null;
  for (const term of terms) {
    const coverage = areaCovers(term, change.jurisdiction);
    if (coverage) return { filter: 'jurisdictions', passed: true, reason: `地区：${coverage.reason}` };
  }
  const j = change.jurisdiction;
  return {
    filter: 'jurisdictions',
    passed: false,
    reason: `地区不符：${[j.province, j.city, j.county].filter(Boolean).join('')}(${j.divisionCode}) 不在 ${quoteList(terms)} 内`,
  };
}

function checkIssuers(sub: Subscription, change: ChangeRecord): FilterCheck | null {
  const terms = sub.filters.issuers;
  if (terms.length === 0) return null;
  const issuer = normalizeForSearch(change.issuer ?? '');
  const hit = terms.find((t) => issuer.length > 0 && issuer.includes(normalizeForSearch(t)));
  return hit !== undefined
    ? { filter: 'issuers', passed: true, reason: `发文机关：${change.issuer ?? ''} 含“${hit}”` }
    : { filter: 'issuers', passed: false, reason: `发文机关不符：${change.issuer ?? '（未知）'}` };
}

function checkKeywordsAny(sub: Subscription, change: ChangeRecord): FilterCheck | null {
  const terms = sub.filters.keywordsAny;
  if (terms.length === 0) return null;
  const fields = keywordFields(change);
  for (const term of terms) {
    const where = findIn(fields, term);
    if (where) return { filter: 'keywordsAny', passed: true, reason: `关键词：“${term}”（${where}）` };
  }
  return { filter: 'keywordsAny', passed: false, reason: `未出现任一关键词：${quoteList(terms)}` };
}

function checkKeywordsAll(sub: Subscription, change: ChangeRecord): FilterCheck | null {
  const terms = sub.filters.keywordsAll;
  if (terms.length === 0) return null;
  const fields = keywordFields(change);
  const found: string[] = [];
  const missing: string[] = [];
  for (const term of terms) {
    const where = findIn(fields, term);
    if (where) found.push(`“${term}”（${where}）`);
    else missing.push(term);
  }
  return missing.length === 0
    ? { filter: 'keywordsAll', passed: true, reason: `全部关键词：${found.join('、')}` }
    : { filter: 'keywordsAll', passed: false, reason: `缺少关键词：${quoteList(missing)}` };
}

function checkKeywordsExcluded(sub: Subscription, change: ChangeRecord): FilterCheck | null {
  const terms = sub.filters.keywordsExcluded;
  if (terms.length === 0) return null;
  const fields = keywordFields(change);
  for (const term of terms) {
    const where = findIn(fields, term);
    if (where) return { filter: 'keywordsExcluded', passed: false, reason: `含排除词：“${term}”（${where}）` };
  }
  return { filter: 'keywordsExcluded', passed: true, reason: `不含排除词：${quoteList(terms)}` };
}

function checkPlaces(sub: Subscription, change: ChangeRecord): FilterCheck | null {
  const terms = sub.filters.places;
  if (terms.length === 0) return null;
  const fields = placeFields(change);
  for (const term of terms) {
    const where = findIn(fields, term) ?? findIn(fields, placeCore(term));
    if (where) return { filter: 'places', passed: true, reason: `地点：“${term}”（${where}）` };
  }
  return { filter: 'places', passed: false, reason: `未提到关注的地点：${quoteList(terms)}` };
}

/** Every check, in a fixed order, and whether all passed. */
export function explainMatch(change: ChangeRecord, subscription: Subscription): MatchExplanation {
  const active = subscription.status === 'active';
  const checks: FilterCheck[] = [
    {
      filter: 'status',
      passed: active,
      reason: active ? '订阅有效' : `订阅未生效（${subscription.status}）`,
    },
  ];
  for (const check of [
    checkKind(subscription, change),
    checkJurisdictions(subscription, change),
    checkIssuers(subscription, change),
    checkKeywordsAny(subscription, change),
    checkKeywordsAll(subscription, change),
    checkKeywordsExcluded(subscription, change),
    checkPlaces(subscription, change),
  ]) {
    if (check) checks.push(check);
  }
  return { matched: checks.every((c) => c.passed), checks };
}

/** Whether the change should reach this subscriber. */
export function matchesSubscription(change: ChangeRecord, subscription: Subscription): boolean {
  return explainMatch(change, subscription).matched;
}

/** The subscriptions a change should reach, in the given order. */
export function matchingSubscriptions(change: ChangeRecord, subscriptions: readonly Subscription[]): Subscription[] {
  return subscriptions.filter((s) => matchesSubscription(change, s));
}

/** The passed checks' reasons joined for one line of a digest or a log (status left out). */
export function matchSummary(explanation: MatchExplanation): string {
  return explanation.checks
    .filter((c) => c.filter !== 'status' && c.passed)
    .map((c) => c.reason)
    .join('；');
}
