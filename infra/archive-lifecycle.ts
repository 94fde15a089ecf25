/**
 * The archive bucket's lifecycle for raw downloads (originals kept as evidence), in one place for the
 * CDK storage construct and the cost model (bench/cost/model.ts), so the estimate follows the rule deployed.
 */

/** Days before raw downloads move to Standard-IA: S3 does not allow IA transitions before 30 days. */
export const RAW_TO_IA_DAYS = 30;
/**
 * Days before raw downloads move on to Glacier Instant Retrieval: evidence is kept for years and read rarely,
 * still in milliseconds (an evidence link works as before), at a third of Standard-IA's storage price. S3 needs
 * 30 days in Standard-IA before this transition.
 */
export const RAW_TO_GLACIER_IR_DAYS = 90;
