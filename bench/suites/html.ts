/**
 * HTML extraction: the parser-based reader (shared/ingest/text/html/) against the regular-expression reader
 * it replaced (kept below, verbatim, only for this comparison), same inputs, same run: the real pages of
 * ../shared/corpus/html and the sample site's pages; then hostile input — 1 MB of unclosed tags (the new
 * reader; the old one on 64 and 128 KB, enough to show it growing quadratically: 256 KB took it 119 s) and a 100,000-link index.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { discoverLinks } from '../../shared/ingest/discover-links.ts';
import { readHtml } from '../../shared/ingest/text/html-text.ts';
import { medianMs, STEADY_STATE, type BenchResult, type BenchSuite } from '../result.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function htmlUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlUnder(path) : /\.html?$/i.test(name) ? [path] : [];
  });
}

// ---- the regular-expression reader as it was before the parser (commit 2c7deb4), for the comparison only ----


const METADATA_LABELS = ['索引号', '主题分类', '发文机关', '发文字号', '成文日期', '发布日期', '标题', '有效性', '公文种类', '生效日期', '废止日期', '文号', '发布机构'];
const LABEL_ALIASES: Record<string, string> = { 文号: '发文字号', 发布机构: '发文机关' };
const DROP_ELEMENTS = /<(script|style|noscript|template|iframe|svg|select|button)\b[\s\S]*?<\/\1\s*>/gi;
const COMMENTS = /<!--[\s\S]*?-->/g;
const CONTENT_HINT = /\b(?:id|class)\s*=\s*["'][^"']*\b(zoom|content|article-content|TRS_Editor|zw|wzzw|pages_content|view|main-text|detail)\b[^"']*["']/gi;
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', hellip: '…', middot: '·', emsp: '\u3000', ensp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[code.toLowerCase()] ?? m;
  });
}

/** HTML fragment → lines: block elements break lines, cells are separated by tabs. */
function htmlToLines(html: string): string[] {
  const text = html
    .replace(/<\/(td|th)\s*>/gi, '\t')
    .replace(/<(br|hr)\b[^>]*>/gi, '\n')
    .replace(/<\/?(p|div|tr|li|ul|ol|h[1-6]|table|tbody|thead|section|article|blockquote|pre|dd|dt|dl|center)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(text)
    .split('\n')
    .map((l) => l.replace(/[ \u00a0]+/g, ' ').replace(/\t\s*/g, '\t').replace(/^\s+|[\s\t]+$/g, ''))
    .filter((l) => l !== '');
}

/** The element opened at `openIndex` up to its matching close tag (same tag name, nesting counted). */
function elementAt(html: string, openIndex: number): string {
  const tag = /^<([a-z0-9]+)/i.exec(html.slice(openIndex, openIndex + 20))?.[1]?.toLowerCase();
  if (!tag) return '';
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  re.lastIndex = openIndex;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(openIndex, m.index + m[0].length);
  }
  return html.slice(openIndex);
}

function readMetadata(lines: string[]): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const line of lines) {
    const cells = line.split('\t');
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i] ?? '';
      const compact = cell.replace(/[\s\u3000]+/g, '');
      for (const label of METADATA_LABELS) {
        if (!compact.startsWith(label)) continue;
        const rest = compact.slice(label.length);
        if (!/^[:：]/.test(rest) && rest !== '') continue;
        const inline = rest.replace(/^[:：]/, '').trim();
        const value = inline || (cells[i + 1] ?? '').trim();
        const key = LABEL_ALIASES[label] ?? label;
        if (value && !(key in metadata)) metadata[key] = value;
      }
    }
  }
  return metadata;
}

