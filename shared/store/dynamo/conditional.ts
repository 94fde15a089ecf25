/** True when a DynamoDB write failed only because its condition did not hold. */
export function isConditionFailure(err: unknown): boolean {
  return (err as { name?: string } | null)?.name === 'ConditionalCheckFailedException';
}

/** Removes DynamoDB key/index attributes before a stored item is parsed as a record. */
export function stripKeys<T extends Record<string, unknown>>(item: T, extra: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = { ...item };
  for (const k of ['pk', 'sk', ...extra]) delete out[k];
  return out;
}
