/**
 * Per-issue, per-document and per-change counts for the cost model: one monitoring cycle on the local cloud
 * (the sample site's seed publications, scanned pages included) with the DynamoDB and S3 meters on, stage by
 * stage. Import after the log settings are in the environment.
 */
import { startLocalCloud } from '../../infra/local/cloud.ts';
import { runCycle } from '../../infra/local/cycle.ts';
import { Progress } from '../../infra/local/progress.ts';
import { dynamoMeter, s3Meter } from '../../infra/local/request-counter.ts';
import { measureStorage } from './dynamo-storage.ts';
import { captureLogs } from './log-capture.ts';
import type { Measured } from './model.ts';

type Snapshot = { rru: number; wru: number; puts: number; gets: number; bytes: number };
const STAGES = ['plan', 'fetch', 'extract', 'process', 'notify', 'digest'] as const;
type Stage = (typeof STAGES)[number];

/** Records the meters' totals between a stage's start and its end (runCycle reports both to its progress). */
class MeteredProgress extends Progress {
  readonly byStage = new Map<Stage, Snapshot>();
  private start: Snapshot | null = null;

  constructor(private readonly read: () => Snapshot) {
    super(true);
  }

  override stage(label: string): void {
    this.start = this.read();
    super.stage(label);
  }

  override done(label: string, detail: string, ms: number): void {
    const stage = STAGES.find((s) => label.includes(s));
    const now = this.read();
    if (stage && this.start) {
      const s = this.start;
      this.byStage.set(stage, { rru: now.rru - s.rru, wru: now.wru - s.wru, puts: now.puts - s.puts, gets: now.gets - s.gets, bytes: now.bytes - s.bytes });
    }
    super.done(label, detail, ms);
  }
}

export interface CycleCounts {
  issue: Measured['issue'];
  document: Measured['document'];
  change: Measured['change'];
  storage: Measured['storage'];
  ocrPages: number;
  extractMs: number;
  /** Custom metrics the stages emitted (./log-capture.ts). */
  metrics: Set<string>;
}

export async function measureCycle(dir: string, memoryMb: { extract: number; process: number; notify: number }, ocrMsPerPage: number): Promise<CycleCounts> {
  const cloud = await startLocalCloud({ dir, now: new Date('2026-11-20T02:00:00Z') });
  try {
    const db = dynamoMeter(cloud.runtime.db);
    const s3 = s3Meter(cloud.runtime.s3);
    const progress = new MeteredProgress(() => ({ rru: db.readUnits, wru: db.writeUnits, puts: s3.puts, gets: s3.gets, bytes: s3.bytesPut }));
    const { value: summary, metrics } = await captureLogs(() => runCycle(cloud, { progress }));
    const st = (s: Stage): Snapshot => progress.byStage.get(s) ?? { rru: 0, wru: 0, puts: 0, gets: 0, bytes: 0 };
    const issues = Math.max(1, summary.issuesFetched);
    const documents = Math.max(1, summary.documentsProcessed);
    const changes = Math.max(1, summary.changes.length);
    const ingest = ['fetch', 'extract', 'process'] as const;
    const sum = (k: keyof Snapshot) => ingest.reduce((n, s) => n + st(s)[k], 0);
    const textLayerMs = Math.max(0, summary.stageMs.extract - summary.ocrPages * ocrMsPerPage);
    // What stays stored: per issue the tables that grow with issues; subscribers and their deliveries (TTL)
    // grow with subscribers, not sources, and are left out (1,000 profiles are about a megabyte).
    const stored = await measureStorage(cloud.runtime.db, cloud.runtime.config.tables);
    const perIssueTables = ['issues', 'documents', 'changes', 'projects'] as const;
    return {
      metrics,
      storage: {
        bytesPerIssue: perIssueTables.reduce((n, t) => n + stored[t].bytes, 0) / issues,
        bytesPerSource: stored.sources.bytes / Math.max(1, summary.sourcesChecked),
      },
      ocrPages: summary.ocrPages,
      extractMs: summary.stageMs.extract,
      issue: {
        extractMs: textLayerMs / issues,
        extractMemoryMb: memoryMb.extract,
        s3Puts: sum('puts') / issues,
        s3Gets: sum('gets') / issues,
        // Texts, page maps and diffs (the raw files are priced from their assumed size).
        s3TextBytes: (st('extract').bytes + st('process').bytes) / issues,
        readUnits: sum('rru') / issues,
        writeUnits: sum('wru') / issues,
        queueMessages: 2 + changes / issues,
        documents: documents / issues,
      },
      document: { processMs: summary.stageMs.process / documents, processMemoryMb: memoryMb.process },
      change: {
        notifyMs: summary.stageMs.notify / changes,
        notifyMemoryMb: memoryMb.notify,
        readUnits: st('notify').rru / changes,
        writeUnits: st('notify').wru / changes,
        changesPerDocument: changes / documents,
      },
    };
  } finally {
    await cloud.close();
  }
}
