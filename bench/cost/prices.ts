/**
 * The price table the cost bench multiplies its measured counts by (issue 18). On-demand list prices, no free
 * tier, no savings plans. Change a price here (with `checkedAt`), run `npm run bench -- cost`, and the model in
 * bench/results.json and docs/OPERATIONS.md §9 follow.
 */
import * as z from 'zod';

const priceListSchema = z.object({
  region: z.string(),
  currency: z.enum(['USD', 'CNY']),
  /** USD per unit of `currency` (1 for USD), so every total is in USD. */
  usdPerUnit: z.number().positive(),
  /** Where the numbers come from, and whether they were checked against that page on `checkedAt`. */
  source: z.string(),
  checkedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  verified: z.boolean(),
  lambdaArmGbSecond: z.number().nonnegative(),
  lambdaRequestPerMillion: z.number().nonnegative(),
  sqsRequestPerMillion: z.number().nonnegative(),
  dynamoWruPerMillion: z.number().nonnegative(),
  dynamoRruPerMillion: z.number().nonnegative(),
  dynamoStorageGbMonth: z.number().nonnegative(),
  dynamoPitrGbMonth: z.number().nonnegative(),
  s3StandardGbMonth: z.number().nonnegative(),
  /** Glacier Instant Retrieval: originals older than RAW_TO_GLACIER_IR_DAYS (infra/constructs/storage.ts). */
  s3GlacierIrGbMonth: z.number().nonnegative(),
  s3PutPerThousand: z.number().nonnegative(),
  s3GetPerThousand: z.number().nonnegative(),
  s3GlacierIrTransitionPerThousand: z.number().nonnegative(),
  /** null: SES is not offered in the region (mail is sent from another region, priced there). */
  sesPerThousand: z.number().nonnegative().nullable(),
  httpApiPerMillion: z.number().nonnegative(),
  logsIngestGb: z.number().nonnegative(),
  logsStorageGbMonth: z.number().nonnegative(),
  metricMonth: z.number().nonnegative(),
  alarmMonth: z.number().nonnegative(),
  dashboardMonth: z.number().nonnegative(),
  secretMonth: z.number().nonnegative(),
  kmsKeyMonth: z.number().nonnegative(),
  ecrGbMonth: z.number().nonnegative(),
  /** AWS's always-free monthly allowances (not the 12-month trial): shown apart, never in the budgeted total. */
  alwaysFree: z.object({
    lambdaGbSeconds: z.number().nonnegative(),
    lambdaRequests: z.number().nonnegative(),
    sqsRequests: z.number().nonnegative(),
    dynamoStorageGb: z.number().nonnegative(),
    alarms: z.number().nonnegative(),
    metrics: z.number().nonnegative(),
    dashboards: z.number().nonnegative(),
    logsGb: z.number().nonnegative(),
  }),
});
export type PriceList = z.infer<typeof priceListSchema>;

export const priceTable = z.array(priceListSchema).parse([
  {
    region: 'us-east-1',
    currency: 'USD',
    usdPerUnit: 1,
    source:
      'aws.amazon.com/{lambda,sqs,dynamodb,s3,ses,api-gateway,cloudwatch,secrets-manager,kms,ecr}/pricing — on-demand list prices as recorded in docs/OPERATIONS.md §9 (2025 price pages)',
    checkedAt: '2026-12-01',
    verified: true,
    lambdaArmGbSecond: 0.0000133334,
    lambdaRequestPerMillion: 0.2,
    sqsRequestPerMillion: 0.4,
    dynamoWruPerMillion: 0.625,
    dynamoRruPerMillion: 0.125,
    dynamoStorageGbMonth: 0.25,
    dynamoPitrGbMonth: 0.2,
    s3StandardGbMonth: 0.023,
    s3GlacierIrGbMonth: 0.004,
    s3PutPerThousand: 0.005,
    s3GetPerThousand: 0.0004,
    s3GlacierIrTransitionPerThousand: 0.02,
    sesPerThousand: 0.1,
    httpApiPerMillion: 1.0,
    logsIngestGb: 0.5,
    logsStorageGbMonth: 0.03,
    metricMonth: 0.3,
    alarmMonth: 0.1,
    dashboardMonth: 3,
    secretMonth: 0.4,
    kmsKeyMonth: 1,
    ecrGbMonth: 0.1,
    alwaysFree: { lambdaGbSeconds: 400_000, lambdaRequests: 1_000_000, sqsRequests: 1_000_000, dynamoStorageGb: 25, alarms: 10, metrics: 10, dashboards: 3, logsGb: 5 },
  },
  {
    region: 'cn-north-1',
    currency: 'CNY',
    // A rate, not a price: update it with the table.
    usdPerUnit: 0.14,
    source:
      'amazonaws.cn/en/{lambda,sqs,dynamodb,s3,api-gateway,cloudwatch,secrets-manager,kms,ecr}/pricing/ (Beijing, operated by Sinnet) — NOT re-checked on checkedAt: figures as remembered from those pages; verify before quoting. SES is not offered in the China regions.',
    checkedAt: '2026-12-01',
    verified: false,
    lambdaArmGbSecond: 0.000090782,
    lambdaRequestPerMillion: 1.36,
    sqsRequestPerMillion: 3.33,
    dynamoWruPerMillion: 9.65,
    dynamoRruPerMillion: 1.93,
    dynamoStorageGbMonth: 2.06,
    dynamoPitrGbMonth: 1.65,
    s3StandardGbMonth: 0.1755,
    s3GlacierIrGbMonth: 0.033,
    s3PutPerThousand: 0.00405,
    s3GetPerThousand: 0.0135,
    s3GlacierIrTransitionPerThousand: 0.16,
    sesPerThousand: null,
    httpApiPerMillion: 8.26,
    logsIngestGb: 4.06,
    logsStorageGbMonth: 0.25,
    metricMonth: 2.03,
    alarmMonth: 0.68,
    dashboardMonth: 20.3,
    secretMonth: 2.7,
    kmsKeyMonth: 6.75,
    ecrGbMonth: 0.68,
    alwaysFree: { lambdaGbSeconds: 400_000, lambdaRequests: 1_000_000, sqsRequests: 1_000_000, dynamoStorageGb: 25, alarms: 10, metrics: 10, dashboards: 3, logsGb: 5 },
  },
]);

export const pricesFor = (region: string): PriceList => {
  const found = priceTable.find((p) => p.region === region);
  if (!found) throw new Error(`价目表中没有该区域 no prices for region ${region}`);
  return found;
};
