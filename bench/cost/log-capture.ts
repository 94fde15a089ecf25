/**
 * What the functions write to stdout while a measured run goes: their JSON log lines and their EMF metrics
 * (Powertools), as CloudWatch would ingest them. The bytes price log ingestion; the EMF directives say which
 * custom metrics (name × dimensions) exist, each billed by the month while it is emitted.
 */

export interface CapturedLogs<T> {
  value: T;
  bytes: number;
  /** Distinct custom metrics emitted: "namespace/name{dimension=value,…}". */
  metrics: Set<string>;
}

const emfSchemaKey = '"_aws"';

/** The metric identities one EMF line declares; none for an ordinary log line. */
export function emfMetrics(line: string): string[] {
  if (!line.includes(emfSchemaKey)) return [];
  let doc: unknown;
  try {
    doc = JSON.parse(line);
  } catch {
    return [];
  }
  if (typeof doc !== 'object' || doc === null) return [];
  const record = doc as Record<string, unknown>;
  const aws = record._aws as { CloudWatchMetrics?: { Namespace?: string; Dimensions?: string[][]; Metrics?: { Name?: string }[] }[] } | undefined;
  const out: string[] = [];
  for (const directive of aws?.CloudWatchMetrics ?? []) {
    const sets = directive.Dimensions && directive.Dimensions.length > 0 ? directive.Dimensions : [[]];
    for (const metric of directive.Metrics ?? []) {
      for (const dims of sets) out.push(`${directive.Namespace ?? ''}/${metric.Name ?? ''}{${dims.map((d) => `${d}=${String(record[d])}`).join(',')}}`);
    }
  }
  return out;
}

/** Runs `fn` with stdout captured (and swallowed): its bytes and the custom metrics in it. */
export async function captureLogs<T>(fn: () => Promise<T>): Promise<CapturedLogs<T>> {
  const write = process.stdout.write.bind(process.stdout);
  let bytes = 0;
  const metrics = new Set<string>();
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    bytes += Buffer.byteLength(text);
    for (const line of text.split('\n')) for (const m of emfMetrics(line)) metrics.add(m);
    const done = rest.find((r): r is () => void => typeof r === 'function');
    done?.();
    return true;
  }) as typeof process.stdout.write;
  try {
    return { value: await fn(), bytes, metrics };
  } finally {
    process.stdout.write = write;
  }
}
