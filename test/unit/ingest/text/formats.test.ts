import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sniffContentType, sniffFormat } from '../../../../shared/ingest/sniff.ts';
import { dataDumpKind } from '../../../../shared/ingest/text/data-dump.ts';
import { ExtractionError, extractText } from '../../../../shared/ingest/text/extract.ts';
import { zipEntryNames } from '../../../../shared/ingest/zip-entries.ts';
import { parsePublication } from '../../../../shared/parse/publication.ts';
import { makeDocx, zipStored } from './make-docx.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const OLE2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);

describe('.docx', () => {
  const docx = makeDocx(['某县人民政府关于某事的通知', '某政发〔2024〕1号', '各乡镇人民政府：', '特此通知。'], [['项目', '面积'], ['甲', '1.2公顷']]);

  it('is sniffed by its ZIP magic and word/document.xml entry', () => {
    expect(zipEntryNames(docx)).toContain('word/document.xml');
    expect(sniffFormat(docx)).toBe('docx');
    expect(sniffContentType(docx)).toBe('text');
    expect(sniffFormat(zipStored({ 'xl/workbook.xml': '<x/>' }))).toBe('zip');
  });

  it('is read with mammoth, one paragraph (or table cell) per line', async () => {
    const r = await extractText(docx, { fileName: 'a.docx' });
    expect(r.format).toBe('docx');
    expect(r.text.split('\n')).toEqual(['某县人民政府关于某事的通知', '某政发〔2024〕1号', '各乡镇人民政府：', '特此通知。', '项目', '面积', '甲', '1.2公顷']);
  });

  it('a broken archive is refused with a reason', async () => {
    const broken = docx.slice(0, 200);
    await expect(extractText(broken)).rejects.toBeInstanceOf(ExtractionError);
  });
});

describe('legacy Word .doc and WPS .wps (OLE2 compound files)', () => {
  const doc = new Uint8Array(readFileSync(new URL('../../../fixtures/doc/notice.doc', import.meta.url)));
  const printed = readFileSync(new URL('../../../fixtures/doc/notice.txt', import.meta.url), 'utf8').trim().split('\n');

  it('is sniffed by the compound-file magic D0 CF 11 E0', () => {
    expect(sniffFormat(doc)).toBe('doc');
    expect(sniffFormat(OLE2)).toBe('doc');
    expect(sniffContentType(doc)).toBe('text');
  });

  it('is read with word-extractor, one paragraph per line, exactly as written', async () => {
    const r = await extractText(doc, { fileName: '通知.doc' });
    expect(r.format).toBe('doc');
    expect(r.text.split('\n')).toEqual(printed);
  });

  it('parses into the document it holds', async () => {
    const r = await extractText(doc);
    expect(parsePublication(r.text).documents).toMatchObject([
      { title: '某某县人民政府办公室关于做好秋冬季森林防火工作的通知', docNumber: '某政办发〔2024〕9号', issuer: '某某县人民政府办公室', date: '2024-10-08' },
    ]);
  });

  it('reads a .wps saved in the Word-compatible format the same way', async () => {
    const r = await extractText(doc, { fileName: '通知.wps', contentType: 'application/kswps' });
    expect(r.text.split('\n')).toEqual(printed);
  });

  it('refuses a damaged compound file, or one that holds no Word document, with a reason and no text', async () => {
    await expect(extractText(doc.slice(0, 3000))).rejects.toThrow(/无法读取.*unreadable \.doc\/\.wps/);
    await expect(extractText(OLE2)).rejects.toBeInstanceOf(ExtractionError);
  });

  it('refuses a binary .wps that is not a compound file by naming the format, and reads one that is really text', async () => {
    const works = new Uint8Array([0x00, 0x01, 0x02, 0x05, ...utf8('某县人民政府关于某事的通知'), 0x00, 0x00]);
    await expect(extractText(works, { fileName: 'a.WPS' })).rejects.toThrow(/WPS 文件.*unreadable \.wps/);
    const text = await extractText(utf8('某县人民政府关于某事的通知\n特此通知。'), { fileName: 'a.wps' });
    expect(text.text).toContain('特此通知');
  });
});

