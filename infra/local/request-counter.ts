import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** Counts the DynamoDB requests a runtime's client sends (one per command, before retries). */
export interface RequestCounter {
  readonly count: number;
}

const counters = new WeakMap<DynamoDBDocumentClient, { count: number }>();

/** Installs the counting middleware once per client and returns its counter. */
export function dynamoRequestCounter(db: DynamoDBDocumentClient): RequestCounter {
  const existing = counters.get(db);
  if (existing) return existing;
  const counter = { count: 0 };
  db.middlewareStack.add(
    (next) => async (args) => {
      counter.count++;
      return next(args);
    },
    { step: 'initialize', name: 'gazetteWatchRequestCounter' },
  );
  counters.set(db, counter);
  return counter;
}

/** DynamoDB use as billed on demand: requests, and read/write request units as the emulator reports them. */
export interface DynamoMeter {
  readonly requests: number;
  readonly readRequests: number;
  readonly writeRequests: number;
  /** Read request units (ConsumedCapacity of Get/BatchGet/Query/Scan). */
  readonly readUnits: number;
  /** Write request units (ConsumedCapacity of Put/Update/Delete/BatchWrite). */
  readonly writeUnits: number;
  readonly byCommand: Readonly<Record<string, number>>;
}

const READS = new Set(['GetCommand', 'BatchGetCommand', 'QueryCommand', 'ScanCommand', 'GetItemCommand', 'BatchGetItemCommand']);
const WRITES = new Set(['PutCommand', 'UpdateCommand', 'DeleteCommand', 'BatchWriteCommand', 'PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'BatchWriteItemCommand']);

const meters = new WeakMap<DynamoDBDocumentClient, DynamoMeter>();

interface Capacity {
  CapacityUnits?: number;
}

const unitsOf = (consumed: Capacity | Capacity[] | undefined): number =>
  consumed === undefined ? 0 : (Array.isArray(consumed) ? consumed : [consumed]).reduce((n, c) => n + (c.CapacityUnits ?? 0), 0);

/**
 * Installs (once per client) a middleware that asks every command for its consumed capacity and adds it up,
 * reads and writes apart — what an on-demand table bills. For the cost bench; the product never asks for it.
 */
export function dynamoMeter(db: DynamoDBDocumentClient): DynamoMeter {
  const existing = meters.get(db);
  if (existing) return existing;
  const m = { requests: 0, readRequests: 0, writeRequests: 0, readUnits: 0, writeUnits: 0, byCommand: {} as Record<string, number> };
  db.middlewareStack.add(
    (next, context) => async (args) => {
      const name = context.commandName ?? 'unknown';
      const input = args.input as Record<string, unknown>;
      const read = READS.has(name);
      const write = WRITES.has(name);
      if (read || write) input.ReturnConsumedCapacity = 'TOTAL';
      m.requests++;
      m.byCommand[name] = (m.byCommand[name] ?? 0) + 1;
      const out = await next(args);
      const units = unitsOf((out.output as { ConsumedCapacity?: Capacity | Capacity[] }).ConsumedCapacity);
      if (read) {
        m.readRequests++;
        m.readUnits += units;
      }
      if (write) {
        m.writeRequests++;
        m.writeUnits += units;
      }
      return out;
    },
    { step: 'initialize', name: 'gazetteWatchDynamoMeter' },
  );
  meters.set(db, m);
  return m;
}

/** S3 use as billed: PUT-class and GET-class requests, and the bytes put. */
export interface S3Meter {
  readonly puts: number;
  readonly gets: number;
  readonly bytesPut: number;
}

const s3Meters = new WeakMap<S3Client, S3Meter>();

const sizeOf = (body: unknown): number =>
  typeof body === 'string' ? Buffer.byteLength(body) : body instanceof Uint8Array ? body.byteLength : 0;

/** Installs (once per client) a middleware counting S3 requests by price class and the bytes put. */
export function s3Meter(s3: S3Client): S3Meter {
  const existing = s3Meters.get(s3);
  if (existing) return existing;
  const m = { puts: 0, gets: 0, bytesPut: 0 };
  s3.middlewareStack.add(
    (next, context) => async (args) => {
      const name = context.commandName ?? '';
      if (/^(Put|Copy|List|CreateMultipart|UploadPart|CompleteMultipart)/.test(name)) m.puts++;
      else m.gets++;
      if (name === 'PutObjectCommand') m.bytesPut += sizeOf((args.input as { Body?: unknown }).Body);
      return next(args);
    },
    { step: 'initialize', name: 'gazetteWatchS3Meter' },
  );
  s3Meters.set(s3, m);
  return m;
}