function legacyReadHtml(decoded: string): { text: string; metadata: Record<string, string> } {
  const html = decoded.replace(COMMENTS, '').replace(DROP_ELEMENTS, '');
  const body = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const metadata = readMetadata(htmlToLines(body));
  const pageTitle = decodeEntities(/<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '').trim();
  const h1 = htmlToLines(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(body)?.[1] ?? '').join('');

  // The content container with the most text; of nested ones holding nearly the same text, the innermost.
  const candidates: { lines: string[]; size: number }[] = [];
  for (const m of body.matchAll(CONTENT_HINT)) {
    if (/xxgk|meta/i.test(m[0])) continue;
    const lines = htmlToLines(elementAt(body, body.lastIndexOf('<', m.index)));
    candidates.push({ lines, size: lines.join('').length });
  }
  const largest = Math.max(0, ...candidates.map((c) => c.size));
  let best: string[] = [];
  let bestSize = Infinity;
  for (const c of candidates) {
    if (c.size >= largest * 0.8 && c.size > 0 && c.size < bestSize) {
      best = c.lines;
      bestSize = c.size;
    }
  }
  if (best.length === 0) {
    const stripped = body.replace(/<(header|footer|nav)\b[\s\S]*?<\/\1\s*>/gi, '');
    best = htmlToLines(stripped);
  }
  const title = h1 || metadata['标题'] || pageTitle.split(/[_|-]/)[0] || '';
  if (title && !best.slice(0, 3).some((l) => l.replace(/\s+/g, '') === title.replace(/\s+/g, ''))) best.unshift(title);
  if (title && !metadata['标题']) metadata['标题'] = title;
  return { text: best.join('\n'), metadata };
}

// ---- end of the old reader ----

const HOSTILE_UNITS = ['<div class="content">正文', '<table><tr><td>正文', '<font>正文</span>', '<a href="/x.html">正文'];
const repeatTo = (unit: string, bytes: number): string => unit.repeat(Math.ceil(bytes / unit.length));

export const suite: BenchSuite = {
  title: 'HTML 读取 html reading',
  async run(): Promise<BenchResult[]> {
    const files = [...htmlUnder(join(root, '..', 'shared', 'corpus', 'html')), ...htmlUnder(join(root, 'test', 'fixtures', 'site'))];
    if (!files.some((f) => f.includes('corpus'))) process.stderr.write('html bench: ../shared/corpus/html 不存在，只用样例站点 corpus absent, sample site only\n');
    const pages = files.map((f) => readFileSync(f, 'utf8'));
    const mb = pages.reduce((n, p) => n + Buffer.byteLength(p), 0) / 1048576;
    const newMs = await medianMs(() => {
      for (const p of pages) readHtml(p);
    }, STEADY_STATE.runs, STEADY_STATE.warmup);
    const oldMs = await medianMs(() => {
      for (const p of pages) legacyReadHtml(p);
    }, STEADY_STATE.runs, STEADY_STATE.warmup);
    const results: BenchResult[] = [
      { name: 'html.throughput', value: mb / (newMs / 1000), unit: 'MB/s', budget: 2, better: 'higher' },
      { name: 'html.throughput_regex_reader', value: mb / (oldMs / 1000), unit: 'MB/s', budget: null, better: 'higher' },
      { name: 'html.parser_vs_regex_time', value: newMs / oldMs, unit: 'x', budget: null, better: 'lower' },
    ];
    let worst = 0;
    for (const unit of HOSTILE_UNITS) {
      const html = repeatTo(unit, 1048576);
      worst = Math.max(worst, await medianMs(() => readHtml(html), 3, 1));
    }
    results.push({ name: 'html.unclosed_tags_1mb_ms', value: worst, unit: 'ms', budget: 5000, better: 'lower' });
    for (const kb of [64, 128]) {
      const html = repeatTo(HOSTILE_UNITS[0] ?? '', kb * 1024);
      results.push({ name: `html.unclosed_tags_${kb}kb_regex_reader_ms`, value: await medianMs(() => legacyReadHtml(html), 1, 0), unit: 'ms', budget: null, better: 'lower' });
      results.push({ name: `html.unclosed_tags_${kb}kb_ms`, value: await medianMs(() => readHtml(html), 3, 1), unit: 'ms', budget: null, better: 'lower' });
    }
    const index = Array.from({ length: 100_000 }, (_, i) => `<li><a href="/zfgb/${i}.html">第${i}期</a></li>`).join('\n');
    const linksMs = await medianMs(() => discoverLinks(index, 'http://gov.example.cn/zfgb/', '/zfgb/\\d+\\.html$'), 3, 1);
    results.push({ name: 'html.index_100k_links_ms', value: linksMs, unit: 'ms', budget: 10000, better: 'lower' });
    return results;
  },
};
