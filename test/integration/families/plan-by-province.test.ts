import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlanHandler } from '../../../functions/plan.ts';
import { adapters } from '../../../functions/runtime/runtime.ts';
import { startLocalBackend, type LocalBackend } from '../../../infra/local/backend.ts';
import { readSourceFiles } from '../../../shared/cli/sources/source-files.ts';
import { emptyHealth } from '../../../shared/store/ports.ts';

/** The national registry loaded into the local cloud: the plan's quiet-source report per province. */
describe('quiet and broken sources per province (plan handler, national registry)', () => {
  let backend: LocalBackend;
  const now = new Date('2024-03-01T02:00:00Z');

  beforeAll(async () => {
    backend = await startLocalBackend({ dir: mkdtempSync(join(tmpdir(), 'gw-plan-province-')), now });
  }, 60_000);
  afterAll(async () => {
    await backend?.close();
  });

  it('every province is reported with its counts; the quiet and the broken are named where they are', async () => {
    const files = ['henan', 'guangdong', 'xizang'].map((p) => join(process.cwd(), 'sources', `${p}.json`));
    const { sources, errors } = readSourceFiles(files);
    expect(errors).toEqual([]);
    const repo = adapters(backend.runtime).sources;
    for (const s of sources) {
      await repo.put(s);
      await repo.putHealth({ ...emptyHealth(s.id), lastSuccessAt: '2024-03-01T01:00:00Z', lastNewIssueAt: '2024-02-28T00:00:00Z' });
    }
    await repo.putHealth({ ...emptyHealth('henan-zhongmu-land'), lastSuccessAt: '2024-03-01T01:00:00Z', lastNewIssueAt: '2024-01-02T00:00:00Z' });
    await repo.putHealth({ ...emptyHealth('xizang-gov-gazette'), lastSuccessAt: '2024-01-01T00:00:00Z', consecutiveFailures: 5, lastError: 'HTTP 503' });

    const result = await createPlanHandler(() => backend.runtime, { quietDays: 14 })({ all: true });
    expect(result.planned).toHaveLength(sources.length);
    expect(result.quiet).toEqual(['henan-zhongmu-land']);
    expect(result.byProvince).toEqual([
      { province: '河南省', total: 9, ok: 8, quiet: ['henan-zhongmu-land'], broken: [] },
      { province: '广东省', total: 9, ok: 9, quiet: [], broken: [] },
      { province: '西藏自治区', total: 9, ok: 8, quiet: [], broken: ['xizang-gov-gazette'] },
    ]);
  });
});
