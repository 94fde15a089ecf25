import { describe, expect, it } from 'vitest';
import { assertDecoded } from '../../../../../shared/ingest/text/extract-document.ts';
import { assemble, MIN_OCR_DPI, renderDpi } from '../../../../../shared/ingest/text/ocr/pdf-ocr.ts';
import { ocrPageLines, tidyOcrLine } from '../../../../../shared/ingest/text/ocr/ocr-lines.ts';
import { judgeTextLayer } from '../../../../../shared/ingest/text/ocr/text-layer.ts';
import { ocrPagesOf, pageRangesZh } from '../../../../../shared/model/extracted-text.ts';
import { extractLimitsSchema, runtimeConfigFromEnv } from '../../../../../shared/model/runtime-config.ts';

describe('text layer: usable, missing or garbage', () => {
  it('a Chinese page with its text is read from the layer', () => {
    expect(judgeTextLayer(['吕梁市离石区人民政府关于王海军等同志职务任免的通知', '离政发〔2023〕2号'])).toEqual({ usable: true });
  });
  it('no layer, or a stray page number, is not usable', () => {
    expect(judgeTextLayer([])).toMatchObject({ usable: false, reason: expect.stringMatching(/no text layer/) });
    expect(judgeTextLayer(['— 3 —'])).toMatchObject({ usable: false, reason: expect.stringMatching(/almost no text layer/) });
  });
  it('a short page with Chinese on it is text, not a scan (no false OCR note)', () => {
    expect(judgeTextLayer(['（附件详见县政府网站）'])).toEqual({ usable: true });
  });
  it('GBK read as Latin-1, private-use glyph codes and replacement characters are garbage', () => {
    const latin1 = new TextDecoder('latin1').decode(new Uint8Array(Buffer.from('吕梁市离石区人民政府关于职务任免的通知离政发号文件', 'utf8')));
    expect(judgeTextLayer([latin1])).toMatchObject({ usable: false, reason: expect.stringMatching(/garbage/) });
    expect(judgeTextLayer(['\ue001\ue002\ue003\ue004\ue005\ue006\ue007\ue008\ue009\ue00a\ue00b\ue00c\ue00d\ue00e\ue00f\ue010\ue011\ue012\ue013\ue014\ue015'])).toMatchObject({ usable: false });
    expect(judgeTextLayer(['ABCDEFGHIJ KLMNOPQRST UVWXYZ abcdefghij'])).toMatchObject({ usable: false, reason: expect.stringMatching(/without CJK/) });
  });
});

describe('OCR lines', () => {
  it('drops the spaces Tesseract puts between CJK characters, keeps those between Latin words', () => {
    expect(tidyOcrLine('吕 梁 市 离 石 区 2023 年')).toBe('吕梁市离石区2023年');
    expect(tidyOcrLine('LVLIANG SHI  LISHI')).toBe('LVLIANG SHI LISHI');
  });
  it('repairs misread 文号 brackets and 函 read as 图, and drops specks', () => {
    expect(tidyOcrLine('离政发【2023j 2号')).toBe('离政发〔2023〕2号');
    expect(tidyOcrLine('离政图〔2023] 6号')).toBe('离政函〔2023〕6号');
    expect(tidyOcrLine('免去: : .')).toBe('免去:');
    expect(tidyOcrLine(' | . ')).toBe('');
    // Not a 文号: left alone.
    expect(tidyOcrLine('详见图〔2023〕表')).toBe('详见图〔2023〕表');
  });
  it('joins lines that fill the column into paragraphs and drops page numbers', () => {
    const full = '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十';
    const raw = [full, '续写的下一行。', '', '标题', full, full, '完。', '— 2 —'].join('\n');
    expect(ocrPageLines(raw)).toEqual([`${full}续写的下一行。`, '', '标题', '', `${full}${full}完。`]);
  });
  it('drops a page number whose 一字线 was read as 一, and keeps lines that merely start with 一', () => {
    expect(ocrPageLines(['第一段。', '', '12一', '一 3 一', '一、第二段。'].join('\n'))).toEqual(['第一段。', '', '一、第二段。']);
  });
  it('repairs what no printed text holds: 公项 after a number, a speck after a colon; real words stay', () => {
    expect(tidyOcrLine('拟征收面积3.50公项，其中耕地2公项')).toBe('拟征收面积3.50公顷，其中耕地2公顷');
    expect(tidyOcrLine('共3项措施，公项目')).toBe('共3项措施，公项目');
    expect(tidyOcrLine('补偿标准:; 每亩')).toBe('补偿标准: 每亩');
    expect(tidyOcrLine('一是：；二是')).toBe('一是：二是');
    expect(tidyOcrLine('时间：2024年，地点：县城')).toBe('时间：2024年，地点：县城');
  });
});

