/**
 * Issue 14: a land alert carries its dated deadlines as an .ics attachment. Sent through the real notify stage
 * and SES client to the local SES emulator (aws-ses-v2-local), read back from the emulator's store (which parses
 * the raw MIME the way a mail client does), and the calendar parsed: one all-day event per dated deadline, with a
 * stable UID; an alert without a dated deadline carries none; a replay sends nothing twice.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { mailDeps } from '../../../functions/runtime/mail.ts';
import { adapters } from '../../../functions/runtime/runtime.ts';
import { startLocalBackend, type LocalBackend } from '../../../infra/local/backend.ts';
import { changeRecordSchema, type ChangeRecord } from '../../../shared/model/change.ts';
import { subscriptionSchema } from '../../../shared/model/subscription.ts';
import { notifyChange } from '../../../shared/stages/notify-change.ts';

const fixture = (name: string): ChangeRecord =>
  changeRecordSchema.parse(JSON.parse(readFileSync(new URL(`../../fixtures/changes/${name}.json`, import.meta.url), 'utf8')));

const storedSchema = z.object({
  emails: z.array(
    z.object({
      subject: z.string(),
      destination: z.object({ to: z.array(z.string()) }),
      attachments: z.array(z.object({ filename: z.string().optional(), contentType: z.string(), content: z.string() })).optional(),
    }),
  ),
});

/** RFC 5545: unfold continuation lines, then each VEVENT's properties (name without parameters → value). */
function events(ics: string): Array<Record<string, string>> {
  const lines = ics.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  const out: Array<Record<string, string>> = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      out.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      const [name, ...params] = line.slice(0, colon).split(';');
      current[name!] = line.slice(colon + 1);
      if (params.length > 0) current[`${name}#params`] = params.join(';');
    }
  }
  return out;
}

describe('the .ics of a land alert, read back from the SES emulator', () => {
  let backend: LocalBackend;
  const now = new Date('2026-12-01T01:00:00.000Z');
  const store = async () => storedSchema.parse(await (await fetch(`${backend.emulators.sesEndpoint}/store`)).json()).emails;

  beforeAll(async () => {
    backend = await startLocalBackend({ dir: mkdtempSync(join(tmpdir(), 'gw-ics-')), now });
    const a = adapters(backend.runtime);
    await a.subscribers.put(
      subscriptionSchema.parse({ subscriberId: 'lawyer', email: 'lawyer@example.com', status: 'active', frequency: 'immediate', filters: { categories: ['land', 'appointment'] }, createdAt: now.toISOString(), updatedAt: now.toISOString() }),
    );
    for (const c of [fixture('land-recovery-taiyuan'), fixture('appointment-shanyin')]) await a.changes.create(c);
  });
  afterAll(async () => {
    await backend?.close();
  });

  it('attaches one all-day event per dated deadline, and none to a mail without deadlines', async () => {
    const deps = { ...mailDeps(backend.runtime), changes: adapters(backend.runtime).changes, subscribers: adapters(backend.runtime).subscribers };
    const land = fixture('land-recovery-taiyuan');
    expect((await notifyChange({ changeId: land.changeId }, deps)).alertsSent).toBe(1);
    expect((await notifyChange({ changeId: fixture('appointment-shanyin').changeId }, deps)).alertsSent).toBe(1);

    const emails = await store();
    const landMail = emails.find((e) => e.subject.includes('收回土地使用权'));
    const ics = landMail?.attachments?.filter((x) => x.contentType.startsWith('text/calendar')) ?? [];
    expect(ics).toHaveLength(1);
    expect(ics[0]?.filename).toBe(`deadlines-${land.changeId}.ics`);
    const calendar = Buffer.from(ics[0]!.content, 'base64').toString('utf8');
    const dated = land.land!.deadlines.filter((d) => d.date);
    const found = events(calendar);
    expect(found).toHaveLength(dated.length);
    expect(found.map((e) => e['DTSTART'])).toEqual(dated.map((d) => d.date!.replaceAll('-', '')));
    expect(found.every((e) => e['DTSTART#params'] === 'VALUE=DATE')).toBe(true);
    expect(found[0]?.['UID']).toBe(`${land.changeId}-0@gazette-watch`);
    expect(found[0]?.['SUMMARY']).toContain('截止】');

    const other = emails.find((e) => e.subject.includes('人事任免'));
    expect(other).toBeDefined();
    expect(other?.attachments ?? []).toEqual([]);
  });

  it('sends nothing twice on a replay', async () => {
    const deps = { ...mailDeps(backend.runtime), changes: adapters(backend.runtime).changes, subscribers: adapters(backend.runtime).subscribers };
    const before = (await store()).length;
    expect((await notifyChange({ changeId: fixture('land-recovery-taiyuan').changeId }, deps)).alertsSent).toBe(0);
    expect((await store()).length).toBe(before);
  });
});
