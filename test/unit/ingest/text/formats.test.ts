import { describe, expect, it } from 'vitest';
import { sniffContentType, sniffFormat } from '../../../../shared/ingest/sniff.ts';
import { dataDumpKind } from '../../../../shared/ingest/text/data-dump.ts';
import { ExtractionError, extractText } from '../../../../shared/ingest/text/extract.ts';
import { zipEntryNames } from '../../../../shared/ingest/zip-entries.ts';
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

describe('refused formats', () => {
  it('.doc/.wps (OLE2) are refused in Chinese and English, never garbled', async () => {
    expect(sniffFormat(OLE2)).toBe('doc');
    await expect(extractText(OLE2)).rejects.toThrow(/暂不支持 \.doc\/\.wps.*not supported/);
  });

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
