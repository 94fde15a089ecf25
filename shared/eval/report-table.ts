/** The eval report as a person reads it in a terminal: metrics against goals, the confusion matrix, failures. */
import { categories } from './metrics/categories.ts';
import { meetsGoal, type EvalReport } from './run-eval.ts';

/** Display width of a string in a terminal (CJK and full-width characters take two columns). */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - width(s)));
const num = (v: number, integer: boolean): string => (integer ? String(v) : v.toFixed(3));
const short = (v: unknown): string => {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s === undefined ? '—' : s.length > 90 ? `${s.slice(0, 89)}…` : s;
};

export function renderReport(report: EvalReport, failuresPerMetric = 3): string {
  const out: string[] = [];
  const c = report.corpus;
  out.push(`评测 eval: ${c.documents} 篇文本 texts + ${c.htmlPages} 个网页 HTML pages + ${c.siteFiles} 个样例站文件 sample-site files, ${c.seconds} s`);
  out.push(`语料 corpus: ${c.dir}  (${Object.entries(c.byCategory).map(([k, v]) => `${k} ${v}`).join(', ')})`);
  out.push('');
  out.push(`${pad('指标 metric', 44)} ${pad('值 value', 9)} ${pad('数量 n', 8)} ${pad('目标 goal', 10)}`);
  for (const m of report.metrics) {
    const integer = m.name === 'crashes';
    out.push(`${pad(m.label, 44)} ${pad(num(m.value, integer), 9)} ${pad(String(m.count), 8)} ${pad((m.higherIsBetter ? '≥ ' : '≤ ') + num(m.goal, integer), 10)} ${meetsGoal(m) ? '✓' : '✗'}`);
  }
  out.push('');
  out.push('类别混淆矩阵 confusion (行 expected → 列 got):');
  out.push(`${pad('', 12)}${[...categories, 'none'].map((k) => pad(k, 12)).join('')}`);
  for (const row of categories) out.push(`${pad(row, 12)}${[...categories, 'none' as const].map((k) => pad(String(report.confusion[row][k]), 12)).join('')}`);
  if (failuresPerMetric > 0) {
    out.push('');
    out.push(`失败示例 failures (每项最多 ${failuresPerMetric} 条 per metric; 全部见 all in bench/eval.json):`);
    const byMetric = new Map<string, typeof report.failures>();
    for (const f of report.failures) byMetric.set(f.metric, [...(byMetric.get(f.metric) ?? []), f]);
    for (const [metric, list] of byMetric) {
      out.push(`  ${metric} (${list.length})`);
      for (const f of list.slice(0, failuresPerMetric)) out.push(`    ${f.id}  期望 expected ${short(f.expected)}  得到 got ${short(f.got)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
