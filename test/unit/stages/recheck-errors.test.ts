/** Error paths of the re-check (fakes stand in for storage and HTTP): nothing is alerted or recorded on a failed check. */
import { describe, expect, it, vi } from 'vitest';
import { permanent, retryable } from '../../../shared/ingest/errors.ts';
import type { ProjectStage } from '../../../shared/projects/project-model.ts';
import type { ProjectRepository } from '../../../shared/projects/ports.ts';
import { recheckNotices, type RecheckDeps } from '../../../shared/stages/recheck-notices.ts';

const stage: ProjectStage = {
  projectId: 'P1',
  documentKey: 'k1',
  changeId: 'c1',
  stage: 'announcement',
  title: '征收土地公告',
  docNumber: null,
  issuer: null,
  date: null,
  sourceId: 's',
  sourceName: 'S',
  url: 'http://example.cn/a.html',
  issueId: 'i',
  rawKey: `raw/s/i/${'a'.repeat(64)}.html`,
  textKey: 'text/k1/x.txt',
  sha256: 'a'.repeat(64),
  deadlines: [],
  facts: [],
  page: null,
  excerpt: '',
  confidence: 1,
  reasons: [],
  evidence: { names: [], batches: [], approvals: [], villages: [], areasSqm: [], county: null },
  linkedAt: '2024-01-01T00:00:00Z',
};

function deps(get: RecheckDeps['get']) {
  const recordCheck = vi.fn(async () => true);
  const put = vi.fn(async () => undefined);
  const sendRaw = vi.fn(async () => 'id');
  const projects = { listAllStages: async () => [stage], recordCheck, get: async () => null } as unknown as ProjectRepository;
  const d = {
    projects,
    changes: { get: async () => null },
    issues: { get: async () => null },
    subscribers: { listActive: async () => [] },
    blobs: { put, get: async () => new Uint8Array(), getText: async () => '旧文本', exists: async () => false },
    get,
    mailer: { sendRaw },
    mailFrom: 'a@b.cn',
    configurationSet: null,
    deliveries: {},
    links: { publicBaseUrl: 'http://gw', tokenSecret: 'x'.repeat(20), archiveBaseUrl: 'http://gw/archive', now: () => new Date() },
    now: () => new Date('2024-02-01T00:00:00Z'),
  } as unknown as RecheckDeps;
  return { d, recordCheck, put, sendRaw };
}

describe('re-check error paths', () => {
  it('leaves a notice unchecked when its site times out or refuses (no alert, nothing recorded)', async () => {
    for (const err of [retryable('超时 timed out', null), permanent('HTTP 403', 403)]) {
      const { d, recordCheck, put } = deps(async () => {
        throw err;
      });
      const outcome = await recheckNotices({}, d);
      expect(outcome).toMatchObject({ checked: 0, removed: 0, edited: 0, alertsSent: 0 });
      expect(outcome.failed).toEqual([{ url: stage.url, reason: err.message }]);
      expect(recordCheck).not.toHaveBeenCalled();
      expect(put).not.toHaveBeenCalled();
    }
  });

  it('lets an unexpected failure through (the scheduler retries the run)', async () => {
    const { d } = deps(async () => {
      throw new TypeError('bug');
    });
    await expect(recheckNotices({}, d)).rejects.toThrow('bug');
  });

  it('counts bytes it cannot read as an edit without a diff, archiving them beside the original', async () => {
    const { d, put, recordCheck } = deps(async () => ({ status: 200, url: stage.url, headers: new Headers(), bytes: new Uint8Array([0, 1, 2]) }));
    const outcome = await recheckNotices({}, d);
    expect(outcome).toMatchObject({ checked: 1, edited: 1 });
    expect(put).toHaveBeenCalledTimes(1);
    expect((put.mock.calls[0] as unknown as [string])[0]).toMatch(/^raw\/s\/i\/[0-9a-f]{64}\.txt$/);
    expect(recordCheck).toHaveBeenCalledWith('P1', 'k1', expect.objectContaining({ status: 'edited', diffKey: null }));
  });

  it('skips notices linked more recently than minAgeDays', async () => {
    const get = vi.fn();
    const { d } = deps(get);
    const outcome = await recheckNotices({ at: '2024-01-03T00:00:00Z', minAgeDays: 7 }, d);
    expect(outcome.checked).toBe(0);
    expect(get).not.toHaveBeenCalled();
  });
});
