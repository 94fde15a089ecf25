/** `gw subscribers webhook …` and `feed …` against the local DynamoDB: stored on the record, shown masked, kept by `add`. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapters } from '../../../functions/runtime/runtime.ts';
import { startLocalBackend, type LocalBackend } from '../../../infra/local/backend.ts';
import { runFeedCommand, runWebhookCommand, type WebhookCommandContext } from '../../../shared/cli/commands/subscriber-webhooks.ts';
import { addSubscriber } from '../../../shared/cli/commands/subscribers.ts';
import { checkFeedToken } from '../../../shared/feeds/feed-token.ts';

describe('gw subscribers webhook / feed', () => {
  let backend: LocalBackend;
  let ctx: WebhookCommandContext;
  const out: string[] = [];
  const now = new Date('2026-12-01T01:00:00.000Z');

  beforeAll(async () => {
    backend = await startLocalBackend({ dir: mkdtempSync(join(tmpdir(), 'gw-hook-cli-')), now });
    const repo = adapters(backend.runtime).subscribers;
    ctx = { repo, now, publicBaseUrl: backend.runtime.config.publicBaseUrl, tokenSecret: backend.runtime.config.tokenSecret, out: (t) => void out.push(t) };
    await addSubscriber(repo, 'hook-owner@example.com', { categories: 'land' }, { now, newId: () => 'hook-owner' });
  });
  afterAll(async () => {
    await backend.close();
  });

  it('adds a DingTalk robot, lists it with the token and secret masked, and `add` keeps it', async () => {
    const token = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0';
    const secret = 'SEC9f8e7d6c5b4a39f8e7d6c5b4a39f8e7d6c5b4a39f8e7d6c5b4a3abcd';
    expect(await runWebhookCommand(['add', 'hook-owner@example.com'], { kind: 'dingtalk', url: `https://oapi.dingtalk.com/robot/send?access_token=${token}`, secret }, ctx)).toBe(0);
    out.length = 0;
    await runWebhookCommand(['list', 'hook-owner@example.com'], {}, ctx);
    const listed = out.join('');
    expect(listed).toContain('钉钉群机器人');
    expect(listed).not.toContain(token);
    expect(listed).not.toContain(secret);
    expect(listed).toContain('abcd');
    await addSubscriber(ctx.repo, 'hook-owner@example.com', { categories: 'land,appointment' }, { now, newId: () => 'unused' });
    const stored = await ctx.repo.get('hook-owner');
    expect(stored?.webhooks?.[0]).toMatchObject({ id: 'dingtalk-1', secret });
    expect(stored?.filters.categories).toEqual(['land', 'appointment']);
  });

  it('refuses a URL of the wrong form with a Chinese reason and stores nothing', async () => {
    await expect(runWebhookCommand(['add', 'hook-owner@example.com'], { kind: 'wecom', url: 'https://example.com/hook' }, ctx)).rejects.toThrow(/--url: 地址格式应为/);
    expect((await ctx.repo.get('hook-owner'))?.webhooks).toHaveLength(1);
  });

  it('prints the feed URL and revokes it with --reset', async () => {
    out.length = 0;
    await runFeedCommand('hook-owner@example.com', false, ctx);
    const first = out.join('').trim();
    const tokenOf = (url: string) => /\/feeds\/([^/]+)\.atom$/.exec(url)?.[1] ?? '';
    expect(checkFeedToken(ctx.tokenSecret, tokenOf(first))).toEqual({ subscriberId: 'hook-owner', generation: 0 });
    out.length = 0;
    await runFeedCommand('hook-owner@example.com', true, ctx);
    const second = out.join('').trim().split('\n').pop() ?? '';
    expect(checkFeedToken(ctx.tokenSecret, tokenOf(second))?.generation).toBe(1);
    expect((await ctx.repo.get('hook-owner'))?.feedGeneration).toBe(1);
  });
});
