/**
 * Hostile inputs for the no-catastrophic-backtracking checks: the unit tests assert what the readers make of
 * them (bounded by the test timeout, which backtracking would blow by orders of magnitude), and the bench
 * (bench/suites/classify.ts) measures their throughput against a budget.
 */

/** ~350 KB of text built to tempt backtracking: long runs without punctuation, many triggers. */
export function hostileText(): string {
  const pieces = [
    '任命：',
    '张'.repeat(3000),
    '同志为',
    '局'.repeat(2000),
    '免去：',
    '、'.repeat(500),
    '王五、'.repeat(400),
    '辞去',
    '某'.repeat(4000),
    '自'.repeat(200),
    '起施行',
    '《'.repeat(300),
    '废止',
    '》'.repeat(300),
    '决定由李四代理',
    '县'.repeat(3000),
    '收回',
    '土'.repeat(3000),
  ].join('');
  let text = '';
  while (text.length < 350_000) text += `${pieces}\n`;
  return text;
}

/** ~2 MB of land-notice words built to tempt backtracking in the land readers (long runs, nested brackets). */
export function adversarialLandText(): string {
  const chunks = [
    '自'.repeat(2000) + '之日起',
    '村'.repeat(3000),
    '东至'.repeat(1000),
    '每平方米'.repeat(500) + '元',
    '1'.repeat(5000) + '亩',
    '《'.repeat(1000) + '》'.repeat(1000),
    '以南'.repeat(1000),
    '位于' + '镇'.repeat(2000),
    '签约期限为'.repeat(500),
    '（'.repeat(2000) + '5亩',
  ];
  const body = Array.from({ length: 40 }, (_, i) => chunks[i % chunks.length]).join('。');
  const text = body.repeat(Math.ceil(2_000_000 / body.length)).slice(0, 2_000_000);
  return text;
}
