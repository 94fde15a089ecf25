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
