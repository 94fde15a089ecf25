/**
 * Per-source fetch counts for the cost model, through the real plan packing and fetch handler on the local
 * backend: an unchanged hour and an hour in which one source per message has a new issue, with the shipped
 * 5 s politeness and a simulated round trip. Import after the log settings are in the environment.
 */
import { createFetchHandler } from '../../functions/fetch.ts';
import { createPlanHandler } from '../../functions/plan.ts';
import { adapters } from '../../functions/runtime/runtime.ts';
import { startLocalBackend } from '../../infra/local/backend.ts';
import { dynamoMeter } from '../../infra/local/request-counter.ts';
import { startSimulatedSources } from '../../infra/local/sample-site/simulated-sources.ts';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { HEALTH_HEARTBEAT_MS } from '../../shared/ingest/health-heartbeat.ts';
import { deliverPlanned } from './deliver-planned.ts';
import { itemBytes } from './dynamo-storage.ts';
import { captureLogs } from './log-capture.ts';
import type { Measured } from './model.ts';

const SOURCES = 100;
/**
 * One invocation at a time: on Lambda every invocation has its own CPU; here concurrent ones would share one
 * event loop with the emulators and bill each other's waiting.
 */
const WORKERS = 1;
const SHIPPED_MIN_INTERVAL_MS = 5000;
export const SIMULATED_RTT_MS = 300;
const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

export async function measureFetch(dir: string, memoryMb: { fetch: number; plan: number }): Promise<{ fetch: Measured['fetch']; plan: Measured['plan']; unchangedRequestsPerSource: number; metrics: Set<string> }> {
  const backend = await startLocalBackend({ dir });
  const site = await startSimulatedSources({ sources: SOURCES, hosts: SOURCES, issuesOf: () => 1, issueBytes: 200 * 1024, minIntervalMs: 50 });
  try {
    const a = adapters(backend.runtime);
    const handler = () => createFetchHandler(() => backend.runtime);
    for (const s of site.sources) await a.sources.put(s);
    const setUpAt = backend.runtime.now();
    const setup = await captureLogs(() => deliverPlanned(backend, site.sources, handler));
    if (setup.value.failed > 0) throw new Error(`cost bench: ${setup.value.failed} fetch messages failed in the first run`);
    const shipped = site.sources.map((s) => ({ ...s, politeness: { ...s.politeness, minIntervalMs: SHIPPED_MIN_INTERVAL_MS } }));
    for (const s of shipped) await a.sources.put(s);
    site.setLatency(SIMULATED_RTT_MS);
    const meter = dynamoMeter(backend.runtime.db);

    backend.setNow(new Date(backend.runtime.now().getTime() + HOUR));
    const before = { ...meter, requests: site.requests };
    const unchanged = await captureLogs(() => deliverPlanned(backend, shipped, handler, WORKERS));
    const after = { ...meter, requests: site.requests };

    // One new issue in the first source of every message: the extra a new issue costs a run.
    const byId = new Map(shipped.map((s, n) => [s.id, n]));
    const changed = unchanged.value.messages.map((m) => byId.get(m.sourceIds[0] ?? '') ?? 0);
    for (const n of changed) site.publish(n);
    backend.setNow(new Date(backend.runtime.now().getTime() + HOUR));
    const withNew = await captureLogs(() => deliverPlanned(backend, shipped, handler, WORKERS));
    if (unchanged.value.failed + withNew.value.failed > 0) throw new Error('cost bench: fetch messages failed');

    // A day after the set-up every source's first issue is due its first daily re-check: the hour's runs hand
    // them to follow-ups (shared/stages/fetch-follow-up.ts), delivered after their delay.
    // (process has finished what fetch handed over by then: a record still 'fetched' is re-sent, not re-checked.)
    for (const record of await a.issues.listByStatus('fetched')) await a.issues.update({ ...record, status: 'processed', processedAt: backend.runtime.now().toISOString(), documentCount: 1 });
    backend.setNow(new Date(setUpAt.getTime() + DAY + HOUR));
    const beforeRecheck = { ...meter };
    const rechecked = await captureLogs(() => deliverPlanned(backend, shipped, handler, WORKERS));
    const recheckUnits = { readUnits: meter.readUnits - beforeRecheck.readUnits, writeUnits: meter.writeUnits - beforeRecheck.writeUnits };
    const unchangedUnits = { readUnits: after.readUnits - before.readUnits, writeUnits: after.writeUnits - before.writeUnits };
    if (rechecked.value.failed > 0) throw new Error('cost bench: re-check messages failed');
    const { followUps } = rechecked.value;
    if (followUps.invocations === 0) throw new Error('cost bench: the due re-checks were not handed to follow-ups');
    // The hourly runs of that hour also read each host's robots.txt again (24 h): a cost of once a day.
    const hourlyRunsMs = rechecked.value.billedMs - followUps.billedMs;

    // An unchanged source writes its health only every HEALTH_HEARTBEAT_MS: a write of its record's size then.
    const healthItems = ((await backend.runtime.db.send(new ScanCommand({ TableName: backend.runtime.config.tables.sources }))).Items ?? []).filter((i) => i.sk === 'HEALTH');
    const healthWriteUnits = healthItems.reduce((n, i) => n + Math.ceil(itemBytes(i) / 1024), 0) / Math.max(1, healthItems.length);

    const planBefore = { ...meter };
    const t0 = performance.now();
    const planned = await captureLogs(() => createPlanHandler(() => backend.runtime)({ all: true }));
    const planMs = performance.now() - t0;

    const runs = unchanged.value.invocations;
    return {
      unchangedRequestsPerSource: (after.requests - before.requests) / SOURCES,
      metrics: new Set([...setup.metrics, ...unchanged.metrics, ...withNew.metrics, ...rechecked.metrics, ...planned.metrics]),
      fetch: {
        invocationsPerSourceRun: runs / SOURCES,
        billedMsPerSourceRun: unchanged.value.billedMs / SOURCES,
        extraBilledMsPerNewIssue: Math.max(0, withNew.value.billedMs - unchanged.value.billedMs) / changed.length,
        readUnitsPerSourceRun: (after.readUnits - before.readUnits) / SOURCES,
        writeUnitsPerSourceRun: (after.writeUnits - before.writeUnits) / SOURCES + (HOUR / HEALTH_HEARTBEAT_MS) * healthWriteUnits,
        // One re-check per source that hour: what a re-check adds, and what one follow-up invocation bills.
        billedMsPerFollowUp: followUps.billedMs / followUps.invocations,
        dailyExtraBilledMsPerSource: Math.max(0, hourlyRunsMs - unchanged.value.billedMs) / SOURCES,
        readUnitsPerRecheck: Math.max(0, recheckUnits.readUnits - unchangedUnits.readUnits) / SOURCES,
        writeUnitsPerRecheck: Math.max(0, recheckUnits.writeUnits - unchangedUnits.writeUnits) / SOURCES,
        logBytesPerInvocation: unchanged.bytes / runs,
        memoryMb: memoryMb.fetch,
      },
      plan: { billedMsPerSource: planMs / SOURCES, readUnitsPerSource: (meter.readUnits - planBefore.readUnits) / SOURCES, memoryMb: memoryMb.plan },
    };
  } finally {
    await site.close();
    await backend.close();
  }
}
