import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentedDocumentSchema } from '../../../shared/model/document.ts';
import { parsePublication } from '../../../shared/parse/publication.ts';

interface Label {
  seed: string;
  kind: string;
  documents: { docNumber?: string | null; issuer: string | null; date: string | null; startLine: number; title: string | null; duplicateOf?: number | null }[];
}

const fixtures = new URL('../../fixtures/', import.meta.url);
const seedText = (name: string): string => readFileSync(new URL(`seeds/${name}`, fixtures), 'utf8');
const label = (seed: string): Label => JSON.parse(readFileSync(new URL(`labels/parse/${seed}.json`, fixtures), 'utf8')) as Label;
const OFFICIAL = ['001_55abe29401c58ba5', '002_f0a4a187131c9a4a', '004_846eea8e32d5f7bb'];
const NEWSPAPER = ['000_9baf46a1570faede', '003_c42a2dc98e3e15dd'];

describe('parsePublication on the labelled seeds', () => {
  const parsed = new Map([...OFFICIAL, ...NEWSPAPER].map((s) => [s, parsePublication(seedText(`${s}.txt`))]));

  it('keeps one normalised line per input line and valid documents', () => {
    for (const [seed, r] of parsed) {
      expect(r.lines.length, seed).toBe(seedText(`${seed}.txt`).split('\n').length);
      for (const d of r.documents) {
        expect(segmentedDocumentSchema.safeParse(d).success, `${seed} ${d.title}`).toBe(true);
        expect(d.startLine).toBeLessThanOrEqual(d.endLine);
        expect(d.endLine).toBeLessThanOrEqual(r.lines.length);
      }
    }
  });

  it('finds every one of the 53 documents with a 文号 and invents none', () => {
    const expected = OFFICIAL.flatMap((s) => label(s).documents.filter((d) => d.docNumber).map((d) => `${s}:${d.docNumber}`));
    const found = OFFICIAL.flatMap((s) => parsed.get(s)!.documents.filter((d) => d.docNumber).map((d) => `${s}:${d.docNumber}`));
    expect(expected).toHaveLength(53);
    expect(found).toEqual(expected);
    for (const s of OFFICIAL) expect(parsed.get(s)!.documents).toHaveLength(label(s).documents.length);
  });

  it('gets 文号, issuer and date right for at least 98% of them', () => {
    let total = 0;
    let right = 0;
    for (const s of OFFICIAL) {
      const got = parsed.get(s)!.documents;
      label(s).documents.forEach((want, i) => {
        if (!want.docNumber) return;
        total++;
        const d = got[i];
        if (d && d.docNumber === want.docNumber && d.issuer === want.issuer && d.date === want.date) right++;
      });
    }
    expect(right / total).toBeGreaterThanOrEqual(0.98);
  });

  it('matches labelled start lines, titles and kinds', () => {
    for (const s of [...OFFICIAL, ...NEWSPAPER]) {
      const r = parsed.get(s)!;
      const l = label(s);
      expect(r.kind, s).toBe(l.kind);
      expect(r.documents.map((d) => d.startLine), s).toEqual(l.documents.map((d) => d.startLine));
      // Articles printed without a headline were labelled with their first sentence cut at 40 characters (…), as
      // the reader once made it up; a missing title is now null, never the first sentence.
      expect(r.documents.map((d) => d.title), s).toEqual(l.documents.map((d) => (d.title === null || d.title.endsWith('…') ? null : d.title)));
    }
  });

  it('aligns every contents entry of the gazette (002) with a body and repairs 岛石区', () => {
    const r = parsed.get('002_f0a4a187131c9a4a')!;
    expect(r.kind).toBe('gazette');
    expect(r.documents).toHaveLength(32);
    expect(r.warnings.some((w) => w.includes('未找到'))).toBe(false);
    expect(r.documents[0]).toMatchObject({ title: '吕梁市离石区人民政府关于贺尔荣同志免职的通知', docNumber: '离政发〔2023〕3号', startLine: 158, endLine: 166, date: '2023-04-06', disclosure: '此件公开发布' });
    expect(r.documents.map((d) => d.docNumber)).toContain('离政办函〔2023〕12号');
    expect(r.documents.some((d) => (d.title ?? '').includes('岛石区') || d.text.includes('岛石区'))).toBe(false);
    expect(r.documents.find((d) => d.docNumber === '离政函〔2023〕29号')?.title).toContain('纳入');
    // Page furniture stays out of the text and out of the range.
    expect(r.documents[0]!.text).not.toMatch(/咨询电话|扫码/);
  });

  it('detects the document printed twice in 004', () => {
    const docs = parsed.get('004_846eea8e32d5f7bb')!.documents;
    const dups = docs.map((d, i) => [i, d.duplicateOf] as const).filter(([, dup]) => dup !== null);
    expect(dups).toEqual([[6, 5]]);
    expect(docs[6]!.docNumber).toBe(docs[5]!.docNumber);
  });

  it('reads the report before the documents (001), disclosure notes and attachments', () => {
    const r = parsed.get('001_55abe29401c58ba5')!;
    expect(r.kind).toBe('report');
    expect(r.documents[0]).toMatchObject({ title: '政府工作报告', docNumber: null, date: '2024-02-20', startLine: 1 });
    expect(r.documents[0]!.text).not.toContain('1/2024');
    const relics = r.documents.find((d) => d.docNumber === '绛政发〔2024〕2号')!;
    expect(relics.disclosure).toBe('此件正文公开，附件不公开');
    expect(relics.attachments).toEqual(['绛县第四次全国文物普查领导小组人员名单']);
    expect(r.documents.at(-1)!.attachments).toEqual(['服务事项清单', '服务点情况及工作任务调度表', '系统用户账号管理办法', '故障排除上下联动工作流程', '服务点建设暨验收标准', '就业社保服务社区村村全覆盖工作领导组']);
  });

  it('separates the articles of the newspaper pages, headlines printed after the body included', () => {
    const p0 = parsed.get('000_9baf46a1570faede')!;
    expect(p0.kind).toBe('newspaper');
    expect(p0.documents).toHaveLength(8);
    const labour = p0.documents[3]!;
    expect(labour.title).toBe('省人社厅等三部门发文要求 进一步规范劳动能力鉴定工作');
    expect(labour.text).not.toContain('未成年人是祖国的未来');
    expect(p0.documents[4]!.text.startsWith('未成年人是祖国的未来，是民')).toBe(true);
    const p3 = parsed.get('003_c42a2dc98e3e15dd')!;
    const recovery = p3.documents.find((d) => (d.title ?? '').includes('收回'))!;
    expect(recovery).toMatchObject({ issuer: '太原市人民政府', date: '2023-09-22', startLine: 97 });
    expect(recovery.text).toContain('15日内');
    expect(recovery.text).not.toContain('反诈');
  });
});

describe('parsePublication on small inputs', () => {
  it('gives a single document for one document page', () => {
    const text = '山阴县人民政府关于赵学树等同志免职的通知\n山政发〔2023〕13 号\n各乡（镇）人民政府：\n经研究，决定免去：\n赵学树同志职务。\n特此通知。\n山阴县人民政府\n2023 年 6 月 29 日\n（此件公开发布）\n';
    const r = parsePublication(text);
    expect(r.kind).toBe('single');
    expect(r.documents).toEqual([
      expect.objectContaining({ title: '山阴县人民政府关于赵学树等同志免职的通知', docNumber: '山政发〔2023〕13号', issuer: '山阴县人民政府', date: '2023-06-29', startLine: 1, endLine: 9, disclosure: '此件公开发布' }),
    ]);
  });
  it('gives no documents for an empty text and one untitled-by-number document for plain prose', () => {
    expect(parsePublication('').documents).toEqual([]);
    const r = parsePublication('关于召开会议的说明\n\n会议定于下周举行。请准时参加。\n');
    expect(r.documents).toHaveLength(1);
    expect(r.documents[0]).toMatchObject({ title: '关于召开会议的说明', docNumber: null });
  });
});