describe('refused formats', () => {

  it('a ZIP that is not a Word document is refused', async () => {
    await expect(extractText(zipStored({ 'a.txt': 'x' }))).rejects.toThrow(/ZIP/);
  });

  it.each([
    ['JSON', '{"id": 1, "html": "<div class=\\"wrap\\"><p>关于某事的通知</p></div>", "title": "通知"}'],
    ['JSON', '[{"title": "某通知"}, {"title": "另一通知"}]'],
    ['JSON', '{"a": 1}\n{"a": 2}\n{"a": 3}\n'],
    ['SQL', '-- MySQL dump 10.13\n/*!40101 SET NAMES utf8 */;\nDROP TABLE IF EXISTS `p`;\nCREATE TABLE `p` (`id` int);\nINSERT INTO `p` VALUES (1,\'<html><body>通知</body></html>\');\n'],
    ['CSV', 'id,title,date\n1,某通知,2024-01-01\n2,"另一, 通知",2024-01-02\n3,第三,2024-01-03\n4,第四,2024-01-04\n'],
  ])('a %s data dump is refused, whatever HTML it carries', async (kind, body) => {
    expect(dataDumpKind(body)).toBe(kind);
    expect(sniffFormat(utf8(body))).toBe('text');
    await expect(extractText(utf8(body))).rejects.toThrow(new RegExp(`${kind} 数据文件.*not a document`));
  });

  it('documents are not data: text with commas, brackets and a leading [', () => {
    expect(dataDumpKind('某县人民政府\n关于某事的通知\n各乡镇,各部门:\n现通知如下,请执行.\n一、总则\n二、附则\n')).toBeNull();
    expect(dataDumpKind('[公告] 某县征收土地预公告\n正文')).toBeNull();
    expect(dataDumpKind('INSERT INTO 是一个词\n正文')).toBeNull();
  });

  it('text that is mostly replacement characters (a wrong charset) is refused', async () => {
    await expect(extractText(utf8('\ufffd\ufffd\ufffd通知\ufffd\ufffd\ufffd\ufffd'))).rejects.toThrow(/字符集|charset/);
  });
});

describe('HTML fragments', () => {
  it('a body fragment with no <html> wrapper is HTML', async () => {
    const fragment = utf8('<div class="wrap"><table><tr><td id="UCAP-CONTENT"><p>某部关于某事的通知</p><p>各单位：</p></td></tr></table></div>');
    expect(sniffFormat(fragment)).toBe('html');
    const r = await extractText(fragment);
    expect(r).toMatchObject({ format: 'html', text: '某部关于某事的通知\n各单位：' });
  });

  it('text starting with words but full of tags is HTML; plain text with one tag is text', () => {
    expect(sniffFormat(utf8(`某县公报 ${'<p>第一段</p><br>'.repeat(5)}`))).toBe('html');
    expect(sniffFormat(utf8('第一行\n附件：<见下>\n第三行'))).toBe('text');
  });

  it('a GBK page without a meta tag is read with the charset the hint names', async () => {
    const head = utf8('<div class="TRS_Editor"><p>');
    const gbk = [0xcd, 0xa8, 0xd6, 0xaa, 0xc0, 0xeb, 0xca, 0xaf, 0xc7, 0xf8]; // 通知离石区
    const page = new Uint8Array([...head, ...gbk, ...utf8('</p></div>')]);
    expect((await extractText(page, { contentType: 'text/html; charset=GBK' })).text).toBe('通知离石区');
    // no declaration at all: not valid UTF-8, so gb18030
    expect((await extractText(page)).text).toBe('通知离石区');
  });
});

describe('plain text under a stray tag', () => {
  it('a text file whose first line is a lone tag stays text, its lines kept', () => {
    const text = utf8(['<ul id="x"><legend id="x"></legend></ul>', '当前位置：首页 > 政府公报', '某政办发〔2023〕26号', '某市人民政府办公室', '关于印发某制度的通知', '各县（市、区）人民政府：'].join('\n'));
    expect(sniffFormat(text)).toBe('text');
  });
});
