/**
 * Ports: what the stages need from storage, queues and mail. Adapters in this folder implement
 * them over the AWS SDK clients they receive; the stages never see an SDK.
 */
import type { DocumentAppearance } from '../model/appearance.ts';
import type { ChangeRecord, changeLinkSchema } from '../model/change.ts';
import type { IssueRecord } from '../model/issue.ts';
import type { QueueName } from '../model/messages.ts';
import type { Source } from '../model/source.ts';
import type { Frequency, Subscription } from '../model/subscription.ts';
import type { z } from 'zod';

export type ChangeLink = z.infer<typeof changeLinkSchema>;

export interface BlobStore {
  put(key: string, body: Uint8Array | string, options: { contentType: string; metadata?: Record<string, string> }): Promise<void>;
  get(key: string): Promise<Uint8Array>;
  getText(key: string): Promise<string>;
  exists(key: string): Promise<boolean>;
}

/** Links to archived files (originals as evidence, texts, diffs) for people reading a mail. */
export interface ArchiveLinks {
  /** A short-lived URL to the stored object, or null when there is no such object. */
  signedUrl(key: string): Promise<string | null>;
}

export interface SendOptions {
  /** Seconds the message stays invisible after it is sent (SQS DelaySeconds, 0–900); the local queue delivers in order. */
  delaySeconds?: number;
}

export interface QueuePort {
  send(queue: QueueName, body: unknown, options?: SendOptions): Promise<void>;
}

export interface Mailer {
  /** Sends one raw MIME message; resolves to the provider's message id. */
  sendRaw(input: { from: string; to: string; raw: string; configurationSet: string | null }): Promise<string>;
}

export interface SourceHealth {
  sourceId: string;
  lastCheckedAt: string | null;
  lastSuccessAt: string | null;
  lastNewIssueAt: string | null;
  consecutiveFailures: number;
  lastError: string | null;
  /** HTTP validators of the index page, for conditional GET. */
  indexEtag: string | null;
  indexLastModified: string | null;
  /** The last `gw sources verify` of the definition: a discovery run and what it found. */
  verification?: SourceVerification;
  /** Links of the last run that used up their time budget (tarpits), so an operator sees what slows the source down. */
  slowLinks?: SlowLink[];
  /**
   * The source's compact index of recent issues (issue 18): what fetch needs to know hourly without reading the
   * issue history — which links are known, which are due for a re-check. Absent on records written before it.
   */
  recentIssues?: RecentIssue[];
}

/** One recent issue in a source's compact index (shared/ingest/recent-issues.ts). */
export interface RecentIssue {
  issueId: string;
  /** When its URL was first seen: the re-check schedule counts from here. */
  firstSeenAt: string;
  /** handed-over: handed to extract, not yet done; awaiting: its link answered 403/404/410; settled: anything else. */
  state: 'handed-over' | 'awaiting' | 'settled';
  /** When the state was set. */
  at: string;
}

export interface SourceVerification {
  at: string;
  ok: boolean;
  /** Issues the discovery found (0 on failure). */
  issues: number;
  /** Why it failed; null when it succeeded. */
  error: string | null;
}

export interface SlowLink {
  url: string;
  reason: string;
  at: string;
}

/** The health of a source never checked yet. */
export const emptyHealth = (sourceId: string): SourceHealth => ({
  sourceId,
  lastCheckedAt: null,
  lastSuccessAt: null,
  lastNewIssueAt: null,
  consecutiveFailures: 0,
  lastError: null,
  indexEtag: null,
  indexLastModified: null,
});

export interface SourceRepository {
  list(): Promise<Source[]>;
  get(sourceId: string): Promise<Source | null>;
  put(source: Source): Promise<void>;
  remove(sourceId: string): Promise<void>;
  getHealth(sourceId: string): Promise<SourceHealth>;
  putHealth(health: SourceHealth): Promise<void>;
}

export interface IssueRepository {
  get(sourceId: string, issueId: string): Promise<IssueRecord | null>;
  /** Creates the record unless it exists; false when it already existed. */
  create(record: IssueRecord): Promise<boolean>;
  update(record: IssueRecord): Promise<void>;
  /** Writes the record if the stored one still has `expectedSha256` (a file replaced in place); false otherwise. */
  replace(record: IssueRecord, expectedSha256: string): Promise<boolean>;
  /** The records of these issues of a source that exist (batched reads; order not kept). */
  getMany(sourceId: string, issueIds: string[]): Promise<IssueRecord[]>;
  listBySource(sourceId: string): Promise<IssueRecord[]>;
  listByStatus(status: IssueRecord['status']): Promise<IssueRecord[]>;
}

export interface DocumentHead {
  documentKey: string;
  label: string;
  version: number;
  hash: string;
  textKey: string;
  changeId: string;
  updatedAt: string;
}

export interface DocumentVersion {
  documentKey: string;
  version: number;
  hash: string;
  textKey: string;
  changeId: string;
  sourceId: string;
  issueId: string;
  createdAt: string;
}

export type { DocumentAppearance } from '../model/appearance.ts';