describe('bounds of a page', () => {
  it('renders A4 at the asked resolution and lowers it for large pages, down to a floor', () => {
    expect(renderDpi({ widthPt: 595, heightPt: 842 }, 300)).toBe(300);
    const a0 = renderDpi({ widthPt: 2384, heightPt: 3370 }, 300);
    expect(a0).toBeLessThan(300);
    expect(a0).toBeGreaterThanOrEqual(MIN_OCR_DPI);
    // 10,000 × 10,000 pt (≈ 139 in square): even 150 dpi would be 434 megapixels.
    expect(renderDpi({ widthPt: 10_000, heightPt: 10_000 }, 300)).toBeNull();
  });
});

describe('page map', () => {
  it('numbers lines as the joined text does, a blank line between pages, unread pages without lines', () => {
    const { text, pages } = assemble([
      { lines: ['甲', '', '乙'], method: 'text', reason: null },
      { lines: [], method: 'none', reason: '无文字层' },
      { lines: ['丙'], method: 'ocr', reason: '无文字层' },
    ]);
    expect(text.split('\n')).toEqual(['甲', '', '乙', '', '丙']);
    expect(pages).toEqual([
      { page: 1, method: 'text', startLine: 1, endLine: 3, reason: null },
      { page: 2, method: 'none', startLine: null, endLine: null, reason: '无文字层' },
      { page: 3, method: 'ocr', startLine: 5, endLine: 5, reason: '无文字层' },
    ]);
    expect(ocrPagesOf(pages, 1, 3)).toEqual([]);
    expect(ocrPagesOf(pages, 2, 5)).toEqual([3]);
  });
  it('says pages the way readers do', () => {
    expect(pageRangesZh([3, 4, 5])).toBe('第3–5页');
    expect(pageRangesZh([2, 4, 5, 9])).toBe('第2、4–5、9页');
    expect(pageRangesZh([7])).toBe('第7页');
  });
});

describe('issue 15.6: mostly replacement characters', () => {
  it('refuses a text that is mostly U+FFFD and accepts one stray', () => {
    expect(() => assertDecoded('\ufffd\ufffd\ufffd山\ufffd\ufffd')).toThrow(/replacement characters/);
    expect(() => assertDecoded('山阴县人民政府关于印发\ufffd某办法的通知')).not.toThrow();
  });
});

describe('extract limits come from the runtime config', () => {
  it('defaults, and overrides from the environment', () => {
    expect(extractLimitsSchema.parse({})).toEqual({ ocrMaxPages: 200, ocrTimeBudgetSeconds: 720, ocrDpi: 300, maxAttempts: 5 });
    const env = {
      BUCKET_NAME: 'b',
      QUEUE_URL_FETCH: 'f',
      QUEUE_URL_EXTRACT: 'e',
      QUEUE_URL_PROCESS: 'p',
      QUEUE_URL_NOTIFY: 'n',
      MAIL_FROM: 'a@b.cn',
      PUBLIC_BASE_URL: 'https://x.cn',
      TOKEN_SECRET: '0123456789abcdef0123',
      GW_OCR_MAX_PAGES: '12',
      GW_MAX_ATTEMPTS: '2',
      ...Object.fromEntries(['SOURCES', 'ISSUES', 'DOCUMENTS', 'CHANGES', 'SUBSCRIBERS', 'DELIVERIES', 'PROJECTS'].map((t) => [`TABLE_${t}`, t])),
    };
    const config = runtimeConfigFromEnv(env);
    expect(config.limits).toMatchObject({ ocrMaxPages: 12, maxAttempts: 2, ocrDpi: 300 });
    expect(() => runtimeConfigFromEnv({ ...env, GW_OCR_DPI: '72' })).toThrow(/limits/);
  });
});
