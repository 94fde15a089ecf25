/**
 * Builds the national registry: sources/<province-pinyin>.json, one file per province, from national.ts.
 * Names and jurisdictions come from the divisions dataset by code; every definition is validated with the
 * source schema and marked unverified. Entries already in a province file that the table does not produce
 * (hand-written sources such as Shanxi's newspapers) are kept; a column already watched is not added twice.
 *
 *   node --import tsx scripts/registry/build-registry.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { entryUrlOf } from '../../shared/ingest/discovery/discover.ts';
import { sourceSchema, type Discovery, type Source } from '../../shared/model/source.ts';
import { divisions, jurisdictionOf } from '../../shared/registry/divisions.ts';
import { stableId } from '../../shared/util/hash.ts';
import { NATIONAL, type Column, type Place, type ProvinceEntry } from './national.ts';

const sourcesDir = fileURLToPath(new URL('../../sources/', import.meta.url));

function discoveryOf(c: Column): Discovery {
  switch (c.family) {
    case 'trs':
      return { method: 'trs-list', indexUrl: c.url, linkPattern: c.linkPattern ?? '/t\\d{8}_\\d+\\.s?html?$', maxPages: 2 };
    case 'paginated':
      return { method: 'paginated-list', indexUrl: c.url, linkPattern: c.linkPattern ?? '\\.s?html?$', maxPages: 2 };
    case 'hanweb':
      return { method: 'hanweb-jpage', indexUrl: c.url, linkPattern: c.linkPattern ?? '/art/\\d{4}/\\d{1,2}/\\d{1,2}/art_\\d+_\\d+\\.html$', maxPages: 1 };
    case 'attachments':
      return {
        method: 'detail-attachments',
        list: { method: 'trs-list', indexUrl: c.url, linkPattern: c.linkPattern ?? '/t\\d{8}_\\d+\\.s?html?$', maxPages: 1 },
        attachmentPattern: '\\.(?:pdf|docx?|wps|ofd)(?:[?#].*)?$',
        maxDetails: 10,
      };
    case 'index-pdf':
      return { method: 'html-index', indexUrl: c.url, linkPattern: c.linkPattern ?? '\\.pdf$' };
  }
}

/** Office hours in Beijing, each source at its own minute so a host is not hit by all its columns at once. */
const scheduleOf = (id: string, weekdaysOnly: boolean): string => `${Number.parseInt(stableId(id, 4), 16) % 60} 8-20 * * ${weekdaysOnly ? '1-5' : '*'}`;

const slugOf = (host: string): string => host.replace(/^www\./, '').split('.')[0]!.replace(/[^a-z0-9]/g, '');

function define(id: string, name: string, code: string, kind: Source['kind'], column: Column): Source {
  const jurisdiction = jurisdictionOf(code);
  if (!jurisdiction) throw new Error(`${id}: unknown division code ${code}`);
  return sourceSchema.parse({
    id,
    name,
    jurisdiction,
    kind,
    discovery: discoveryOf(column),
    schedule: scheduleOf(id, kind !== 'gazette'),
    politeness: { minIntervalMs: 5000, maxBytes: 50 * 1024 * 1024, timeoutMs: 30_000 },
    unverified: true,
  });
}

function placeSources(p: ProvinceEntry, place: Place): Source[] {
  const d = divisions().get(place.code);
  if (!d) throw new Error(`${p.pinyin}: unknown division code ${place.code}`);
  const slug = d.level === 'province' ? 'shi' : slugOf(place.host);
  return [
    define(`${p.pinyin}-${slug}-docs`, `${d.name}人民政府 政府信息公开·政府文件`, place.code, 'document-list', place.docs),
    define(`${p.pinyin}-${slug}-land`, `${d.name}${place.landName ?? '人民政府 征地信息公开'}`, place.code, 'document-list', place.land),
  ];
}

function provinceSources(p: ProvinceEntry): Source[] {
  const province = divisions().get(p.code);
  if (!province || province.level !== 'province') throw new Error(`${p.pinyin}: ${p.code} is not a province code`);
  const gazette = p.gazette ? [define(`${p.pinyin}-gov-gazette`, p.gazette.name ?? `${province.name}人民政府公报`, p.code, 'gazette', p.gazette)] : [];
  return [...gazette, ...placeSources(p, p.city), ...p.counties.flatMap((c) => placeSources(p, c))];
}

const fileSchema = z.array(z.unknown());

/** A column whatever its scheme or trailing slash: http://a/zwgk/ and https://a/zwgk are one column. */
const columnOf = (s: Source): string => (entryUrlOf(s.discovery) ?? s.id).replace(/^https?:\/\//, '').replace(/\/$/, '');

let total = 0;
for (const p of NATIONAL) {
  const file = `${sourcesDir}${p.pinyin}.json`;
  const existing = existsSync(file) ? fileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).map((e) => sourceSchema.parse(e)) : [];
  const generated = provinceSources(p);
  const generatedIds = new Set(generated.map((s) => s.id));
  const kept = existing.filter((s) => !generatedIds.has(s.id));
  const watched = new Set(kept.map((s) => columnOf(s)));
  const added = generated.filter((s) => !watched.has(columnOf(s)));
  const all = [...kept, ...added];
  writeFileSync(file, `${JSON.stringify(all.map(compact), null, 2)}\n`);
  total += all.length;
  console.log(`${p.pinyin.padEnd(13)} ${all.length} sources (${added.length} from the table)`);
}
console.log(`${NATIONAL.length} provinces, ${total} sources`);

/** The definition as a file keeps it: defaults written out, unverified last. */
function compact(s: Source): Record<string, unknown> {
  const { unverified, ...rest } = s;
  return { ...rest, unverified };
}