export interface DocumentRepository {
  getHead(documentKey: string): Promise<DocumentHead | null>;
  /** Writes the head if its stored version is `expectedVersion` (null: no head yet); false otherwise. */
  putHead(head: DocumentHead, expectedVersion: number | null): Promise<boolean>;
  getVersion(documentKey: string, version: number): Promise<DocumentVersion | null>;
  /** Creates a version unless it exists; false when it already existed. */
  createVersion(version: DocumentVersion): Promise<boolean>;
  recordAppearance(appearance: DocumentAppearance): Promise<void>;
  listAppearances(documentKey: string): Promise<DocumentAppearance[]>;
  /** The document an identity key stands for (pk=DOC#{alias}, sk=ALIAS), or null when none was claimed. */
  getAlias(aliasKey: string): Promise<string | null>;
  /** Claims `aliasKey` for `documentKey` unless claimed already; resolves to the document the alias stands for now. */
  claimAlias(aliasKey: string, documentKey: string): Promise<string>;
}

export interface ChangeRepository {
  get(changeId: string): Promise<ChangeRecord | null>;
  /** Creates the change unless it exists; false when it already existed. */
  create(change: ChangeRecord): Promise<boolean>;
  /** Adds a link (another source publishing the same document) unless that source is linked already. */
  addLink(changeId: string, link: ChangeLink): Promise<void>;
  listByDay(day: string): Promise<ChangeRecord[]>;
}

export interface SubscriberRepository {
  get(subscriberId: string): Promise<Subscription | null>;
  findByEmail(email: string): Promise<Subscription | null>;
  put(subscription: Subscription): Promise<void>;
  remove(subscriberId: string): Promise<void>;
  listActive(): Promise<Subscription[]>;
  listAll(): Promise<Subscription[]>;
  /**
   * Records a permanent refusal of the subscriber's address on the profile (one attribute update: nothing
   * else on the profile is overwritten); `suppress` also moves an active subscriber to 'bounced'.
   */
  recordRejection(subscriberId: string, rejection: MailRejection, suppress: boolean): Promise<void>;
}

export interface MailRejection {
  at: string;
  kind: string;
  reason: string;
  deliveryKey: string;
}

export type DeliveryState = 'sending' | 'sent' | 'rejected';

/** A claim request: who asks, until when the lease holds, and what the mail will be (fixed at the first claim). */
export interface ClaimRequest {
  subscriberId: string;
  deliveryKey: string;
  /** A fresh id per worker attempt: only the lease owner sends and marks the result. */
  owner: string;
  at: string;
  /** The lease ends then (ISO); an expired lease may be taken over. */
  leaseUntil: string;
  /** The Message-ID header the mail carries, kept for every later attempt (a takeover sends the same one). */
  messageId: string;
  /** What the mail covers (a digest's change ids), kept so a takeover sends the same content. */
  covers: string[];
}

export type Claim =
  | { kind: 'claimed'; messageId: string; covers: string[]; takeover: boolean }
  | { kind: 'done'; state: 'sent' | 'rejected' }
  | { kind: 'busy'; leaseUntil: string };

/** One claimed, sent or rejected mail as stored. */
export interface DeliveryRecord {
  subscriberId: string;
  deliveryKey: string;
  state: DeliveryState;
  messageId: string;
  covers: string[];
  leaseOwner: string | null;
  leaseUntil: string | null;
  takeovers: number;
  sesMessageId: string | null;
  reason: string | null;
}

export interface DeliveryRepository {
  /** Queues a change for a subscriber's next digest (idempotent). */
  queue(subscriberId: string, changeId: string, frequency: Exclude<Frequency, 'immediate'>, queuedAt: string): Promise<void>;
  listPending(frequency: Exclude<Frequency, 'immediate'>): Promise<{ subscriberId: string; changeId: string }[]>;
  removePending(subscriberId: string, changeId: string): Promise<void>;
  /**
   * Claims a send (a digest period or an immediate alert) with a lease, by conditional writes only:
   * 'claimed' (new, or an expired lease taken over — then with the stored Message-ID and covers),
   * 'done' (sent or rejected already: do nothing), 'busy' (another worker holds a live lease).
   */
  claim(request: ClaimRequest): Promise<Claim>;
  /** Marks the mail sent, if `owner` still holds the lease; false when it does not. */
  markSent(subscriberId: string, deliveryKey: string, owner: string, sesMessageId: string, at: string): Promise<boolean>;
  /** Marks a permanent refusal of the recipient, if `owner` still holds the lease. */
  markRejected(subscriberId: string, deliveryKey: string, owner: string, reason: string, at: string): Promise<boolean>;
  /** Ends `owner`'s lease early after a retryable failure, so the retry need not wait for it to expire. */
  release(subscriberId: string, deliveryKey: string, owner: string, at: string): Promise<void>;
  /** A subscriber's deliveries whose key starts with `keyPrefix` (e.g. every daily digest). */
  listDeliveries(subscriberId: string, keyPrefix: string): Promise<DeliveryRecord[]>;
}
