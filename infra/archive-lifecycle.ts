/**
 * The archive bucket's lifecycle for raw downloads (originals kept as evidence), in one place for the
 * CDK storage construct and the cost model (bench/cost/model.ts), so the estimate follows the rule deployed.
 */

/**
 * Days before raw downloads move from Standard to Glacier Instant Retrieval, in one transition. An original is
 * read when it is extracted (minutes after download; replays within hours) and then only as evidence: mostly
 * from the alerts and daily or weekly digests of its first week, rarely after. Glacier IR answers those reads
 * in milliseconds as well (an evidence link works as before) at a sixth of Standard's storage price, with
 * $0.03/GB a read (a 2 MB original: $0.00006). Glacier IR bills at least 90 days and 128 KB an object (the
 * archive keeps originals for years under Object Lock, so the minimum never applies); S3's lifecycle leaves
 * objects under 128 KB in Standard by default. A stop in Standard-IA on the way would cost a second transition
 * per object and months at a higher price (issue 18).
 */
export const RAW_TO_GLACIER_IR_DAYS = 7;
