import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changesInRange, daysBetween, formatChangeRow, latestChanges } from '../../../shared/cli/commands/changes.ts';
import { previewDigest } from '../../../shared/cli/commands/digest.ts';
import { main } from '../../../shared/cli/main.ts';
import { progressReporter } from '../../../shared/cli/progress.ts';
import type { ChangeRecord } from '../../../shared/model/change.ts';
import { loadChange, subscription } from '../notify/helpers.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  return main(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) }).then((code) => ({ code, out, err }));
}

/** A change repository over an in-memory list, keyed by day like the DynamoDB byDay index. */
function repoOf(changes: ChangeRecord[]) {
  const asked: string[] = [];
  return {
    asked,
    listByDay: async (day: string) => {
      asked.push(day);
      return changes.filter((c) => c.day === day);
    },
    get: async (id: string) => changes.find((c) => c.changeId === id) ?? null,
  };
}

const base = loadChange('land-recovery-taiyuan');
const change = (id: string, day: string, extra: Partial<ChangeRecord> = {}): ChangeRecord => ({ ...base, changeId: id, day, createdAt: `${day}T01:00:00.000Z`, ...extra });

describe('gw changes list', () => {
  it('scans the whole range asked for, even over several years (no 366-day cap)', async () => {
    expect(daysBetween('2024-01-01', '2026-12-31')).toHaveLength(366 + 365 + 365);
    const repo = repoOf([change('old', '2024-01-02'), change('new', '2026-12-30')]);
    const found = await changesInRange(repo, '2024-01-01', '2026-12-31');
    expect(found.map((c) => c.changeId)).toEqual(['old', 'new']);
    expect(repo.asked).toHaveLength(1096);
  });

  it('shows the last run by default: exactly its changes, even a week ahead of the real clock', async () => {
    const repo = repoOf([change('first-run', '2026-12-01'), change('second-run', '2026-12-08'), change('other', '2026-12-08')]);
    const sel = await latestChanges(repo, '2026-12-01', { cycle: 2, days: ['2026-12-08'], changeIds: ['second-run'] });
    expect(sel.changes.map((c) => c.changeId)).toEqual(['second-run']);
    expect(sel.scope).toContain('第 2 轮');
  });

  it('without a last run, finds the latest day with changes, and says what it looked at when there are none', async () => {
    const sel = await latestChanges(repoOf([change('a', '2026-11-20'), change('b', '2026-11-28')]), '2026-12-01', null);
    expect(sel.changes.map((c) => c.changeId)).toEqual(['b']);
    expect(sel.scope).toContain('2026-11-28');
    const none = await latestChanges(repoOf([]), '2026-12-01', null);
    expect(none.changes).toEqual([]);
    expect(none.scope).toContain('--since');
  });

  it('prints no "— ?" for a document without an issuer', () => {
    expect(formatChangeRow(change('x', '2026-12-01', { issuer: null }))).not.toContain('?');
    expect(formatChangeRow(change('y', '2026-12-01', { issuer: '吕梁市离石区人民政府' }))).toContain('— 吕梁市离石区人民政府');
  });

  it('refuses bad dates before connecting', async () => {
    const r = await run(['changes', 'list', '--since', '2026-13-01']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--since');
  });
});

describe('gw digest preview', () => {
  const settings = { publicBaseUrl: 'https://watch.example.com', tokenSecret: 'test-secret-at-least-16', archiveBaseUrl: 'https://watch.example.com/archive', now: () => new Date('2026-12-01T02:00:00Z') };

  it('says so when nothing is queued (no fallback to older matches, no internal error text)', async () => {
    const repo = repoOf([change('matching-but-not-queued', '2026-11-30')]);
    const preview = await previewDigest(subscription({}, { frequency: 'daily' }), { deliveries: { listPending: async () => [] }, changes: repo }, settings);
    expect(preview).toEqual({ kind: 'empty', frequency: 'daily' });
  });

  it('renders exactly the queued changes of this subscriber', async () => {
    const repo = repoOf([change('q1', '2026-11-30'), change('q2', '2026-11-30')]);
    const pending = async () => [
      { subscriberId: 'sub-1', changeId: 'q1' },
      { subscriberId: 'someone-else', changeId: 'q2' },
    ];
    const preview = await previewDigest(subscription({}, { frequency: 'weekly' }), { deliveries: { listPending: pending }, changes: repo }, settings);
    expect(preview.kind).toBe('digest');
    if (preview.kind !== 'digest') return;
    expect(preview.changes.map((c) => c.changeId)).toEqual(['q1']);
    expect(preview.mail.subject).toContain('每周摘要');
  });

  it('an immediate subscriber has no digest', async () => {
    const preview = await previewDigest(subscription({}, { frequency: 'immediate' }), { deliveries: { listPending: async () => [] }, changes: repoOf([]) }, settings);
    expect(preview.kind).toBe('immediate');
  });
});

describe('gw diff', () => {
  it('refuses binary files as gw parse does, with a one-line reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-diff-bin-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'a.txt'), '第一条\n');
    writeFileSync(join(dir, 'b.bin'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00]));
    const r = await run(['diff', join(dir, 'a.txt'), join(dir, 'b.bin'), '--html', join(dir, 'x.html')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('not a text file: binary data');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.out).toBe('');
  });

  it('reads a GB18030 text file as text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-diff-gbk-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'a.txt'), '第一条 征收\n');
    writeFileSync(join(dir, 'b.txt'), Buffer.from([0xb5, 0xda, 0xd2, 0xbb, 0xcc, 0xf5, 0x0a])); // 第一条 in GBK
    const r = await run(['diff', join(dir, 'a.txt'), join(dir, 'b.txt'), '--html', join(dir, 'x.html')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('第一条');
  });
});

describe('progress on a terminal only', () => {
  it('draws in place on a TTY and clears at the end', () => {
    let written = '';
    let t = 0;
    const p = progressReporter('读取', { isTTY: true, write: (s: string) => (written += s) }, { now: () => (t += 200) });
    p.update(1, 4, '2026-12-01');
    p.update(4, 4);
    p.end();
    expect(written).toContain('1/4 2026-12-01');
    expect(written).toContain('4/4');
    expect(written.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('writes nothing when the stream is not a TTY', () => {
    let written = '';
    const p = progressReporter('读取', { isTTY: false, write: (s: string) => (written += s) });
    p.update(1, 2);
    p.end();
    expect(written).toBe('');
  });
});

describe('no AWS SDK Node-version notice', () => {
  const script = (quiet: boolean) =>
    `${quiet ? "import './shared/cli/quiet-sdk.ts';" : ''} import { S3Client } from '@aws-sdk/client-s3'; new S3Client({ region: 'cn-north-1' });`;
  const stderrOf = (quiet: boolean) => {
    const env = { ...process.env };
    delete env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED;
    return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script(quiet)], { cwd: process.cwd(), env, encoding: 'utf8' }).stderr;
  };

  it('is silenced by the CLI entry the way the SDK documents', () => {
    expect(stderrOf(true)).not.toContain('NodeVersionSupportWarning');
  });

  it.runIf(Number(process.versions.node.split('.')[0]) < 22)('would be printed without it on this Node version (the check above can fail)', () => {
    expect(stderrOf(false)).toContain('NodeVersionSupportWarning');
  });
});
