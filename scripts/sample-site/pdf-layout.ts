import PDFDocument from 'pdfkit';

/** The CJK face pdfkit embeds (subsetted). Debian: fonts-noto-cjk. */
export const cjkFont = {
  file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  postscriptName: 'NotoSansCJKsc-Regular',
};

export interface PdfLayout {
  /** Document info title. */
  title: string;
  /** Running header printed at the top of every page (the publication's name and issue). */
  runningHeader: string;
  /** Text lines, kept as given; blank lines become a half-line gap. */
  lines: readonly string[];
  /** Fixed date for the PDF metadata, so regenerating gives the same bytes. */
  created: Date;
  /** Pages are numbered from here (a newspaper page PDF starts at its 版 number). */
  firstPageNumber?: number;
  /** Footer format; defaults to the gazette style "— 12 —". */
  footer?: (pageNumber: number) => string;
}

const A4 = { width: 595.28, height: 841.89 };
const margin = { left: 62, right: 62, top: 78, bottom: 70 };
const fontSize = 11;
const lineHeight = 17;
const headerSize = 9;

/** Splits a line into pieces that fit `width`, breaking between any two characters (as CJK text does). */
function wrap(line: string, width: number, measure: (s: string) => number): string[] {
  if (measure(line) <= width) return [line];
  const pieces: string[] = [];
  let current = '';
  for (const char of line) {
    if (current !== '' && measure(current + char) > width) {
      pieces.push(current);
      current = char;
    } else {
      current += char;
    }
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/**
 * Lays the lines out on A4 pages with a running header and page numbers in the footer, and returns
 * the PDF bytes. Characters the font lacks are replaced by "?" (tabs by two spaces).
 */
export async function renderPdf(layout: PdfLayout): Promise<Buffer> {
  const doc = new PDFDocument({
    size: [A4.width, A4.height],
    margin: 0,
    autoFirstPage: false,
    info: { Title: layout.title, Creator: 'gazette-watch sample site', Producer: 'pdfkit', CreationDate: layout.created, ModDate: layout.created },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.registerFont('cjk', cjkFont.file, cjkFont.postscriptName);
  doc.font('cjk');
  const font = doc as unknown as { _font: { font: { hasGlyphForCodePoint(c: number): boolean } } };
  const clean = (line: string): string =>
    [...line.replace(/\t/g, '  ')].map((c) => (font._font.font.hasGlyphForCodePoint(c.codePointAt(0) ?? 0) ? c : '?')).join('');

  const width = A4.width - margin.left - margin.right;
  const bottom = A4.height - margin.bottom;
  const footer = layout.footer ?? ((n: number) => `— ${n} —`);
  let page = (layout.firstPageNumber ?? 1) - 1;
  let y = Infinity;

  const newPage = (): void => {
    doc.addPage({ size: [A4.width, A4.height], margin: 0 });
    page += 1;
    doc.fontSize(headerSize).fillColor('#444444');
    doc.text(layout.runningHeader, margin.left, 40, { width, align: 'center', lineBreak: false });
    doc.moveTo(margin.left, 56).lineTo(A4.width - margin.right, 56).lineWidth(0.6).strokeColor('#888888').stroke();
    doc.text(footer(page), margin.left, A4.height - 42, { width, align: 'center', lineBreak: false });
    doc.fontSize(fontSize).fillColor('#000000');
    y = margin.top;
  };

  doc.fontSize(fontSize);
  const measure = (s: string): number => doc.widthOfString(s);
  for (const raw of layout.lines) {
    const line = clean(raw).replace(/\s+$/, '');
    if (line.trim() === '') {
      if (y !== Infinity && y !== margin.top) y += lineHeight / 2;
      continue;
    }
    for (const piece of wrap(line, width, measure)) {
      if (y + lineHeight > bottom) newPage();
      doc.text(piece, margin.left, y, { lineBreak: false });
      y += lineHeight;
    }
  }
  if (page === (layout.firstPageNumber ?? 1) - 1) newPage();
  doc.end();
  return done;
}
