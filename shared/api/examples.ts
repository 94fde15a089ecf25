/** Example values of the JSON API's answers, shown in the OpenAPI document (and checked against the schemas by the tests). */
const base = 'https://gazette.example.cn';
const key = 'n:0f3c2a9d8e7b6a5f4c3b2a1908d7e6f5';
const changeId = '5b1f0c8e2a7d4c3b9e6f1a2d';

export const exampleChange = {
  changeId,
  kind: 'revised' as const,
  documentKey: key,
  version: 2,
  category: 'appointment' as const,
  tags: [],
  subtype: 'appointment' as const,
  confidence: 0.96,
  evidence: ['标题：职务任免的通知', '正文：任命…为…'],
  jurisdiction: { province: '山西省', city: '某市', divisionCode: '140100' },
  issuer: '某市人民政府',
  title: '某市人民政府关于王某某等同志职务任免的通知',
  docNumber: '某政任〔2026〕3号',
  date: '2026-11-18',
  appointments: [{ person: '王某某', action: 'appoint' as const, position: '市发展和改革委员会主任' }],
  land: null,
  regulation: null,
  excerpt: '各县（市、区）人民政府，市人民政府各委、办、局：经研究，决定：任命王某某为市发展和改革委员会主任……',
  diff: { added: 0, removed: 0, changed: 1, excerpts: [{ before: '任命王某某为市发展和改革委员会副主任', after: '任命王某某为市发展和改革委员会主任' }], truncated: false },
  diffKey: `diffs/${key}/v1-v2.html`,
  links: [
    {
      sourceId: 'city-gazette',
      sourceName: '某市人民政府公报',
      url: 'https://www.example.gov.cn/gb/2026/11/t20261118_1.html',
      rawKey: 'raw/city-gazette/2f6c/3a1b.html',
      textKey: `text/${key}/9c1d.txt`,
    },
  ],
  day: '2026-11-20',
  createdAt: '2026-11-20T03:30:00.000Z',
  pageUrl: `${base}/changes/${changeId}`,
  documentUrl: `${base}/documents/${encodeURIComponent(key)}`,
  documentApiUrl: `${base}/api/documents/${encodeURIComponent(key)}`,
  diffPageUrl: `${base}/documents/${encodeURIComponent(key)}/versions/2/diff`,
};

export const exampleChangesPage = {
  ok: true as const,
  changes: [exampleChange],
  nextCursor: 'eyJ2IjoxLCJkIjoiMjAyNi0xMS0yMSIsImEiOm51bGwsImYiOiIzYjYxYTlmZDJjMGUifQ.Qm9vcHNpZ25hdHVyZTAx',
};

export const exampleVersion = {
  version: 2,
  createdAt: '2026-11-20T03:30:00.000Z',
  changeId,
  kind: 'revised' as const,
  sourceId: 'city-gazette',
  issueId: 'a1b2c3d4e5f6',
  hash: '9c1d4e',
  textUrl: `${base}/archive/text/${encodeURIComponent(key)}/9c1d.txt`,
  changeUrl: `${base}/changes/${changeId}`,
  diff: exampleChange.diff,
  diffPageUrl: `${base}/documents/${encodeURIComponent(key)}/versions/2/diff`,
};

export const exampleVersions = {
  ok: true as const,
  documentKey: key,
  versions: [
    { ...exampleVersion, version: 1, kind: 'new' as const, changeId: '0d9e8f7a6b5c4d3e2f1a0b9c', changeUrl: `${base}/changes/0d9e8f7a6b5c4d3e2f1a0b9c`, diff: null, diffPageUrl: null, createdAt: '2026-11-13T03:30:00.000Z' },
    exampleVersion,
  ],
};

export const exampleDocument = {
  ok: true as const,
  document: {
    documentKey: key,
    label: '某政任〔2026〕3号 某市人民政府',
    title: exampleChange.title,
    docNumber: exampleChange.docNumber,
    issuer: exampleChange.issuer,
    date: exampleChange.date,
    category: exampleChange.category,
    tags: [],
    version: 2,
    updatedAt: '2026-11-20T03:30:00.000Z',
    pageUrl: `${base}/documents/${encodeURIComponent(key)}`,
    versionsUrl: `${base}/api/documents/${encodeURIComponent(key)}/versions`,
    latest: exampleChange,
    appearances: [
      {
        sourceId: 'city-gazette',
        sourceName: '某市人民政府公报',
        issueId: 'a1b2c3d4e5f6',
        issueTitle: '某市人民政府公报 2026年第22期',
        index: 0,
        version: 2,
        url: 'https://www.example.gov.cn/gb/2026/11/t20261118_1.html',
        archiveUrl: `${base}/archive/raw/city-gazette/2f6c/3a1b.html`,
        seenAt: '2026-11-20T03:30:00.000Z',
      },
    ],
  },
};

export const exampleError = {
  ok: false as const,
  error: {
    code: 'bad-request',
    message: '请求参数有误 invalid query parameters',
    issues: [{ field: 'since', message: '需要 YYYY-MM-DD 格式的日期 expected a date YYYY-MM-DD' }],
  },
};
