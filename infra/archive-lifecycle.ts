/**
 * The archive bucket's lifecycle for raw downloads (originals kept as evidence), in one place for the
 * CDK storage construct and the cost model (bench/cost/model.ts), so the estimate follows the rule deployed.
 */

/**
 * Days before raw downloads move from Standard to Glacier Instant Retrieval, in one transition. In its first
 * month an original is read (extraction, replays, evidence links from fresh alerts); after that only as
 * evidence, rarely, and Glacier IR still answers in milliseconds (an evidence link works as before) at a third
 * of Standard-IA's storage price. A stop in Standard-IA on the way would cost a second transition per object
 * and two months at its higher price (issue 18). Glacier IR bills at least 90 days and 128 KB an object; S3's
 * lifecycle leaves objects under 128 KB in Standard by default.
 */
export const RAW_TO_GLACIER_IR_DAYS = 30;
